import type { APIRoute } from "astro";
import type { Lang } from "~/i18n";
import { langStaticPaths } from "~/site/routes";
import { siteRoot } from "~/core/urls";
import { mapOembedDocument } from "~/map/embed";

/** The map's oEmbed document: `oembed/map.json` (中文) and `en/oembed/map.json`, like the charts'. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  return new Response(`${JSON.stringify(mapOembedDocument(lang, siteRoot(site)), null, 2)}\n`, {
    headers: { "content-type": "application/json+oembed; charset=utf-8" },
  });
};
