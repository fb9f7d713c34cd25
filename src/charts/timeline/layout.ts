import { utcDay, utcMonday } from "d3";
import type { Lang } from "~/i18n/locales";
import { placeAnnotation, type AnnotationLayout } from "../annotation";
import { palette } from "~/core/palette";
import { barMetrics, type Box, type TextBox } from "../layout";
import { textWidth, wrapLines } from "~/core/text";
import type { TimelineData, TimelineRow } from "../types";

/** A dot on the calendar. */
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

/** Where everything of a week calendar goes, in pixels. */
export interface TimelineLayout {
  width: number;
  height: number;
  texts: TextBox[];
  dots: Dot[];
  /** One band per week, Monday to Sunday, from the first event's week to the last's. */
  weeks: Box[];
  /** Brackets joining the events of a batch: a spine and a tick to each event. */
  brackets: Line[];
  /** The drawn takeaway, or null for a chart without one. */
  annotation: AnnotationLayout | null;
}

/** The radius of an event's dot. */
export const radius = 6;

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A week's Monday, as the calendar labels it: `2月25日`, `25 Feb`. */
export function weekLabel(monday: Date, lang: Lang): string {
  if (lang === "zh") return `${monday.getUTCMonth() + 1}月${monday.getUTCDate()}日`;
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(monday);
}

/** The Mondays from the first event's week to the last event's week. */
export function calendarWeeks(rows: TimelineRow[]): Date[] {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return [];
  return utcMonday.range(utcMonday.floor(utc(first.date)), utcDay.offset(utc(last.date), 1));
}

/**
 * Lays out a calendar strip of weeks down the page: each week is a band labelled with its Monday,
 * thin when nothing happened in it, so gaps show as runs of empty bands. Each event is a dot in its
 * week's band with its label and date on its own line; a bracket left of the bands joins the events
 * one source reports together. The annotation sits under the week of its last mark.
 */
export function layoutTimeline(data: TimelineData, width: number, lang: Lang): TimelineLayout {
  const m = barMetrics(width);
  const small = m.smallSize;
  const lineH = Math.max(m.size * m.lineHeight, radius * 2 + 4) + 4;
  const emptyH = small * m.lineHeight + 3;
  const weeks = calendarWeeks(data.rows);
  const labelW = Math.max(...weeks.map((w) => textWidth(weekLabel(w, lang), small)));
  // CJK dates measure narrower than Chromium draws them, so the bracket keeps a wider gap.
  const bracketX = labelW + (lang === "zh" ? 12 : 8);
  const bandX1 = bracketX + 8;
  const bandX2 = bandX1 + radius * 2 + 8;
  const dotX = (bandX1 + bandX2) / 2;
  const textX = bandX2 + 8;
  const texts: TextBox[] = [];
  const dots: Dot[] = [];
  const bands: Box[] = [];
  let annotation: AnnotationLayout | null = null;
  const marks = new Set(data.annotation?.marks ?? []);
  const missing = [...marks].filter((key) => !data.rows.some((r) => r.key === key));
  if (missing.length > 0)
    throw new Error(`the annotation points at events the chart does not draw: ${missing.join(", ")}`);
  const noteAfter = data.rows.filter((r) => marks.has(r.key)).at(-1)?.key;
  let y = 0;
  for (const monday of weeks) {
    const next = utcDay.offset(monday, 7);
    const inWeek = data.rows.filter((r) => utc(r.date) >= monday && utc(r.date) < next);
    const top = y;
    texts.push({
      x: 0,
      y: top + 2,
      lines: [weekLabel(monday, lang)],
      anchor: "start",
      bold: false,
      size: small,
      muted: true,
    });
    for (const row of inWeek) {
      const valueWidth = textWidth(row.dateText, m.size, true);
      const label = row.flag ? `${row.label} · ${row.flag}` : row.label;
      const lines = wrapLines(label, width - textX - valueWidth - m.valueGap, m.size);
      const h = lineH + (lines.length - 1) * m.size * m.lineHeight;
      texts.push({ x: textX, y: y + 3, lines, anchor: "start", bold: false, size: m.size, muted: false });
      texts.push({ x: width, y: y + 3, lines: [row.dateText], anchor: "end", bold: true, size: m.size, muted: false });
      dots.push({
        key: row.key,
        x: dotX,
        y: y + 3 + (m.size * m.lineHeight) / 2,
        fill: palette[row.tone],
        tip: row.tip,
        highlight: marks.has(row.key),
      });
      y += h;
    }
    if (inWeek.length === 0) y += emptyH;
    bands.push({
      key: monday.toISOString().slice(0, 10),
      x1: bandX1,
      x2: bandX2,
      y1: top,
      y2: y - 1,
      fill: palette.neutral,
      tip: "",
    });
    const noted = inWeek.find((r) => r.key === noteAfter);
    if (data.annotation && noted) {
      const placed = placeAnnotation(data.annotation.text, width, m.size, m.lineHeight, { cx: dotX, bottom: y + 2 });
      annotation = placed.layout;
      y = placed.bottom + 6;
    }
  }

  const brackets: Line[] = [];
  for (const batch of new Set(data.rows.map((r) => r.batch))) {
    const members = dots.filter((d) => data.rows.find((r) => r.key === d.key)?.batch === batch);
    const ys = members.map((d) => d.y);
    if (members.length < 2) continue;
    brackets.push({ x1: bracketX, x2: bracketX, y1: Math.min(...ys), y2: Math.max(...ys) });
    for (const d of members) brackets.push({ x1: bracketX, x2: bandX1 - 2, y1: d.y, y2: d.y });
  }

  y += m.rowGap / 2;
  const legendLines = wrapLines(data.legend, width, small);
  texts.push({ x: 0, y, lines: legendLines, anchor: "start", bold: false, size: small, muted: true });
  y += legendLines.length * small * m.lineHeight;
  return { width, height: Math.ceil(y + 2), texts, dots, weeks: bands, brackets, annotation };
}
