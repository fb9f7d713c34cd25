/**
 * Embedding a county's card, with the conventions of the chart and map embeds (src/charts/embed.ts,
 * src/map/embed.ts): a chrome-less page at `embed/county-<id>/?v=<data version>`, the same host
 * script (embed.js) for resizing, a no-script snippet with a PNG, and an oEmbed document.
 */
import {
  absoluteUrl,
  embedPagePath,
  embedScriptPath,
  oembedPath,
  assetPath,
  countyCardPath,
  countyDownloadPath,
  countyPagePath,
} from "~/core/urls";
import { escapeXml } from "~/charts/svg";
import { getDataRelease } from "~/data/downloads";
import type { CountyRow } from "~/data/schemas/places";
import { getDict, type Lang } from "~/i18n";
import { renderMapSvg, type MapSvgOptions } from "~/map/index";

/** The id the embed uses where a chart uses its chart id (`data-chart`, resize messages, URLs). */
export const countyEmbedId = (id: string) => `county-${id}`;

/** A height that shows the whole card without the resizing script in a 640-pixel column. */
export const COUNTY_EMBED_HEIGHT = 760;

/**
 * The county on the prefecture's map of sites, outlined where it has a boundary (义龙新区 has none):
 * the county page, its embed and its card all draw it so.
 */
export function countyMapSvg(county: CountyRow, lang: Lang, options: Omit<MapSvgOptions, "layers" | "focus">): string {
  return renderMapSvg(lang, { ...options, layers: ["sites"], focus: county.hasBoundary ? county.id : null });
}

/** The card's picture: the county on the map of the prefecture, with title, legend and credits drawn in. */
export function countyCardSvg(county: CountyRow, lang: Lang, width = 1200): string {
  return countyMapSvg(county, lang, {
    frame: true,
    width,
    idPrefix: `county-card-${county.id}`,
    title: county.name[lang],
  });
}

/** The card's downloads: the county's figures as CSV, JSON and XLSX (language-neutral files). */
export function countyDownloadPaths(id: string): { format: "csv" | "json" | "xlsx"; path: string }[] {
  return (["csv", "json", "xlsx"] as const).map((format) => ({
    format,
    path: countyDownloadPath(id, format),
  }));
}

/** The embed page's absolute URL with the data version it was published with. */
export function countyEmbedUrl(id: string, lang: Lang, siteUrl: string): string {
  const url = new URL(absoluteUrl(embedPagePath(countyEmbedId(id), lang), siteUrl));
  url.searchParams.set("v", getDataRelease().version);
  return url.href;
}

/** The plain iframe snippet. */
export function countyIframeCode(county: CountyRow, lang: Lang, siteUrl: string): string {
  return `<iframe src="${escapeXml(countyEmbedUrl(county.id, lang, siteUrl))}" title="${escapeXml(county.name[lang])}" width="100%" height="${COUNTY_EMBED_HEIGHT}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/** The iframe with the host script that keeps it the height of its content. */
export function countyScriptCode(county: CountyRow, lang: Lang, siteUrl: string): string {
  return `${countyIframeCode(county, lang, siteUrl)}\n<script src="${escapeXml(absoluteUrl(embedScriptPath(), siteUrl))}" async></script>`;
}

/** The card's credit line. */
export function countyCredit(lang: Lang): string {
  const t = getDict(lang);
  return `${t.map.boundaryCredit} · ${t.map.schematic} · ${t.site.name}, ${t.footer.data}`;
}

function pngSize(county: CountyRow, lang: Lang): { width: number; height: number } {
  const svg = countyCardSvg(county, lang);
  return { width: Number(/ width="(\d+)"/.exec(svg)?.[1]), height: Number(/ height="(\d+)"/.exec(svg)?.[1]) };
}

/** The snippet for channels that strip iframes and scripts: the PNG, its alt text, the credit and a link. */
export function countyStaticCode(county: CountyRow, lang: Lang, siteUrl: string): string {
  const page = absoluteUrl(countyPagePath(county.id, lang), siteUrl);
  const png = absoluteUrl(countyCardPath(county.id, lang), siteUrl);
  const { width, height } = pngSize(county, lang);
  const alt = getDict(lang).countyPage.mapCaption.replace("{county}", county.name[lang]);
  return [
    `<figure>`,
    `<a href="${escapeXml(page)}"><img src="${escapeXml(png)}" alt="${escapeXml(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>`,
    `<figcaption>${escapeXml(countyCredit(lang))} <a href="${escapeXml(page)}">${escapeXml(page)}</a></figcaption>`,
    `</figure>`,
  ].join("\n");
}

/** The oEmbed document (type rich) of a county's card in a language. */
export function countyOembedDocument(county: CountyRow, lang: Lang, siteUrl: string): Record<string, unknown> {
  const t = getDict(lang);
  const width = 640;
  const thumb = pngSize(county, lang);
  return {
    type: "rich",
    version: "1.0",
    title: county.name[lang],
    author_name: t.site.name,
    provider_name: t.site.name,
    provider_url: absoluteUrl(lang === "zh" ? assetPath("") : assetPath("en/"), siteUrl),
    html: countyIframeCode(county, lang, siteUrl).replace('width="100%"', `width="${width}"`),
    width,
    height: COUNTY_EMBED_HEIGHT,
    thumbnail_url: absoluteUrl(countyCardPath(county.id, lang), siteUrl),
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
    cache_age: 86400,
  };
}

/** The `<link rel="alternate">` that lets consumers discover the oEmbed document. */
export function countyOembedLink(county: CountyRow, lang: Lang): { type: string; href: string; title: string } {
  return {
    type: "application/json+oembed",
    href: oembedPath(countyEmbedId(county.id), lang),
    title: county.name[lang],
  };
}
