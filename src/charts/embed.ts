import { citationText } from "~/data/citation";
import { getDataRelease } from "~/data/downloads";
import { getDict } from "~/i18n";
import { assetPath, absoluteUrl, chartFilePath, chartPagePath, embedPagePath, embedScriptPath } from "~/core/urls";
import { buildChartFile, chartCredit, pngSize } from "./exports";
import type { ChartView } from "./index";
import { pageVariants } from "./index";
import { chartDocument, escapeXml } from "./svg";
import { wrapLines } from "~/core/text";

/** The embed page's URL with the data version it was published with, e.g. `…/embed/x/?v=1.0.0`. */
export function embedUrl(view: ChartView, siteUrl: string): string {
  const url = new URL(absoluteUrl(embedPagePath(view.chart.id, view.lang), siteUrl));
  url.searchParams.set("v", getDataRelease().version);
  return url.href;
}

/**
 * A height at which the iframe shows the whole chart without the resizing script, even in a
 * narrow column: the narrowest layout's chart plus the title and credit lines around it.
 */
export function embedHeight(view: ChartView): number {
  const narrow = pageVariants[0].width;
  const svg = view.chart.render(view.data, { width: narrow, lang: view.lang, document: chartDocument() });
  const chartHeight = Number(svg.getAttribute("height"));
  const titleLines = wrapLines(view.title, narrow, 18, true).length;
  const creditLines = wrapLines(chartCredit(view), narrow, 13).length + 1;
  return Math.ceil(24 + titleLines * 24 + 12 + chartHeight + 12 + creditLines * 20 + 24 + 16);
}

/** The plain iframe snippet. */
export function iframeCode(view: ChartView, siteUrl: string, height = embedHeight(view)): string {
  return `<iframe src="${escapeXml(embedUrl(view, siteUrl))}" title="${escapeXml(view.title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/** The iframe with the host script that keeps it the height of its content. */
export function scriptCode(view: ChartView, siteUrl: string): string {
  return `${iframeCode(view, siteUrl)}\n<script src="${escapeXml(absoluteUrl(embedScriptPath(), siteUrl))}" async></script>`;
}

/** The snippet for channels that strip iframes and scripts: the PNG, its alt text, the credit and a link. */
export async function staticCode(view: ChartView, siteUrl: string): Promise<string> {
  const page = absoluteUrl(chartPagePath(view.chart.id, view.lang), siteUrl);
  const pngPath = chartFilePath(view.chart.id, view.lang, "png-640");
  const { width, height } = pngSize(await buildChartFile(pngPath, siteUrl));
  const png = absoluteUrl(assetPath(pngPath), siteUrl);
  return [
    `<figure>`,
    `<a href="${escapeXml(page)}"><img src="${escapeXml(png)}" alt="${escapeXml(view.alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>`,
    `<figcaption>${escapeXml(chartCredit(view))} <a href="${escapeXml(page)}">${escapeXml(page)}</a></figcaption>`,
    `</figure>`,
  ].join("\n");
}

/** The oEmbed document (type rich) for a chart in a language. */
export async function oembedDocument(view: ChartView, siteUrl: string): Promise<Record<string, unknown>> {
  const t = getDict(view.lang);
  const height = embedHeight(view);
  const width = 640;
  const thumbPath = chartFilePath(view.chart.id, view.lang, "png-1200");
  const thumb = pngSize(await buildChartFile(thumbPath, siteUrl));
  return {
    type: "rich",
    version: "1.0",
    title: view.title,
    author_name: t.site.name,
    provider_name: t.site.name,
    provider_url: absoluteUrl(view.lang === "zh" ? assetPath("") : assetPath("en/"), siteUrl),
    html: iframeCode(view, siteUrl, height).replace('width="100%"', `width="${width}"`),
    width,
    height,
    thumbnail_url: absoluteUrl(assetPath(thumbPath), siteUrl),
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
    cache_age: 86400,
  };
}

/** A reference to the chart: who, when, the title, the data version and the permalink. */
export function chartCitation(view: ChartView, siteUrl: string): string {
  const url = absoluteUrl(chartPagePath(view.chart.id, view.lang), siteUrl);
  return citationText({ ...getDataRelease(), title: view.title, url }, view.lang, "chart");
}
