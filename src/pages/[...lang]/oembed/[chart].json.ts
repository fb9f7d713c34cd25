import type { APIRoute } from "astro";
import { oembedDocument } from "~/charts/embed";
import { getCharts, getChartView, type ChartDefinition } from "~/charts/index";
import type { Lang } from "~/i18n";
import { langItemStaticPaths } from "~/site/routes";
import { siteRoot } from "~/core/urls";

/** The oEmbed document of each chart: `oembed/<id>.json` (中文) and `en/oembed/<id>.json`. */
export const getStaticPaths = () => langItemStaticPaths(getCharts(), "chart", (c) => c.id);

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, item } = props as { lang: Lang; item: ChartDefinition };
  const json = await oembedDocument(getChartView(item, lang), siteRoot(site));
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { "content-type": "application/json+oembed; charset=utf-8" },
  });
};
