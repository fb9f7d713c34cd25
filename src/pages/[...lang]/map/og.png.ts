import type { APIRoute } from "astro";
import { getDict, type Lang } from "~/i18n";
import { renderOgImage } from "~/core/ogImage";
import { langStaticPaths } from "~/site/routes";

/** The map page's social card. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Lang }).lang;
  const t = getDict(lang);
  const png = await renderOgImage({ lang, kicker: t.map.title, title: t.map.pageTitle, subtitle: t.map.noHeadcounts });
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
