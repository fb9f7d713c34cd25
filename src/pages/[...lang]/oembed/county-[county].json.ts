import type { APIRoute } from "astro";
import { oembedResponse } from "~/core/embedCode";
import type { CountyRow } from "~/data/schemas/places";
import type { Lang } from "~/i18n";
import { countyEmbed } from "~/site/countyEmbed";
import { getCountyRows } from "~/site/countyPages";
import { langItemStaticPaths } from "~/site/routes";
import { siteRoot } from "~/core/urls";

/** A county card's oEmbed document: `oembed/county-<id>.json` (中文) and `en/oembed/county-<id>.json`. */
export const getStaticPaths = () => langItemStaticPaths(getCountyRows(), "county", (c) => c.id);

export const GET: APIRoute = ({ props, site }) => {
  const { lang, item } = props as { lang: Lang; item: CountyRow };
  return oembedResponse(countyEmbed(item, lang), siteRoot(site));
};
