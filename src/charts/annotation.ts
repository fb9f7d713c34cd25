import type { TextBox } from "./layout";
import { textWidth, wrapLines } from "~/core/text";

/** A rectangle in pixels, for checking that nothing drawn overlaps. */
export interface Rect {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Where a chart's annotation goes: its text, the leader line from the mark to it, and the box it takes. */
export interface AnnotationLayout {
  text: TextBox;
  /** A vertical line from just below the highlighted mark to just above the text. */
  leader: { x: number; y1: number; y2: number };
  box: Rect;
}

/**
 * The note is bold (and italic on the page); measured in Chromium, bold Latin text runs up to about a
 * tenth wider than the shared estimate, so the note is wrapped and placed as if it were this much wider.
 */
const noteWidthMargin = 1.15;

/** Space between the highlighted mark and the top of the note, for the leader line. */
export const leaderLength = 10;

/**
 * Places an annotation in a band of its own just below its mark: the rows after it move down by the
 * band's height, so the note can never cover a value, label or mark. The text starts a little left of
 * the mark's centre (kept inside the chart), so the leader drops into the note's first line.
 */
export function placeAnnotation(
  text: string,
  width: number,
  size: number,
  lineHeight: number,
  mark: { cx: number; bottom: number },
): { layout: AnnotationLayout; bottom: number } {
  const maxWidth = (width < 480 ? width : Math.round(width * 0.62)) / noteWidthMargin;
  const lines = wrapLines(text, maxWidth, size, true);
  const textW = Math.max(...lines.map((l) => textWidth(l, size, true))) * noteWidthMargin;
  const top = mark.bottom + leaderLength;
  const x = Math.max(0, Math.min(mark.cx - 12, width - textW));
  const bottom = top + lines.length * size * lineHeight;
  return {
    layout: {
      text: { x, y: top, lines, anchor: "start", bold: true, size, muted: false },
      leader: { x: mark.cx, y1: mark.bottom + 2, y2: top - 2 },
      box: { x1: x, x2: x + textW, y1: top, y2: bottom },
    },
    bottom,
  };
}

/** The box a text block takes, estimated from its lines (for layout checks). */
export function textRect(box: TextBox, lineHeight: number): Rect {
  const w = Math.max(...box.lines.map((l) => textWidth(l, box.size, box.bold)));
  const x1 = box.anchor === "start" ? box.x : box.x - w;
  return { x1, x2: x1 + w, y1: box.y, y2: box.y + box.lines.length * box.size * lineHeight };
}

/** True when two rectangles overlap (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
