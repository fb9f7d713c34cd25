import { placeAnnotation, type AnnotationLayout } from "../annotation";
import { barMetrics, type Box, type TextBox } from "../layout";
import { flowLegend, flowLine, startFlow } from "../legend";
import { palette } from "~/core/palette";
import { wrapLines } from "~/core/text";
import type { WaffleData } from "../types";

/** A square (or the part of one) of a waffle. */
export interface Cell {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  fill: string;
}

/** Where everything of a waffle goes, in pixels. */
export interface WaffleLayout {
  width: number;
  height: number;
  texts: TextBox[];
  /** Colour swatches beside the legend labels. */
  swatches: Box[];
  cells: Cell[];
  /** One box per part around the columns it fills: the focusable, titled mark of that part. */
  parts: Box[];
  /** A bracket under the highlighted part's columns: the mark the annotation points at. */
  bracket: { x1: number; x2: number; y: number } | null;
  annotation: AnnotationLayout | null;
}

/** Rows of squares at a layout width: taller grids on phones keep the squares big enough to see. */
export function waffleRows(width: number): number {
  return width < 480 ? 15 : 10;
}

/**
 * Lays out a waffle: a legend line per part (swatch, label, value), then the squares, filled
 * column by column so that each part is one block, then the annotation under the highlighted
 * part's bracket, then the legend of the squares. A square that two parts share is split in
 * proportion, and the last one is drawn only as far as the whole goes.
 */
export function layoutWaffle(data: WaffleData, width: number): WaffleLayout {
  const m = barMetrics(width);
  const [group] = data.groups;
  const flow = startFlow(width);
  if (group.label !== null) {
    flowLine(flow, group.label, group.valueText, 0, m.headingSize, true);
    flow.y += m.headingGap;
  }
  flowLegend(flow, group.rows);
  const { texts, swatches } = flow;
  let y = flow.y + m.headingGap;

  const total = group.whole ?? group.rows.reduce((sum, r) => sum + r.value, 0);
  const units = total / data.unit;
  const rows = waffleRows(width);
  const cols = Math.ceil(Math.ceil(units) / rows);
  const gap = 2;
  const size = Math.min(Math.floor((width + gap) / cols) - gap, 18);
  const gridTop = y;
  const cellX = (i: number) => Math.floor(i / rows) * (size + gap);
  const cellY = (i: number) => gridTop + (i % rows) * (size + gap);
  const cells: Cell[] = [];
  const parts: Box[] = [];
  for (const row of group.rows) {
    const from = row.start / data.unit;
    const to = (row.start + row.value) / data.unit;
    for (let i = Math.floor(from); i < Math.ceil(to); i++) {
      // The part of square i this part covers, as a share of the square, filled from the top.
      const a = Math.max(from, i) - i;
      const b = Math.min(to, i + 1) - i;
      cells.push({
        x1: cellX(i),
        x2: cellX(i) + size,
        y1: cellY(i) + a * size,
        y2: cellY(i) + b * size,
        fill: palette[row.tone],
      });
    }
    const first = Math.floor(from);
    const last = Math.ceil(to) - 1;
    parts.push({
      key: row.key,
      x1: cellX(first),
      x2: cellX(last) + size,
      y1: gridTop,
      y2: gridTop + rows * (size + gap) - gap,
      fill: palette[row.tone],
      tip: row.tip,
    });
  }
  y = gridTop + rows * (size + gap) - gap;

  let bracket: WaffleLayout["bracket"] = null;
  let annotation: AnnotationLayout | null = null;
  if (data.annotation) {
    const marks = data.annotation.marks;
    const highlighted = parts.filter((p) => marks.includes(p.key));
    const missing = marks.filter((key) => !parts.some((p) => p.key === key));
    if (missing.length > 0)
      throw new Error(`the annotation points at parts the chart does not draw: ${missing.join(", ")}`);
    const x1 = Math.min(...highlighted.map((p) => p.x1));
    const x2 = Math.max(...highlighted.map((p) => p.x2));
    bracket = { x1, x2, y: y + 5 };
    const placed = placeAnnotation(data.annotation.text, width, m.size, m.lineHeight, {
      cx: (x1 + x2) / 2,
      bottom: y + 6,
    });
    annotation = placed.layout;
    y = placed.bottom;
  }
  y += m.rowGap / 2;
  const unitLines = wrapLines(data.unitText, width, m.smallSize);
  texts.push({ x: 0, y, lines: unitLines, anchor: "start", bold: false, size: m.smallSize, muted: true });
  y += unitLines.length * m.smallSize * m.lineHeight;
  return { width, height: Math.ceil(y + 2), texts, swatches, cells, parts, bracket, annotation };
}
