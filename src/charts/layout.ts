import { textWidth, wrapLines } from "~/core/text";
import { typeScale } from "~/core/typeScale";

/**
 * The layout primitives every chart renderer shares: text blocks, rectangles and the type sizes
 * and spacing for a layout width.
 */

/** A block of text: one or more lines from a top-left (or top-right) corner. */
export interface TextBox {
  x: number;
  y: number;
  lines: string[];
  anchor: "start" | "end";
  bold: boolean;
  size: number;
  /** Secondary text (drawn a little lighter). */
  muted: boolean;
}

/** A rectangle in pixels. */
export interface Box {
  key: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  fill: string;
  tip: string;
  /** Drawn with an outline: a mark the annotation points at. */
  highlight?: boolean;
}

/**
 * Type sizes and spacing for a layout width. The sizes are steps of the site's type scale (the page's
 * small text for labels, its body size for headings, its extra-small for notes under a chart).
 */
export function barMetrics(width: number) {
  return {
    size: typeScale.sm,
    headingSize: typeScale.base,
    /** Secondary text: a dot's grade, the scale and legend notes under a chart. */
    smallSize: typeScale.xs,
    lineHeight: 1.3,
    barHeight: width < 480 ? 14 : 18,
    labelGap: 4,
    rowGap: 14,
    groupGap: 20,
    headingGap: 10,
    valueGap: 16,
  };
}

/**
 * A label on the left and a value on the right of the same line (bars, dot plots), placed at `y`:
 * the label wraps in the room the value leaves, and when that is less than 45 % of the width, the
 * value moves to a line of its own below the label, so that a wide value never runs into its
 * label. Adds the texts to `texts` and returns the y below them (the last line needs only its own
 * height, not a full line's leading, so the texts sit close to the mark below them).
 */
export function placeLabelAndValue(
  texts: TextBox[],
  label: string,
  value: string | null,
  {
    y,
    width,
    size,
    bold,
    metrics: { lineHeight, valueGap },
  }: { y: number; width: number; size: number; bold: boolean; metrics: ReturnType<typeof barMetrics> },
): number {
  const valueWidth = value ? textWidth(value, size, true) : 0;
  const room = width - valueWidth - valueGap;
  const inline = value === null || room >= width * 0.45;
  const lines = wrapLines(label, inline ? room : width, size, bold);
  texts.push({ x: 0, y, lines, anchor: "start", bold, size, muted: false });
  if (value !== null) {
    const valueY = inline ? y : y + lines.length * size * lineHeight;
    texts.push({ x: width, y: valueY, lines: [value], anchor: "end", bold: true, size, muted: false });
  }
  return y + (lines.length + (inline ? 0 : 1) - 1) * size * lineHeight + size * 1.05;
}
