import { placeAnnotation, type AnnotationLayout } from "../annotation";
import { barMetrics, type Box } from "../layout";
import type { BarsLayout } from "../bars/layout";
import { flowLegend, flowLine, startFlow } from "../legend";
import { palette } from "~/core/palette";
import type { StackData } from "../types";

/** Where everything of a stacked-bar chart goes: a bar chart's boxes plus the legend's swatches. */
export interface StackLayout extends BarsLayout {
  swatches: Box[];
}

/**
 * Lays out stacked bars: per group its heading (and stated whole), one bar of its parts end to end
 * over a track of the whole, then a legend line per part. Each bar has its own scale: its whole, or
 * the sum of its parts where they add up to more, so that an overrun shows rather than being cut.
 * The annotation sits in a band of its own under the bar that holds its marks.
 */
export function layoutStack(data: StackData, width: number): StackLayout {
  const m = barMetrics(width);
  const flow = startFlow(width);
  const tracks: Box[] = [];
  const bars: Box[] = [];
  const barHeight = m.barHeight + 8;
  const marks = new Set(data.annotation?.marks ?? []);
  const keys = data.groups.flatMap((g) => g.rows.map((r) => r.key));
  const missing = [...marks].filter((key) => !keys.includes(key));
  if (missing.length > 0)
    throw new Error(`the annotation points at marks the chart does not draw: ${missing.join(", ")}`);
  let annotation: AnnotationLayout | null = null;

  data.groups.forEach((group, gi) => {
    if (gi > 0) flow.y += m.groupGap;
    if (group.label !== null) {
      flowLine(flow, group.label, group.valueText, 0, m.headingSize, true);
      flow.y += m.headingGap;
    }
    const end = Math.max(0, ...group.rows.map((r) => r.start + r.value));
    const max = Math.max(group.whole ?? 0, end);
    const x = (v: number) => (max > 0 ? (v / max) * width : 0);
    const y1 = flow.y;
    const y2 = y1 + barHeight;
    if (group.whole !== null)
      tracks.push({ key: `${group.key}-track`, x1: 0, x2: x(group.whole), y1, y2, fill: palette.neutral, tip: "" });
    const drawn = group.rows.map((row) => {
      // A part too small to see still gets a sliver, so that it has something to point at (kept inside the chart).
      const length = Math.max(x(row.start + row.value) - x(row.start), row.value > 0 ? 1.5 : 0);
      const x1 = Math.min(x(row.start), width - length);
      const x2 = x1 + length;
      const box: Box = {
        key: row.key,
        x1,
        x2,
        y1,
        y2,
        fill: palette[row.tone],
        tip: row.tip,
        highlight: marks.has(row.key),
      };
      bars.push(box);
      return box;
    });
    flow.y = y2;
    const highlighted = drawn.filter((b) => b.highlight);
    if (data.annotation && highlighted.length > 0 && annotation === null) {
      const cx = (Math.min(...highlighted.map((b) => b.x1)) + Math.max(...highlighted.map((b) => b.x2))) / 2;
      const placed = placeAnnotation(data.annotation.text, width, m.size, m.lineHeight, { cx, bottom: y2 });
      annotation = placed.layout;
      flow.y = placed.bottom;
    }
    flow.y += m.headingGap;
    flowLegend(flow, group.rows);
  });
  return {
    width,
    height: Math.ceil(flow.y + 2),
    texts: flow.texts,
    swatches: flow.swatches,
    tracks,
    bars,
    annotation,
  };
}
