import * as Plot from "@observablehq/plot";
import { annotationMarks, filledRects, plotLaidOut, textMarks } from "../svg";
import { barMetrics } from "../layout";
import type { RenderOptions, WaffleData } from "../types";
import { layoutWaffle } from "./layout";

/**
 * Draws a waffle: the legend (swatches, labels, values), the squares (hidden from assistive
 * technology: each part is one titled, focusable box over its columns), the bracket under the
 * highlighted part and the annotation.
 */
export function renderWaffle(data: WaffleData, { width, document }: RenderOptions): SVGSVGElement {
  const layout = layoutWaffle(data, width);
  const m = barMetrics(width);
  return plotLaidOut(document, width, layout.height, [
    Plot.rect(layout.swatches, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "fill", ariaHidden: "true" }),
    ...filledRects(layout.cells),
    // Transparent boxes carry each part's tooltip and keyboard focus (the enhancement reads their titles).
    Plot.rect(layout.parts, {
      x1: "x1",
      x2: "x2",
      y1: "y1",
      y2: "y2",
      fill: "transparent",
      title: "tip",
    }),
    ...(layout.bracket
      ? [
          Plot.ruleY([layout.bracket], {
            y: "y",
            x1: "x1",
            x2: "x2",
            stroke: "currentColor",
            strokeWidth: 2,
            ariaHidden: "true",
            className: "chart-highlight",
          }),
          Plot.ruleX(
            [
              { x: layout.bracket.x1 + 1, y: layout.bracket.y },
              { x: layout.bracket.x2 - 1, y: layout.bracket.y },
            ],
            {
              x: "x",
              y1: (d: { y: number }) => d.y - 4,
              y2: "y",
              stroke: "currentColor",
              strokeWidth: 2,
              ariaHidden: "true",
            },
          ),
        ]
      : []),
    ...textMarks(layout.texts, m.lineHeight),
    ...annotationMarks(layout.annotation, m.lineHeight),
  ]);
}
