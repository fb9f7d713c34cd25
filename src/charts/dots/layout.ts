import { placeAnnotation, type AnnotationLayout } from "../annotation";
import { barMetrics, placeLabelAndValue, type TextBox } from "../layout";
import { palette } from "~/core/palette";
import { textWidth, wrapLines } from "~/core/text";
import type { DotPlotData } from "../types";
import type { Dot, Line } from "../timeline/layout";

/** Where everything of a dot plot goes, in pixels. */
export interface DotsLayout {
  width: number;
  height: number;
  texts: TextBox[];
  /** Texts beside the dots (the grades), drawn with a halo over the track. */
  dotTexts: TextBox[];
  dots: Dot[];
  tracks: Line[];
  /** A tick on each track of a measure at the figure the site uses. */
  preferred: Line[];
  annotation: AnnotationLayout | null;
}

/** The radius of a source's dot. */
export const dotRadius = 6;

/**
 * Lays out a dot plot: per measure a heading, then per source a line of text (who says it, and the
 * figure) over a track with the source's dot, all tracks of a measure on one scale, so the dots
 * compare down the rows; a tick on every track marks the figure the site uses. Each scale spans its
 * measure's figures (with a margin), not from zero, and says so under the measure.
 */
export function layoutDots(data: DotPlotData, width: number): DotsLayout {
  const m = barMetrics(width);
  const texts: TextBox[] = [];
  const dotTexts: TextBox[] = [];
  const dots: Dot[] = [];
  const tracks: Line[] = [];
  const preferred: Line[] = [];
  let annotation: AnnotationLayout | null = null;
  const marks = new Set(data.annotation?.marks ?? []);
  const keys = data.groups.flatMap((g) => g.rows.map((r) => r.key));
  const missing = [...marks].filter((key) => !keys.includes(key));
  if (missing.length > 0)
    throw new Error(`the annotation points at dots the chart does not draw: ${missing.join(", ")}`);
  const noteAfter = keys.filter((key) => marks.has(key)).at(-1);
  // Room at the ends of the track for a grade beside a dot.
  const gradeRoom = textWidth("A/B", m.smallSize, true) + dotRadius + 6;
  let y = 0;

  const labelled = (label: string, value: string | null, size: number, bold: boolean) => {
    y = placeLabelAndValue(texts, label, value, { y, width, size, bold, metrics: m });
  };

  data.groups.forEach((group, gi) => {
    if (gi > 0) y += m.groupGap;
    if (group.label !== null) {
      labelled(group.label, null, m.headingSize, true);
      y += m.headingGap;
    }
    const values = group.rows.map((r) => r.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = Math.max((hi - lo) * 0.12, Math.abs(hi) * 1e-4, 1e-9);
    const x0 = gradeRoom;
    const x1 = width - gradeRoom;
    const x = (v: number) => x0 + ((v - (lo - pad)) / (hi - lo + 2 * pad)) * (x1 - x0);
    const preferredX = x(group.rows[0]?.value ?? lo);
    group.rows.forEach((row, i) => {
      labelled(row.flag ? `${row.label} · ${row.flag}` : row.label, row.valueText, m.size, false);
      // Two pixels more than a bar gets, so that the grade beside the dot clears the line of text above.
      y += m.labelGap + 2 + dotRadius;
      const cx = x(row.value);
      tracks.push({ x1: 0, x2: width, y1: y, y2: y });
      const highlight = marks.has(row.key) || i === 0;
      dots.push({ key: row.key, x: cx, y, fill: palette[row.tone], tip: row.tip, highlight: marks.has(row.key) });
      if (i > 0) preferred.push({ x1: preferredX, x2: preferredX, y1: y - dotRadius - 2, y2: y + dotRadius + 2 });
      // The grade beside the dot, on the side with more room.
      const right = cx < width / 2;
      dotTexts.push({
        x: right ? cx + dotRadius + (highlight ? 6 : 4) : cx - dotRadius - (highlight ? 6 : 4),
        y: y - m.smallSize * 0.55,
        lines: [row.dotLabel],
        anchor: right ? "start" : "end",
        bold: true,
        size: m.smallSize,
        muted: false,
      });
      y += dotRadius;
      if (data.annotation && row.key === noteAfter) {
        const placed = placeAnnotation(data.annotation.text, width, m.size, m.lineHeight, { cx, bottom: y + 2 });
        annotation = placed.layout;
        y = placed.bottom;
      }
      y += m.rowGap;
    });
    const first = group.rows.find((r) => r.value === lo);
    const last = group.rows.find((r) => r.value === hi);
    const scale = wrapLines(data.scaleText(first?.valueText ?? "", last?.valueText ?? ""), width, m.smallSize);
    texts.push({
      x: 0,
      y: y - m.rowGap + 4,
      lines: scale,
      anchor: "start",
      bold: false,
      size: m.smallSize,
      muted: true,
    });
    y += scale.length * m.smallSize * m.lineHeight - m.rowGap + 4;
  });
  return { width, height: Math.ceil(y + 2), texts, dotTexts, dots, tracks, preferred, annotation };
}
