import { defaultLang, type Lang } from "./locales";

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
