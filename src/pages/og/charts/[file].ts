import type { APIRoute } from "astro";
import { getCharts, getChartView } from "~/charts/index";
import { getDict, langs, type Lang } from "~/i18n";
import { renderOgImage } from "~/core/ogImage";

/** An Open Graph card per chart and language (`og/charts/<id>.<lang>.png`), and one for the gallery. */
export function getStaticPaths() {
  return langs.flatMap((lang) => [
    { params: { file: `index.${lang}.png` }, props: { lang, chartId: null } },
    ...getCharts().map((chart) => ({
      params: { file: `${chart.id}.${lang}.png` },
      props: { lang, chartId: chart.id },
    })),
  ]);
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, chartId } = props as { lang: Lang; chartId: string | null };
  const t = getDict(lang);
  const chart = getCharts().find((c) => c.id === chartId);
  const view = chart ? getChartView(chart, lang) : null;
  const png = await renderOgImage({
    lang,
    kicker: t.charts.kicker,
    title: view ? view.title : t.charts.title,
    subtitle: view ? view.takeaway : t.charts.description,
  });
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
