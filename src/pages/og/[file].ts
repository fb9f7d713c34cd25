import type { APIRoute } from "astro";
import { getCollectionMeta } from "~/data/index";
import { getDict, langs, type Lang } from "~/i18n";
import { renderOgImage } from "~/core/ogImage";

/**
 * The social cards of pages without one of their own: the site card (`og/site.<lang>.png`: home,
 * sources, about, search, 404) and the data card (`og/data.<lang>.png`: the data index and every
 * dataset page).
 */
export function getStaticPaths() {
  return langs.flatMap((lang) =>
    (["site", "data"] as const).map((card) => ({ params: { file: `${card}.${lang}.png` }, props: { lang, card } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, card } = props as { lang: Lang; card: "site" | "data" };
  const t = getDict(lang);
  const png = await renderOgImage(
    card === "site"
      ? { lang, kicker: "", title: t.site.tagline, subtitle: t.site.description }
      : { lang, kicker: t.data.title, title: getCollectionMeta().title[lang], subtitle: t.data.description },
  );
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
