/**
 * Every URL of the site is built here: page paths per language, file paths, permalinks and
 * absolute URLs. Paths carry the base path (Astro's `base`, so the site can live in a sub-path);
 * nothing else in the code writes a site path by hand.
 */
import { defaultLang, type Lang } from "~/i18n/locales";
import { defaultSiteUrl } from "./siteUrl";

/**
 * The site's base path (`/` or a sub-path such as `/relocation/`), always with a trailing slash.
 * Set through Astro's `base` option so that the site can be served under a sub-path.
 */
export const basePath: string = withTrailingSlash(import.meta.env.BASE_URL ?? "/");

function withTrailingSlash(path: string): string {
  return path.endsWith("/") ? path : `${path}/`;
}

/**
 * The URL of a page in a language: `localePath("en", "charts/")` → `/en/charts/`.
 * `path` is relative to the language root and has no leading slash; pass `""` for the home page.
 */
export function localePath(lang: Lang, path = ""): string {
  const clean = path.replace(/^\/+/, "");
  return lang === defaultLang ? `${basePath}${clean}` : `${basePath}${lang}/${clean}`;
}

/** The URL of a file that exists once for both languages (a download, a script, an image). */
export function assetPath(path: string): string {
  return `${basePath}${path.replace(/^\/+/, "")}`;
}

/**
 * Splits a site pathname into its language and the language-neutral rest, so the language
 * switch can land on the same page in the other language: `/en/charts/x/` → `["en", "charts/x/"]`.
 */
export function splitLocalePath(pathname: string): [Lang, string] {
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\/+/, "");
  if (rest === "en" || rest.startsWith("en/")) return ["en", rest.slice(3)];
  return [defaultLang, rest];
}

/** The site root as an absolute URL (origin plus base path), for links that leave the page: citations, oEmbed, feeds. */
export function siteRoot(site: URL | undefined): string {
  return new URL(basePath, site ?? defaultSiteUrl).href;
}

/** An absolute URL for a site path (which already carries the base path). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/**
 * A root-relative site path written in story text (`/data/employment/`) as the built site serves
 * it: under the base path when the site lives in a sub-path. Other URLs pass through unchanged.
 */
export function siteHref(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, "");
  if (prefix === "" || !href.startsWith("/") || href.startsWith("//")) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/** A dataset's page: `/data/<id>/`. */
export function datasetPagePath(id: string, lang: Lang): string {
  return localePath(lang, `data/${id}/`);
}

/** The permalink of a fact: its row on its dataset page. */
export function factHref(fact: { dataset: string; id: string }, lang: Lang): string {
  return `${datasetPagePath(fact.dataset, lang)}#${fact.id}`;
}

/** The entry of a source on the sources page. */
export function sourceHref(sourceId: string, lang: Lang): string {
  return `${localePath(lang, "sources/")}#${sourceId}`;
}

/** A story: `/stories/<slug>/`. */
export function storyPath(slug: string, lang: Lang): string {
  return localePath(lang, `stories/${slug}/`);
}

/** The evidence register: `/evidence/`, or one row of it (`/evidence/#e-<row id>`). */
export function evidencePath(lang: Lang, rowId?: string): string {
  return `${localePath(lang, "evidence/")}${rowId ? `#e-${rowId}` : ""}`;
}

/** The "cite" texts of every evidence row, which the register's cite dialog loads when first opened. */
export function evidenceCitationsPath(lang: Lang): string {
  return localePath(lang, "evidence/citations.json");
}

/**
 * The corrections section of the about page; with a row id, the link "report a problem" from an
 * evidence row (`/about/?row=<id>#corrections`), which the page shows and puts in its report text.
 */
export function correctionsPath(lang: Lang, rowId?: string): string {
  return `${localePath(lang, "about/")}${rowId ? `?row=${encodeURIComponent(rowId)}` : ""}#corrections`;
}

/** A county-level unit's page: `/counties/<id>/`. */
export function countyPagePath(id: string, lang: Lang): string {
  return localePath(lang, `counties/${id}/`);
}

/** A county's card image (the no-script embed and its social card). */
export function countyCardPath(id: string, lang: Lang): string {
  return localePath(lang, `counties/${id}/card.png`);
}

/** One county's rows in one download format, shared by both languages. */
export function countyDownloadPath(id: string, format: string): string {
  return assetPath(`downloads/counties/${id}.${format}`);
}

/** A map layer's image in one format (`svg` or `png`). */
export function mapImagePath(layer: string, format: "svg" | "png", lang: Lang): string {
  return localePath(lang, `map/${layer}.${format}`);
}

/** The kinds of file each chart offers per language. */
export type ChartFileKind = "svg" | "png-640" | "png-1200" | "csv";

const fileSuffix: Record<ChartFileKind, string> = {
  svg: ".{lang}.svg",
  "png-640": "-640.{lang}.png",
  "png-1200": "-1200.{lang}.png",
  csv: ".{lang}.csv",
};

/**
 * Where a chart's file lives, relative to the site root: `charts/<id>.zh.svg`,
 * `charts/<id>-640.en.png`, `charts/<id>.en.csv`. These names are stable: journalists link to them.
 */
export function chartFilePath(id: string, lang: Lang, kind: ChartFileKind): string {
  return `charts/${id}${fileSuffix[kind].replace("{lang}", lang)}`;
}

/** The chart page, as a site path. */
export function chartPagePath(id: string, lang: Lang): string {
  return localePath(lang, `charts/${id}/`);
}

/** The chrome-less embed page, as a site path. */
export function embedPagePath(id: string, lang: Lang): string {
  return localePath(lang, `embed/${id}/`);
}

/** The oEmbed document, as a site path: `oembed/<id>.json` under each language's root. */
export function oembedPath(id: string, lang: Lang): string {
  return localePath(lang, `oembed/${id}.json`);
}

/** The pages that have an Open Graph card of their own; the rest share the site's or the data's. */
export type OgCard = "site" | "data" | "charts/index" | `charts/${string}` | `stories/${string}`;

/** The Open Graph card of a page, as a site path. */
export function ogImagePath(page: OgCard, lang: Lang): string {
  return assetPath(`og/${page}.${lang}.png`);
}

/** The host-page script that sizes embedded charts. */
export function embedScriptPath(): string {
  return assetPath("embed.js");
}
