import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { exportInk, exportMuted, paper } from "~/core/palette";
import { escapeXml, wrapLines } from "~/core/text";

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
  const sizes = { title: narrow ? 19 : 23, subtitle: narrow ? 13 : 15, credit: narrow ? 11 : 12.5 };
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
  return Plot.plot({
    document,
    width,
    height,
    margin: 0,
    axis: null,
    x: { type: "identity" },
    y: { type: "identity" },
    marks,
  }) as SVGSVGElement;
}
