import type { Page } from "playwright-core";

/** A box on the page, as getBoundingClientRect gives it. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A text of a chart as the browser drew it: one box per line. */
interface MeasuredText {
  text: string;
  anchor: string;
  lines: Box[];
}

/** One layout of a chart, measured in the browser. */
export interface MeasuredChart {
  variant: string | null;
  frame: Box;
  /** The drawn note's lines. */
  notes: Box[];
  /** Every other text. */
  texts: MeasuredText[];
  /** The coloured marks (bars, dots, squares), without the highlight outlines. */
  marks: Box[];
}

/**
 * Measures every text and mark of each chart SVG on the page (those on display) with
 * getBoundingClientRect: the browser's own layout of the text with the page's fonts, not the
 * estimate the layout code made.
 */
export function measureChartTexts(page: Page): Promise<MeasuredChart[]> {
  return page.$$eval(".chart-variants > svg", (svgs) =>
    svgs
      .filter((svg) => getComputedStyle(svg).display !== "none")
      .map((svg) => {
        const box = (el: Element) => {
          const { left, right, top, bottom } = el.getBoundingClientRect();
          return { left, right, top, bottom };
        };
        const lines = (text: Element) => {
          const spans = [...text.querySelectorAll("tspan")];
          return (spans.length > 0 ? spans : [text]).map(box);
        };
        const texts = [...svg.querySelectorAll("text")];
        return {
          variant: svg.getAttribute("data-variant"),
          frame: box(svg),
          notes: texts.filter((t) => t.closest(".chart-annotation")).flatMap(lines),
          texts: texts
            .filter((t) => !t.closest(".chart-annotation"))
            .map((t) => ({
              text: t.textContent ?? "",
              anchor: t.closest("[text-anchor]")?.getAttribute("text-anchor") ?? "",
              lines: lines(t),
            })),
          // Squares and bands drawn as one path per colour count as one box each (their extent).
          marks: [...svg.querySelectorAll("rect, circle, path")]
            .filter(
              (m) =>
                !m.closest(".chart-highlight") &&
                !["none", "transparent"].includes(m.closest("[fill]")?.getAttribute("fill") ?? ""),
            )
            .map(box),
        };
      }),
  );
}

/** Whether two boxes overlap by more than half a pixel each way. */
function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/**
 * What is wrong with the texts of one measured layout, as readable lines (empty when nothing is):
 * - the note is drawn, clears every other text and mark, and stays inside the chart;
 * - every value at the right edge belongs to a label: one on its line, which it clears, or (when the
 *   value moved below for lack of room) one whose last line is just above it. A value with no label
 *   is a problem too, not skipped. No value overlaps another text.
 */
export function chartTextProblems(chart: MeasuredChart): string[] {
  const where = `layout ${chart.variant}`;
  const problems: string[] = [];
  if (chart.notes.length === 0) problems.push(`${where}: no note drawn`);
  const obstacles = [
    ...chart.texts.flatMap((t) => t.lines.map((line) => ({ box: line, what: `"${t.text}"` }))),
    ...chart.marks.map((box) => ({ box, what: "a mark" })),
  ];
  for (const note of chart.notes) {
    for (const o of obstacles.filter((o) => overlap(note, o.box)))
      problems.push(`${where}: the note overlaps ${o.what}`);
    if (note.left < chart.frame.left - 0.5 || note.right > chart.frame.right + 0.5)
      problems.push(`${where}: the note runs out of the chart`);
  }
  const labels = chart.texts.filter((t) => t.anchor === "start");
  const values = chart.texts.filter(
    (t) => t.anchor === "end" && t.lines.length === 1 && Math.abs((t.lines[0]?.right ?? 0) - chart.frame.right) < 1,
  );
  for (const value of values) {
    const [line] = value.lines;
    if (!line) continue;
    const height = line.bottom - line.top;
    const sameLine = labels
      .flatMap((l) => l.lines.map((box) => ({ label: l, box })))
      .find((l) => Math.abs(l.box.top - line.top) < 1);
    const above = labels.find((l) => {
      const last = l.lines.at(-1);
      return last !== undefined && line.top - last.bottom > -1 && line.top - last.bottom < height;
    });
    for (const other of chart.texts.filter((t) => t !== value && t !== sameLine?.label))
      if (other.lines.some((box) => overlap(box, line)))
        problems.push(`${where}: the value "${value.text}" overlaps "${other.text}"`);
    if (sameLine) {
      if (sameLine.box.right >= line.left)
        problems.push(
          `${where}: "${sameLine.label.text}" ends at ${sameLine.box.right.toFixed(1)} px, into its value "${value.text}" at ${line.left.toFixed(1)} px`,
        );
    } else if (!above) {
      problems.push(`${where}: the value "${value.text}" has no label on its line or above it`);
    }
  }
  return problems;
}
