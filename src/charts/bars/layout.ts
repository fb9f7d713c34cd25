import { placeAnnotation, type AnnotationLayout } from "../annotation";
import { palette } from "~/core/palette";
import type { BarChartData, BarGroup } from "../types";
import { barMetrics, placeLabelAndValue, type Box, type TextBox } from "../layout";

/** Where everything of a bar chart goes, in pixels. */
export interface BarsLayout {
  width: number;
  height: number;
  texts: TextBox[];
  tracks: Box[];
  bars: Box[];
  /** The drawn takeaway, or null for a chart without one. */
  annotation: AnnotationLayout | null;
}

function groupMax(group: BarGroup): number {
  return Math.max(group.whole ?? 0, ...group.rows.map((r) => r.start + r.value));
}

/**
 * Lays out labelled bars: each bar has its label above it (wrapped to the width) with the value
 * right-aligned on the label's first line, so the chart reads the same at 320 px and at 1200 px
 * and no text ever sits on a coloured bar.
 */
export function layoutBars(data: BarChartData, width: number): BarsLayout {
  const m = barMetrics(width);
  const sharedMax = Math.max(...data.groups.map(groupMax));
  const texts: TextBox[] = [];
  const tracks: Box[] = [];
  const bars: Box[] = [];
  let annotation: AnnotationLayout | null = null;
  const marks = new Set(data.annotation?.marks ?? []);
  const rowKeys = data.groups.flatMap((g) => g.rows.map((r) => r.key));
  const missing = [...marks].filter((key) => !rowKeys.includes(key));
  if (missing.length > 0)
    throw new Error(`the annotation points at marks the chart does not draw: ${missing.join(", ")}`);
  const noteAfter = rowKeys.filter((key) => marks.has(key)).at(-1);
  let y = 0;

  const labelled = (label: string, value: string | null, size: number, bold: boolean) => {
    y = placeLabelAndValue(texts, label, value, { y, width, size, bold, metrics: m });
  };

  data.groups.forEach((group, gi) => {
    if (gi > 0) y += m.groupGap - m.rowGap;
    const max = data.scale === "shared" ? sharedMax : groupMax(group);
    const x = (v: number) => (max > 0 ? (v / max) * width : 0);
    if (group.label !== null) {
      labelled(group.label, group.valueText, m.headingSize, true);
      y += m.headingGap;
    }
    for (const row of group.rows) {
      labelled(row.flag ? `${row.label} · ${row.flag}` : row.label, row.valueText, m.size, false);
      y += m.labelGap;
      if (group.whole !== null) {
        tracks.push({
          key: `${row.key}-track`,
          x1: 0,
          x2: x(group.whole),
          y1: y,
          y2: y + m.barHeight,
          fill: palette.neutral,
          tip: "",
        });
      }
      const x1 = x(row.start);
      // A figure too small to see still gets a sliver, so that it has something to point at.
      const x2 = Math.max(x(row.start + row.value), x1 + (row.value > 0 ? 1.5 : 0));
      const highlight = marks.has(row.key);
      bars.push({ key: row.key, x1, x2, y1: y, y2: y + m.barHeight, fill: palette[row.tone], tip: row.tip, highlight });
      y += m.barHeight;
      if (data.annotation && row.key === noteAfter) {
        const placed = placeAnnotation(data.annotation.text, width, m.size, m.lineHeight, {
          cx: (x1 + x2) / 2,
          bottom: y,
        });
        annotation = placed.layout;
        y = placed.bottom;
      }
      y += m.rowGap;
    }
  });
  return { width, height: Math.ceil(y - m.rowGap + 2), texts, tracks, bars, annotation };
}
