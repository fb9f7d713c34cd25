import * as Plot from "@observablehq/plot";
import { plotLaidOut } from "../svg";
import type { AnnotationLayout } from "../annotation";
import { paper } from "~/core/palette";
import type { BarChartData, RenderOptions } from "../types";
import { barMetrics, type TextBox } from "../layout";
import { layoutBars, type BarsLayout } from "./layout";

/**
 * Text marks for boxes of one anchor and weight (Plot takes those as constants, not channels).
 * With `halo`, each text gets a background-coloured outline so that lines behind it do not cut it
 * (white in files; the page's CSS maps it to the page colour).
 */
export function textMarks(boxes: TextBox[], lineHeight: number, halo = false): Plot.Markish[] {
  const kinds = [
    { anchor: "start", bold: true },
    { anchor: "start", bold: false },
    { anchor: "end", bold: true },
    { anchor: "end", bold: false },
  ] as const;
  return kinds
    .map((kind) => ({ kind, data: boxes.filter((b) => b.anchor === kind.anchor && b.bold === kind.bold) }))
    .filter(({ data }) => data.length > 0)
    .map(({ kind, data }) =>
      Plot.text(data, {
        x: "x",
        y: "y",
        text: (d: TextBox) => d.lines.join("\n"),
        fontSize: "size",
        fill: "currentColor",
        fillOpacity: (d: TextBox) => (d.muted ? 0.78 : 1),
        textAnchor: kind.anchor,
        lineAnchor: "top",
        lineHeight,
        fontWeight: kind.bold ? 700 : 400,
        ...(halo ? { stroke: paper, strokeWidth: 4, strokeOpacity: 1 } : {}),
      }),
    );
}

/**
 * Dots with their tooltips (each dot's `<title>`), and a ring around each highlighted one: the
 * marks of the dot plot and the timeline.
 */
export function dotMarks(
  dots: { x: number; y: number; fill: string; tip: string; highlight: boolean }[],
  radius: number,
): Plot.Markish[] {
  return [
    Plot.dot(dots, { x: "x", y: "y", r: radius, fill: "fill", stroke: "none", title: "tip" }),
    Plot.dot(
      dots.filter((d) => d.highlight),
      {
        x: "x",
        y: "y",
        r: radius + 2.5,
        fill: "none",
        stroke: "currentColor",
        strokeWidth: 2,
        ariaHidden: "true",
        className: "chart-highlight",
      },
    ),
  ];
}

/**
 * The drawn takeaway: an outline around each highlighted mark is drawn by the renderer; this adds the
 * leader line and the note (a class of its own, so that the page's CSS and the tests can find it).
 */
export function annotationMarks(annotation: AnnotationLayout | null, lineHeight: number, halo = false): Plot.Markish[] {
  if (!annotation) return [];
  const { text, leader } = annotation;
  return [
    Plot.ruleX([leader], {
      x: "x",
      y1: "y1",
      y2: "y2",
      stroke: "currentColor",
      strokeWidth: 1.5,
      ariaHidden: "true",
      className: "chart-annotation-leader",
    }),
    Plot.text([text], {
      x: "x",
      y: "y",
      text: (d: typeof text) => d.lines.join("\n"),
      fontSize: text.size,
      fill: "currentColor",
      textAnchor: "start",
      lineAnchor: "top",
      lineHeight,
      fontWeight: 700,
      fontStyle: "italic",
      className: "chart-annotation",
      ...(halo ? { stroke: paper, strokeWidth: 4, strokeOpacity: 1 } : {}),
    }),
  ];
}

/**
 * The marks of laid-out bars: a track for the whole where there is one, a bar per figure with its
 * tooltip (the mark's `<title>`), an outline round each highlighted bar, the labels and values as
 * text, and the annotation.
 */
export function barsMarks(layout: BarsLayout, lineHeight: number): Plot.Markish[] {
  const { width } = layout;
  return [
    Plot.rect(layout.tracks, {
      x1: "x1",
      x2: "x2",
      y1: "y1",
      y2: "y2",
      fill: "fill",
      fillOpacity: 0.25,
      ariaHidden: "true",
    }),
    Plot.rect(layout.bars, {
      x1: "x1",
      x2: "x2",
      y1: "y1",
      y2: "y2",
      fill: "fill",
      title: "tip",
    }),
    Plot.rect(
      layout.bars.filter((b) => b.highlight),
      {
        x1: (b: { x1: number }) => Math.max(b.x1, 1),
        x2: (b: { x2: number }) => Math.min(b.x2, width - 1),
        y1: "y1",
        y2: "y2",
        fill: "none",
        stroke: "currentColor",
        strokeWidth: 2,
        ariaHidden: "true",
        className: "chart-highlight",
      },
    ),
    ...textMarks(layout.texts, lineHeight),
    ...annotationMarks(layout.annotation, lineHeight),
  ];
}

/**
 * Draws labelled bars. Pure: Plot draws into the given document and nothing else is touched.
 */
export function renderBars(data: BarChartData, { width, document }: RenderOptions): SVGSVGElement {
  const layout = layoutBars(data, width);
  return plotLaidOut(document, width, layout.height, barsMarks(layout, barMetrics(width).lineHeight));
}
