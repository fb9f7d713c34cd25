import { placeAnnotation, type AnnotationLayout } from "../annotation";
import { barMetrics, type Box, type TextBox } from "../layout";
import { palette } from "~/core/palette";
import { wrapLines } from "~/core/text";
import type { FlowData } from "../types";
import type { Dot } from "../timeline/layout";

/** A curve from an origin to its site. */
export interface FlowCurve {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  /** Moves within the site's own county are dashed. */
  dashed: boolean;
}

/** Where everything of a flow graphic goes, in pixels. */
export interface FlowLayout {
  width: number;
  height: number;
  texts: TextBox[];
  /** One dot per origin county. */
  dots: Dot[];
  /** One bar per receiving site: the mark the links run into (titled, focusable). */
  bars: Box[];
  curves: FlowCurve[];
  annotation: AnnotationLayout | null;
}

/** The radius of an origin's dot. */
export const originRadius = 4;

/**
 * Lays out origins → sites: the origin counties down the left (label right-aligned to its dot), each site as a
 * bar on the right spanning its origins with its name and figures beside it, and a curve from each
 * origin to its site. Lines are all one width: the sources name the origins but give no count for
 * any of them. The annotation goes under the block of the site it points at; the legend ends it.
 */
export function layoutFlow(data: FlowData, width: number): FlowLayout {
  const m = barMetrics(width);
  const lh = m.size * m.lineHeight;
  const leftW = Math.round(width * (width < 480 ? 0.36 : 0.26));
  const barX = Math.round(width * (width < 480 ? 0.56 : 0.44));
  const barW = 8;
  const textX = barX + barW + 8;
  const texts: TextBox[] = [];
  const dots: FlowLayout["dots"] = [];
  const bars: Box[] = [];
  const curves: FlowCurve[] = [];
  const marks = new Set(data.annotation?.marks ?? []);
  const missing = [...marks].filter((key) => !data.sites.some((s) => s.key === key));
  if (missing.length > 0)
    throw new Error(`the annotation points at sites the chart does not draw: ${missing.join(", ")}`);
  let annotation: AnnotationLayout | null = null;
  let y = 0;

  data.sites.forEach((site, si) => {
    if (si > 0) y += m.groupGap;
    const top = y;
    // The origins, one or more lines each, down the left.
    const originYs = site.links.map((link) => {
      const lines = wrapLines(link.label, leftW - originRadius * 2 - 6, m.size);
      // Right-aligned against its dot, so that each name sits at the start of its line.
      texts.push({
        x: leftW - originRadius * 2 - 6,
        y,
        lines,
        anchor: "end",
        bold: false,
        size: m.size,
        muted: !link.crossCounty,
      });
      const cy = y + lh / 2;
      y += lines.length * lh + 6;
      return cy;
    });
    // The site: its name and figures beside the bar.
    const nameLines = wrapLines(site.label, width - textX, m.size, true);
    const valueLines = wrapLines(site.valueText, width - textX, m.size);
    const siteTextH = (nameLines.length + valueLines.length) * lh;
    const bottom = Math.max(y - 6, top + siteTextH);
    texts.push({ x: textX, y: top, lines: nameLines, anchor: "start", bold: true, size: m.size, muted: false });
    texts.push({
      x: textX,
      y: top + nameLines.length * lh,
      lines: valueLines,
      anchor: "start",
      bold: false,
      size: m.size,
      muted: false,
    });
    const highlight = marks.has(site.key);
    bars.push({
      key: site.key,
      x1: barX,
      x2: barX + barW,
      y1: top,
      y2: bottom,
      fill: palette.blue,
      tip: site.tip,
      highlight,
    });
    // Curves fan into the bar, spread along its height in the origins' order.
    const n = site.links.length;
    site.links.forEach((link, i) => {
      const oy = originYs[i] ?? top;
      const dotX = leftW - originRadius;
      dots.push({
        key: `${site.key}-${link.key}`,
        x: dotX,
        y: oy,
        fill: link.crossCounty ? palette.blue : palette.neutral,
        tip: link.tip,
        highlight: false,
      });
      curves.push({
        key: `${site.key}-${link.key}`,
        x1: dotX + originRadius + 2,
        y1: oy,
        x2: barX - 1,
        y2: top + ((i + 0.5) / n) * (bottom - top),
        stroke: link.crossCounty ? palette.blue : palette.neutral,
        dashed: !link.crossCounty,
      });
    });
    y = bottom;
    if (data.annotation && highlight && annotation === null) {
      const placed = placeAnnotation(data.annotation.text, width, m.size, m.lineHeight, {
        cx: barX + barW / 2,
        bottom: y + 2,
      });
      annotation = placed.layout;
      y = placed.bottom;
    }
  });
  y += m.rowGap;
  const legendLines = wrapLines(data.legend, width, m.smallSize);
  texts.push({ x: 0, y, lines: legendLines, anchor: "start", bold: false, size: m.smallSize, muted: true });
  y += legendLines.length * m.smallSize * m.lineHeight;
  return { width, height: Math.ceil(y + 2), texts, dots, bars, curves, annotation };
}
