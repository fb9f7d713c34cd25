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

/** Type sizes and spacing for a layout width: slightly larger type on wide charts. */
export function barMetrics(width: number) {
  const size = width < 480 ? 13 : 14;
  return {
    size,
    headingSize: size + 1,
    lineHeight: 1.3,
    barHeight: width < 480 ? 14 : 18,
    labelGap: 4,
    rowGap: 14,
    groupGap: 20,
    headingGap: 10,
    valueGap: 16,
  };
}
