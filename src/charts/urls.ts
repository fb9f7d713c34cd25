import { assetPath, localePath, type Lang } from "~/i18n";

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

/** The Open Graph card, as a site path. */
export function ogImagePath(id: string, lang: Lang): string {
  return assetPath(`og/charts/${id}.${lang}.png`);
}

/** The host-page script that sizes embedded charts. */
export function embedScriptPath(): string {
  return assetPath("embed.js");
}

/** An absolute URL for a site path (which already carries the base path). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
