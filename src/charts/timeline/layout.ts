import { scaleUtc, utcMonth } from "d3";
import type { Lang } from "~/i18n/locales";
import { placeAnnotation, type AnnotationLayout } from "../annotation";
import { palette } from "~/core/palette";
import { barMetrics, type TextBox } from "../layout";
import { textWidth, wrapLines } from "~/core/text";
import type { TimelineData } from "../types";

/** A dot on the time axis. */
export interface Dot {
  key: string;
  x: number;
  y: number;
  fill: string;
  tip: string;
  /** Drawn with an outline: an event the annotation points at. */
  highlight: boolean;
}

/** A straight line. */
export interface Line {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Where everything of a timeline goes, in pixels. */
export interface TimelineLayout {
  width: number;
  height: number;
  texts: TextBox[];
  dots: Dot[];
  /** One thin line per row, across the whole axis. */
  tracks: Line[];
  /** One vertical line per month start. */
  grid: Line[];
  /** The drawn takeaway, or null for a chart without one. */
  annotation: AnnotationLayout | null;
}

/** The radius of an event's dot. */
export const radius = 6;

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A month's short name in a language: `2月`, `Feb`. */
export function monthLabel(date: Date, lang: Lang): string {
  if (lang === "zh") return `${date.getUTCMonth() + 1}月`;
  return new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(date);
}

/**
 * Lays out a timeline: each event has its label and date on a line of text, and below it a dot
 * on a track spanning the whole axis, so that the dots' positions compare down the rows. Month
 * lines run behind all rows, with the month names underneath.
 */
export function layoutTimeline(data: TimelineData, width: number, lang: Lang): TimelineLayout {
  const m = barMetrics(width);
  const lh = m.size * m.lineHeight;
  const start = utc(data.start);
  const end = utc(data.end);
  const x = scaleUtc([start, end], [radius, width - radius]);
  const texts: TextBox[] = [];
  const dots: Dot[] = [];
  const tracks: Line[] = [];
  let annotation: AnnotationLayout | null = null;
  const marks = new Set(data.annotation?.marks ?? []);
  const missing = [...marks].filter((key) => !data.rows.some((r) => r.key === key));
  if (missing.length > 0)
    throw new Error(`the annotation points at events the chart does not draw: ${missing.join(", ")}`);
  const noteAfter = data.rows.filter((r) => marks.has(r.key)).at(-1)?.key;
  let y = 0;
  for (const row of data.rows) {
    const label = row.flag ? `${row.label} · ${row.flag}` : row.label;
    const valueWidth = textWidth(row.dateText, m.size, true);
    const lines = wrapLines(label, Math.max(width - valueWidth - m.valueGap, width * 0.4), m.size);
    texts.push({ x: 0, y, lines, anchor: "start", bold: false, size: m.size, muted: false });
    texts.push({ x: width, y, lines: [row.dateText], anchor: "end", bold: true, size: m.size, muted: false });
    y += (lines.length - 1) * lh + m.size * 1.05 + m.labelGap + radius;
    tracks.push({ x1: x(start), x2: x(end), y1: y, y2: y });
    const dotX = x(utc(row.date));
    dots.push({ key: row.key, x: dotX, y, fill: palette[row.tone], tip: row.tip, highlight: marks.has(row.key) });
    y += radius;
    if (data.annotation && row.key === noteAfter) {
      const placed = placeAnnotation(data.annotation.text, width, m.size, m.lineHeight, { cx: dotX, bottom: y + 2 });
      annotation = placed.layout;
      y = placed.bottom;
    }
    y += m.rowGap;
  }
  const bottom = y - m.rowGap + 4;
  const months = utcMonth.range(start, end);
  if (months[0]?.getTime() !== start.getTime()) months.unshift(utcMonth.floor(start));
  const grid = months.map((month) => ({ x1: x(month), x2: x(month), y1: 0, y2: bottom }));
  for (const month of months) {
    texts.push({
      x: x(month),
      y: bottom + 4,
      lines: [monthLabel(month, lang)],
      anchor: "start",
      bold: false,
      size: m.size - 1,
      muted: true,
    });
  }
  return {
    width,
    height: Math.ceil(bottom + 4 + (m.size - 1) * m.lineHeight + 2),
    texts,
    dots,
    tracks,
    grid,
    annotation,
  };
}
