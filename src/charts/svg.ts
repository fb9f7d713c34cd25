import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { exportInk, exportMuted, paper } from "~/core/palette";
import { escapeXml, wrapLines } from "~/core/text";
import { typeScale } from "~/core/typeScale";
import type { AnnotationLayout } from "./annotation";
import type { Box, TextBox } from "./layout";

const SVG_NS = "http://www.w3.org/2000/svg";

let shared: Document | undefined;

/** A server-side DOM document for Plot to draw into (linkedom: fast, no browser needed). */
export function chartDocument(): Document {
  shared ??= parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
  return shared;
}

/** What an SVG is called and says, for assistive technology. */
export interface SvgLabels {
  /** A prefix for the ids of `<title>` and `<desc>`, unique within the page. */
  id: string;
  title: string;
  desc: string;
}

/**
 * Makes a rendered chart an accessible image: a `<title>` and `<desc>` tied to it with
 * aria-labelledby/aria-describedby, `role="img"`, and `role="group"` on Plot's labelled groups
 * (which axe flags otherwise). The enhancement script may later turn the image into a group of
 * focusable marks; without it the chart reads as one image with its description.
 */
export function labelSvg(svg: SVGSVGElement, { id, title, desc }: SvgLabels): SVGSVGElement {
  const document = svg.ownerDocument;
  const titleElement = document.createElementNS(SVG_NS, "title");
  titleElement.setAttribute("id", `${id}-title`);
  titleElement.textContent = title;
  const descElement = document.createElementNS(SVG_NS, "desc");
  descElement.setAttribute("id", `${id}-desc`);
  descElement.textContent = desc;
  svg.insertBefore(descElement, svg.firstChild);
  svg.insertBefore(titleElement, svg.firstChild);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${id}-title`);
  svg.setAttribute("aria-describedby", `${id}-desc`);
  for (const group of svg.querySelectorAll("g[aria-label]")) group.setAttribute("role", "group");
  return svg;
}

/** The texts drawn around an exported chart. */
export interface FrameText {
  title: string;
  subtitle: string;
  /** The source and licence line. */
  credit: string;
  /** The chart's permalink. */
  url: string;
  /** The alt text, kept in the file's `<desc>`. */
  desc: string;
}

/** The font stack of exported files: the bundled font for PNGs, common CJK fonts for SVG viewers. */
export const exportFontFamily = `'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

/**
 * A stand-alone SVG file: a white background, dark text, the title and subtitle above the chart
 * and the source, licence and link below it, so that the image carries its credit wherever it goes.
 * The chart must have been rendered at `chartWidth`.
 */
export function frameSvg(chart: SVGSVGElement, chartWidth: number, text: FrameText): string {
  const narrow = chartWidth < 480;
  const pad = narrow ? 16 : 24;
  const width = chartWidth + 2 * pad;
  const sizes = {
    title: narrow ? typeScale.xl : typeScale["2xl"],
    subtitle: narrow ? typeScale.sm : typeScale.base,
    credit: typeScale.xs,
  };
  const parts: string[] = [];
  let y = pad;
  const block = (content: string, size: number, weight: number, fill: string, gap: number) => {
    const lines = wrapLines(content, chartWidth, size, weight >= 600);
    for (const line of lines) {
      y += size * 1.3;
      parts.push(
        `<text x="${pad}" y="${(y - size * 0.3).toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
      );
    }
    y += gap;
  };
  block(text.title, sizes.title, 700, exportInk, 4);
  block(text.subtitle, sizes.subtitle, 400, exportMuted, 16);

  // Plot's stylesheet sizes the chart for a web page; a nested SVG in a file must keep its own size.
  chart.querySelector("style")?.remove();
  chart.removeAttribute("class");
  chart.setAttribute("x", String(pad));
  chart.setAttribute("y", String(Math.round(y)));
  chart.setAttribute("font-family", exportFontFamily);
  const chartHeight = Number(chart.getAttribute("height"));
  parts.push(chart.outerHTML);
  y = Math.round(y) + chartHeight + 18;

  block(text.credit, sizes.credit, 400, exportMuted, 0);
  block(text.url, sizes.credit, 400, exportMuted, 0);
  const height = Math.ceil(y + pad);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" aria-describedby="chart-desc" color="${exportInk}" font-family="${exportFontFamily}">`,
    `<title id="chart-title">${escapeXml(text.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(text.desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${paper}"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}

/**
 * A Plot figure whose marks a chart's layout has already placed in pixels: no margins, no axes,
 * identity scales. Every renderer draws through it.
 */
export function plotLaidOut(document: Document, width: number, height: number, marks: Plot.Markish[]): SVGSVGElement {
  const svg = Plot.plot({
    document,
    width,
    height,
    margin: 0,
    axis: null,
    x: { type: "identity" },
    y: { type: "identity" },
    marks,
  }) as SVGSVGElement;
  return roundGeometry(svg);
}

/** The attributes that hold a chart's coordinates and lengths, and how many decimals each keeps. */
const geometry: Record<string, number> = {
  ...Object.fromEntries(["x", "y", "x1", "x2", "y1", "y2", "r", "width", "height", "dx", "dy", "d"].map((a) => [a, 1])),
  // A text's or a dot's place: a whole pixel, half a pixel at most from the layout's (a text's baseline
  // is snapped to the pixel grid by the renderer anyway); its lines and neighbours move with it.
  transform: 0,
  cx: 0,
  cy: 0,
};

/** A number with `decimals` decimals at most. */
const rounded = (v: number, decimals: number): number => {
  const r = Number(v.toFixed(decimals));
  return Object.is(r, -0) ? 0 : r;
};

/**
 * Writes every coordinate with one decimal at most (a tenth of a pixel, finer than a screen shows)
 * and every text and dot on a whole pixel: Plot writes the layout's arithmetic as it comes
 * (`166.20000000000002`), which made the marks of a tall chart weigh most of its page.
 */
export function roundGeometry(svg: SVGSVGElement): SVGSVGElement {
  for (const element of svg.querySelectorAll("*")) {
    for (const [name, decimals] of Object.entries(geometry)) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      element.setAttribute(
        name,
        value.replace(/-?\d+\.\d+/g, (n) => String(rounded(Number(n), decimals))),
      );
    }
  }
  return svg;
}

/**
 * Text marks, one per kind of text (anchor, weight, size and shade: Plot writes a constant once on
 * its group, a channel on every text). With `halo`, each text gets a background-coloured outline so
 * that lines behind it do not cut it (white in files; the page's CSS maps it to the page colour).
 */
export function textMarks(boxes: TextBox[], lineHeight: number, halo = false): Plot.Markish[] {
  const kinds = new Map<string, TextBox[]>();
  for (const box of boxes) {
    const kind = `${box.anchor} ${box.bold} ${box.size} ${box.muted}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), box]);
  }
  return [...kinds.values()].map((data) => {
    const [{ anchor, bold, size, muted }] = data as [TextBox, ...TextBox[]];
    return Plot.text(data, {
      x: "x",
      y: "y",
      text: (d: TextBox) => d.lines.join("\n"),
      fontSize: size,
      fill: "currentColor",
      ...(muted ? { fillOpacity: 0.78 } : {}),
      textAnchor: anchor,
      lineAnchor: "top",
      lineHeight,
      fontWeight: bold ? 700 : 400,
      ...(halo ? { stroke: paper, strokeWidth: 4, strokeOpacity: 1 } : {}),
    });
  });
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
 * Marks drawn as one `<path>` each, hidden from assistive technology: the many squares, bands or
 * lines of a chart that carry no tooltip of their own, written once instead of an element apiece
 * (which made a tall chart's page several kilobytes heavier for nothing the reader sees).
 */
function pathMark(d: string, attributes: Record<string, string | number>): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const path = context.document.createElementNS(SVG_NS, "path");
    for (const [name, value] of Object.entries(attributes)) path.setAttribute(name, String(value));
    path.setAttribute("d", d);
    path.setAttribute("aria-hidden", "true");
    return path as unknown as SVGElement;
  };
}

