import type { APIRoute } from "astro";
import type { CountyRow } from "~/data/schemas/places";
import type { Lang } from "~/i18n";
import { countyCardSvg } from "~/site/countyEmbed";
import { getCountyRows } from "~/site/countyPages";
import { renderPng } from "~/core/png";
import { langItemStaticPaths } from "~/site/routes";

/** `counties/<id>/card.png` (中文) and `en/counties/<id>/card.png`: the card's picture for the no-script embed and oEmbed. */
export const getStaticPaths = () => langItemStaticPaths(getCountyRows(), "county", (c) => c.id);

export const GET: APIRoute = async ({ props }) => {
  const { lang, item } = props as { lang: Lang; item: CountyRow };
  const png = await renderPng(countyCardSvg(item, lang), 1200);
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
