import type { APIRoute } from "astro";
import type { Lang } from "~/i18n";
import { siteRoot } from "~/core/urls";
import { getEvidenceCitations } from "~/site/evidencePage";
import { langStaticPaths } from "~/site/routes";

/** The evidence register's "cite" texts per language, loaded by its cite dialog (src/browser/evidenceExplorer.ts). */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  return new Response(JSON.stringify(getEvidenceCitations(lang, siteRoot(site))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
