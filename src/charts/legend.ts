import { barMetrics, type Box, type TextBox } from "./layout";
import { palette } from "~/core/palette";
import { textWidth, wrapLines } from "~/core/text";
import type { BarRow } from "./types";

/** Text and swatches laid out from the top down, and how far down they reach. */
export interface Flow {
  width: number;
  y: number;
  texts: TextBox[];
  swatches: Box[];
}

/** Starts an empty layout at a width. */
export function startFlow(width: number): Flow {
  return { width, y: 0, texts: [], swatches: [] };
}

/**
 * Writes a label from `x` with its value right-aligned on the same line (the label wraps to leave
 * the value room) and moves down past it; returns the top of the line.
 */
export function flowLine(flow: Flow, label: string, value: string | null, x: number, size: number, bold: boolean) {
  const m = barMetrics(flow.width);
  const valueWidth = value ? textWidth(value, size, true) : 0;
  const lines = wrapLines(label, flow.width - x - valueWidth - m.valueGap, size, bold);
  const top = flow.y;
  flow.texts.push({ x, y: top, lines, anchor: "start", bold, size, muted: false });
  if (value !== null)
    flow.texts.push({ x: flow.width, y: top, lines: [value], anchor: "end", bold: true, size, muted: false });
  flow.y += (lines.length - 1) * size * m.lineHeight + size * 1.05;
  return top;
}

/** A legend: one line per part, a swatch of its colour, its label (and flag) and its value. */
export function flowLegend(flow: Flow, rows: BarRow[]): void {
  const m = barMetrics(flow.width);
  const swatch = Math.round(m.size * 0.8);
  for (const row of rows) {
    const label = row.flag ? `${row.label} · ${row.flag}` : row.label;
    const top = flowLine(flow, label, row.valueText, swatch + 6, m.size, false);
    flow.swatches.push({
      key: `${row.key}-swatch`,
      x1: 0,
      x2: swatch,
      y1: top + 2,
      y2: top + 2 + swatch,
      fill: palette[row.tone],
      tip: "",
    });
    flow.y += m.labelGap + 2;
  }
}
