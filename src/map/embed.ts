/**
 * Embedding the map, with the conventions of the chart embeds (src/charts/embed.ts): a chrome-less
 * page at `embed/map/?v=<data version>`, the same host script (embed.js) for resizing, a no-script
 * snippet with the PNG, and an oEmbed document at `oembed/map.json`.
 */
import { absoluteUrl, embedPagePath, embedScriptPath, oembedPath } from "~/charts/urls";
import { escapeXml } from "~/charts/text";
import { getDataRelease } from "~/data/downloads";
import { assetPath, getDict, localePath, type Lang } from "~/i18n";
import { mapImageSvg } from "./images";
import { getMapView } from "./index";

/** The id the embed uses where a chart uses its chart id (`data-chart`, resize messages, URLs). */
export const MAP_EMBED_ID = "map";

/**
 * A height that shows the whole embed without the resizing script in a 640-pixel column: title,
 * layer switch, map (the taller build-time SVG when JavaScript is off), base-map switch, the longest
 * legend, credits and the closed list.
 */
export const MAP_EMBED_HEIGHT = 1240;

/** The map page, as a site path. */
export const mapPagePath = (lang: Lang) => localePath(lang, "map/");

/** The embed page's absolute URL with the data version it was published with. */
export function mapEmbedUrl(lang: Lang, siteUrl: string): string {
  const url = new URL(absoluteUrl(embedPagePath(MAP_EMBED_ID, lang), siteUrl));
  url.searchParams.set("v", getDataRelease().version);
  return url.href;
}

/** The map's credit line: its sources, the boundary package and the site. */
export function mapCredit(lang: Lang): string {
  const t = getDict(lang);
  const { state } = getMapView(lang);
  const ids = [...new Set(Object.values(state.legends).flatMap((l) => l.sources.map((s) => s.id)))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
  const colon = lang === "zh" ? "：" : ": ";
  return `${t.map.sourceLine}${colon}${ids.join(", ")} · ${t.map.boundaryCredit} · ${t.map.schematic} · ${t.site.name}, ${t.footer.data}`;
}

/** The plain iframe snippet. */
export function mapIframeCode(lang: Lang, siteUrl: string, height = MAP_EMBED_HEIGHT): string {
  const title = getDict(lang).map.pageTitle;
  return `<iframe src="${escapeXml(mapEmbedUrl(lang, siteUrl))}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/** The iframe with the host script that keeps it the height of its content. */
export function mapScriptCode(lang: Lang, siteUrl: string): string {
  return `${mapIframeCode(lang, siteUrl)}\n<script src="${escapeXml(absoluteUrl(embedScriptPath(), siteUrl))}" async></script>`;
}

/** Pixel size of the PNG of a layer (from its SVG, which the PNG is drawn from at the same width). */
export function mapPngSize(lang: Lang): { width: number; height: number } {
  const svg = mapImageSvg(lang, "completion");
  const width = Number(/ width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/ height="(\d+)"/.exec(svg)?.[1]);
  return { width, height };
}

/** The snippet for channels that strip iframes and scripts: the PNG, its alt text, the credit and a link. */
export function mapStaticCode(lang: Lang, siteUrl: string): string {
  const page = absoluteUrl(mapPagePath(lang), siteUrl);
  const png = absoluteUrl(localePath(lang, "map/completion.png"), siteUrl);
  const { width, height } = mapPngSize(lang);
  const alt = getMapView(lang).state.descriptions.completion;
  return [
    `<figure>`,
    `<a href="${escapeXml(page)}"><img src="${escapeXml(png)}" alt="${escapeXml(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>`,
    `<figcaption>${escapeXml(mapCredit(lang))} <a href="${escapeXml(page)}">${escapeXml(page)}</a></figcaption>`,
    `</figure>`,
  ].join("\n");
}

/** The oEmbed document (type rich) of the map in a language. */
export function mapOembedDocument(lang: Lang, siteUrl: string): Record<string, unknown> {
  const t = getDict(lang);
  const width = 640;
  const thumb = mapPngSize(lang);
  return {
    type: "rich",
    version: "1.0",
    title: t.map.pageTitle,
    author_name: t.site.name,
    provider_name: t.site.name,
    provider_url: absoluteUrl(lang === "zh" ? assetPath("") : assetPath("en/"), siteUrl),
    html: mapIframeCode(lang, siteUrl).replace('width="100%"', `width="${width}"`),
    width,
    height: MAP_EMBED_HEIGHT,
    thumbnail_url: absoluteUrl(localePath(lang, "map/completion.png"), siteUrl),
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
    cache_age: 86400,
  };
}

/** The `<link rel="alternate">` that lets consumers discover the oEmbed document. */
export function mapOembedLink(lang: Lang): { type: string; href: string; title: string } {
  return { type: "application/json+oembed", href: oembedPath(MAP_EMBED_ID, lang), title: getDict(lang).map.pageTitle };
}