/** A number with one decimal at most, as `roundGeometry` writes a path's. */
const tenth = (v: number): number => rounded(v, 1);

/**
 * Path data of shapes written relative to each other: each shape starts with a move from where the
 * previous one left the pen, so a grid of like squares repeats one short string (which compresses
 * to almost nothing), where absolute coordinates would differ in every square. Positions are
 * rounded before the moves are taken, so no rounding error adds up down the path.
 */
function relativePath<T>(
  shapes: readonly T[],
  draw: (shape: T) => { x: number; y: number; rest: string; end: [number, number] },
): string {
  let pen: [number, number] = [0, 0];
  return shapes
    .map((shape) => {
      const { x, y, rest, end } = draw(shape);
      const move = `m${tenth(tenth(x) - pen[0])} ${tenth(tenth(y) - pen[1])}`;
      pen = [tenth(end[0]), tenth(end[1])];
      return move + rest;
    })
    .join("");
}

/** Rectangles that carry no tooltip (a waffle's squares), filled: one path per colour. */
export function filledRects(boxes: readonly Pick<Box, "x1" | "x2" | "y1" | "y2" | "fill">[]): Plot.Markish[] {
  const byFill = new Map<string, Pick<Box, "x1" | "x2" | "y1" | "y2">[]>();
  for (const box of boxes) byFill.set(box.fill, [...(byFill.get(box.fill) ?? []), box]);
  return [...byFill].map(([fill, rects]) => {
    const d = relativePath(rects, ({ x1, x2, y1, y2 }) => {
      const w = tenth(tenth(x2) - tenth(x1));
      const h = tenth(tenth(y2) - tenth(y1));
      // `z` takes the pen back to the corner the rectangle started from.
      return { x: x1, y: y1, rest: `h${w}v${h}h${-w}z`, end: [x1, y1] };
    });
    return pathMark(d, { fill });
  });
}

/** The faint bands behind marks (a bar's whole, a calendar's weeks), each a box of its own. */
export function trackRects(boxes: readonly Box[]): Plot.Markish[] {
  return [
    Plot.rect(boxes, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "fill", fillOpacity: 0.25, ariaHidden: "true" }),
  ];
}

/** Straight lines, stroked alike: one path. */
export function linesPath(
  lines: readonly { x1: number; x2: number; y1: number; y2: number }[],
  attributes: Record<string, string | number>,
): Plot.Markish[] {
  if (lines.length === 0) return [];
  const d = relativePath(lines, ({ x1, x2, y1, y2 }) => {
    const dx = tenth(tenth(x2) - tenth(x1));
    const dy = tenth(tenth(y2) - tenth(y1));
    const rest = dy === 0 ? `h${dx}` : dx === 0 ? `v${dy}` : `l${dx} ${dy}`;
    return { x: x1, y: y1, rest, end: [x2, y2] };
  });
  return [pathMark(d, { fill: "none", ...attributes })];
}
