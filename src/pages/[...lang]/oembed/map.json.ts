import type { APIRoute } from "astro";
import { oembedResponse } from "~/core/embedCode";
import type { Lang } from "~/i18n";
import { langStaticPaths } from "~/site/routes";
import { siteRoot } from "~/core/urls";
import { mapEmbed } from "~/map/embed";

/** The map's oEmbed document: `oembed/map.json` (中文) and `en/oembed/map.json`, like the charts'. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  return oembedResponse(mapEmbed(lang), siteRoot(site));
};
