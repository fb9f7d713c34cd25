import { chartCitation, chartEmbed } from "~/charts/embed";
import { iframeCode, oembedLink, scriptCode, staticCode } from "~/core/embedCode";
import { buildChartFile, chartFiles, type ChartFile } from "~/charts/exports";
import { getChartView, type ChartDefinition, type ChartView } from "~/charts/index";
import { absoluteUrl, chartPagePath, ogImagePath, assetPath, datasetPagePath } from "~/core/urls";
import { getDataRelease } from "~/data/downloads";
import { getDict, type Lang } from "~/i18n";

/** A chart file with its URL and size, for download links. */
export interface ChartDownload extends ChartFile {
  href: string;
  bytes: number;
  label: string;
}

/** Everything a chart page shows besides the chart: downloads, embed codes, citation, links. */
export interface ChartPage {
  view: ChartView;
  downloads: ChartDownload[];
  embed: { iframe: string; script: string; static: string };
  citation: string;
  permalink: string;
  ogImage: string;
  oembed: { type: string; href: string; title: string }[];
  changelog: string;
}

/** Gathers a chart page's parts; `siteUrl` is the site root (origin and base path). */
export async function getChartPage(chart: ChartDefinition, lang: Lang, siteUrl: string): Promise<ChartPage> {
  const t = getDict(lang);
  const view = getChartView(chart, lang);
  const labels = { csv: t.charts.csv, svg: t.charts.svg, "png-640": t.charts.png640, "png-1200": t.charts.png1200 };
  const downloads = await Promise.all(
    chartFiles(chart.id, lang).map(async (file) => ({
      ...file,
      href: assetPath(file.path),
      bytes: (await buildChartFile(file.path, siteUrl)).byteLength,
      label: labels[file.kind],
    })),
  );
  const embed = chartEmbed(view, siteUrl);
  return {
    view,
    downloads,
    embed: {
      iframe: iframeCode(embed, siteUrl),
      script: scriptCode(embed, siteUrl),
      static: await staticCode(embed, siteUrl),
    },
    citation: chartCitation(view, siteUrl),
    permalink: absoluteUrl(chartPagePath(chart.id, lang), siteUrl),
    ogImage: ogImagePath(`charts/${chart.id}`, lang),
    oembed: [oembedLink(embed)],
    changelog: `${dataPagePath(view, lang)}#changelog`,
  };
}

function dataPagePath(view: ChartView, lang: Lang): string {
  return datasetPagePath(view.chart.datasets[0], lang);
}

/** The current data version, written into embed URLs. */
export function dataVersion(): string {
  return getDataRelease().version;
}
