/**
 * The one builder of embed snippets, for charts, the map and the county cards alike: the iframe
 * (with the data version in its URL), the iframe with the host script that resizes it, the
 * no-script snippet with a PNG, and the oEmbed document. Each embed passes only what differs.
 */
import { getDict, type Lang } from "~/i18n";
import { absoluteUrl, embedPagePath, localePath, oembedPath, embedScriptPath } from "~/core/urls";
import { escapeXml } from "./text";

/** A PNG as a site path with its size in pixels. */
export interface EmbedImage {
  path: string;
  width: number;
  height: number;
}

/** What differs between one embed and another. */
export interface Embeddable {
  /** The embed's id in its URLs and resize messages: a chart id, `map` or `county-<id>`. */
  id: string;
  lang: Lang;
  title: string;
  /** The data version the embed was published with: in its URL, so a cached embed never outlives its data. */
  version: string;
  /** A height at which the iframe shows everything without the resizing script (each embed derives its own). */
  height: number;
  /** The page the no-script snippet links to, as a site path. */
  pagePath: string;
  /** The credit line under the no-script picture. */
  credit: string;
  /** The picture's alt text. */
  alt: string;
  /** The picture of the no-script snippet. */
  image(): Promise<EmbedImage> | EmbedImage;
  /** The oEmbed thumbnail. */
  thumbnail(): Promise<EmbedImage> | EmbedImage;
}

/** The size in pixels that an SVG's root declares: the size of the PNG drawn from it at the same width. */
export function svgSize(svg: string): { width: number; height: number } {
  return { width: Number(/ width="(\d+)"/.exec(svg)?.[1]), height: Number(/ height="(\d+)"/.exec(svg)?.[1]) };
}

/** Width of the iframe in the oEmbed document: the column width the embeds are laid out for. */
const OEMBED_WIDTH = 640;

/** The embed page's absolute URL with the data version it was published with, e.g. `…/embed/x/?v=1.0.0`. */
function embedUrl(embed: Embeddable, siteUrl: string): string {
  const url = new URL(absoluteUrl(embedPagePath(embed.id, embed.lang), siteUrl));
  url.searchParams.set("v", embed.version);
  return url.href;
}

/** The plain iframe snippet. */
export function iframeCode(embed: Embeddable, siteUrl: string, width = "100%"): string {
  return `<iframe src="${escapeXml(embedUrl(embed, siteUrl))}" title="${escapeXml(embed.title)}" width="${width}" height="${embed.height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/** The iframe with the host script that keeps it the height of its content. */
export function scriptCode(embed: Embeddable, siteUrl: string): string {
  return `${iframeCode(embed, siteUrl)}\n<script src="${escapeXml(absoluteUrl(embedScriptPath(), siteUrl))}" async></script>`;
}

/** The snippet for channels that strip iframes and scripts: the PNG, its alt text, the credit and a link. */
export async function staticCode(embed: Embeddable, siteUrl: string): Promise<string> {
  const page = absoluteUrl(embed.pagePath, siteUrl);
  const { path, width, height } = await embed.image();
  const png = absoluteUrl(path, siteUrl);
  return [
    `<figure>`,
    `<a href="${escapeXml(page)}"><img src="${escapeXml(png)}" alt="${escapeXml(embed.alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>`,
    `<figcaption>${escapeXml(embed.credit)} <a href="${escapeXml(page)}">${escapeXml(page)}</a></figcaption>`,
    `</figure>`,
  ].join("\n");
}

/** The oEmbed document (type rich). */
export async function oembedDocument(embed: Embeddable, siteUrl: string): Promise<Record<string, unknown>> {
  const t = getDict(embed.lang);
  const thumb = await embed.thumbnail();
  return {
    type: "rich",
    version: "1.0",
    title: embed.title,
    author_name: t.site.name,
    provider_name: t.site.name,
    provider_url: absoluteUrl(localePath(embed.lang, ""), siteUrl),
    html: iframeCode(embed, siteUrl, String(OEMBED_WIDTH)),
    width: OEMBED_WIDTH,
    height: embed.height,
    thumbnail_url: absoluteUrl(thumb.path, siteUrl),
    thumbnail_width: thumb.width,
    thumbnail_height: thumb.height,
    cache_age: 86400,
  };
}

/** The `<link rel="alternate">` that lets consumers discover the oEmbed document. */
export function oembedLink(embed: Pick<Embeddable, "id" | "lang" | "title">): {
  type: string;
  href: string;
  title: string;
} {
  return { type: "application/json+oembed", href: oembedPath(embed.id, embed.lang), title: embed.title };
}

/** The oEmbed document as the response of its route (`oembed/<id>.json`). */
export async function oembedResponse(embed: Embeddable, siteUrl: string): Promise<Response> {
  return new Response(`${JSON.stringify(await oembedDocument(embed, siteUrl), null, 2)}\n`, {
    headers: { "content-type": "application/json+oembed; charset=utf-8" },
  });
}
