import type { APIRoute } from "astro";
import { chartEmbed } from "~/charts/embed";
import { oembedResponse } from "~/core/embedCode";
import { getCharts, getChartView, type ChartDefinition } from "~/charts/index";
import type { Lang } from "~/i18n";
import { langItemStaticPaths } from "~/site/routes";
import { siteRoot } from "~/core/urls";

/** The oEmbed document of each chart: `oembed/<id>.json` (中文) and `en/oembed/<id>.json`. */
export const getStaticPaths = () => langItemStaticPaths(getCharts(), "chart", (c) => c.id);

export const GET: APIRoute = ({ props, site }) => {
  const { lang, item } = props as { lang: Lang; item: ChartDefinition };
  const root = siteRoot(site);
  return oembedResponse(chartEmbed(getChartView(item, lang), root), root);
};
