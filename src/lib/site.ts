import { basePath } from "~/i18n/paths";

/** The site root as an absolute URL (origin plus base path), for links that leave the page: citations, oEmbed, feeds. */
export function siteRoot(site: URL | undefined): string {
  return new URL(basePath, site ?? "http://localhost:4321").href;
}
