import { citationText } from "~/data/citation";
import { getDataRelease } from "~/data/downloads";
import { assetPath, absoluteUrl, chartFilePath, chartPagePath, type ChartFileKind } from "~/core/urls";
import type { EmbedImage, Embeddable } from "~/core/embedCode";
import { buildChartFile, chartCredit, pngSize } from "./exports";
import type { ChartView } from "./index";
import { pageVariants } from "./index";
import { chartDocument } from "./svg";
import { wrapLines } from "~/core/text";
import { typeScale } from "~/core/typeScale";

/**
 * A height at which the iframe shows the whole chart without the resizing script, even in a
 * narrow column: the parts of the embed page (embed/[chart].astro) added up from top to bottom at
 * the narrowest chart width, each rounded up so that the reader's fonts may set the text a little
 * taller than the estimate. Measured in Chromium at 344 px (the chart's 320 plus the page's
 * padding), the content of every chart embed falls 37–111 px short of this height.
 */
function measureEmbed(view: ChartView): number {
  const narrow = pageVariants[0].width;
  const svg = view.chart.render(view.data, { width: narrow, lang: view.lang, document: chartDocument() });
  const chartHeight = Number(svg.getAttribute("height"));
  // The title (18 px bold) and the credit (13 px, plus a line for the "view on" link), wrapped as the chart wraps.
  const titleLines = wrapLines(view.title, narrow, typeScale.lg, true).length;
  const creditLines = wrapLines(chartCredit(view), narrow, 13).length + 1;
  const top = 24; // the page's top padding (py-3: 12 px), and as much again to spare
  const titleLine = 24; // text-lg with leading-snug: 18 × 1.375 ≈ 24 px a line
  const gap = 12; // the mt-2 gap (8 px) above the chart and the one below it, each with 4 px to spare
  const creditLine = 20; // text-xs: 16 px a line, with 4 px to spare
  const bottom = 24 + 16; // the page's bottom padding (12 px) and 28 px to spare
  return Math.ceil(top + titleLines * titleLine + gap + chartHeight + gap + creditLines * creditLine + bottom);
}

/** Embed heights by chart view: views are made once per chart and language, and each is measured once. */
const embedHeights = new WeakMap<ChartView, number>();

function embedHeight(view: ChartView): number {
  let height = embedHeights.get(view);
  if (height === undefined) {
    height = measureEmbed(view);
    embedHeights.set(view, height);
  }
  return height;
}

async function chartImage(view: ChartView, kind: ChartFileKind, siteUrl: string): Promise<EmbedImage> {
  const path = chartFilePath(view.chart.id, view.lang, kind);
  return { path: assetPath(path), ...pngSize(await buildChartFile(path, siteUrl)) };
}

/** A chart as an embed: its 640-pixel PNG in the no-script snippet, the 1200-pixel one as the oEmbed thumbnail. */
export function chartEmbed(view: ChartView, siteUrl: string): Embeddable {
  return {
    id: view.chart.id,
    lang: view.lang,
    version: getDataRelease().version,
    title: view.title,
    height: embedHeight(view),
    pagePath: chartPagePath(view.chart.id, view.lang),
    credit: chartCredit(view),
    alt: view.alt,
    image: () => chartImage(view, "png-640", siteUrl),
    thumbnail: () => chartImage(view, "png-1200", siteUrl),
  };
}

/** A reference to the chart: who, when, the title, the data version and the permalink. */
export function chartCitation(view: ChartView, siteUrl: string): string {
  const url = absoluteUrl(chartPagePath(view.chart.id, view.lang), siteUrl);
  return citationText({ ...getDataRelease(), title: view.title, url }, view.lang, "chart");
}
