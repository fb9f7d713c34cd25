import { getChart, getChartView } from "~/charts/index";
import { retiredCharts } from "~/charts/retired";
import {
  assetPath,
  chartFilePath,
  chartPagePath,
  embedPagePath,
  oembedPath,
  ogImagePath,
  type ChartFileKind,
} from "~/core/urls";
import { langs, type Lang } from "~/i18n";
import { langItemStaticPaths } from "./routes";

/** A retired chart's old URL and the new chart's URL that replaces it, as site paths. */
export interface ChartRedirect {
  from: string;
  to: string;
}

const fileKinds: ChartFileKind[] = ["svg", "png-640", "png-1200", "csv"];

/**
 * Every URL of a retired chart and where it now leads, in each language: its page, its embed,
 * its oEmbed document, its social card and its downloads, each to the same of the chart that
 * replaced it. Written to `_redirects` as 301s; the pages and embeds also get a redirect page.
 */
export function retiredChartRedirects(): ChartRedirect[] {
  return retiredCharts.flatMap(({ id, replacedBy: to }) =>
    langs.flatMap((lang) => [
      { from: chartPagePath(id, lang), to: chartPagePath(to, lang) },
      { from: embedPagePath(id, lang), to: embedPagePath(to, lang) },
      { from: oembedPath(id, lang), to: oembedPath(to, lang) },
      { from: ogImagePath(`charts/${id}`, lang), to: ogImagePath(`charts/${to}`, lang) },
      ...fileKinds.map((kind) => ({
        from: assetPath(chartFilePath(id, lang, kind)),
        to: assetPath(chartFilePath(to, lang, kind)),
      })),
    ]),
  );
}

/** The host redirect file (Netlify, Cloudflare Pages): one `from to 301` line per old URL. */
export function redirectsFile(): string {
  const lines = retiredChartRedirects().map(({ from, to }) => `${from} ${to} 301`);
  return `# Charts merged into another (src/charts/retired.ts): their old URLs lead to the new chart.\n${lines.join("\n")}\n`;
}

/** Static paths of the redirect pages: one per retired chart and language. */
export const retiredChartPaths = () => langItemStaticPaths(retiredCharts, "retired", (c) => c.id);

/** What a redirect page of a retired chart shows: the new chart's title and its page or embed. */
export function retiredChartTarget(id: string, lang: Lang, kind: "page" | "embed"): { title: string; path: string } {
  const retired = retiredCharts.find((c) => c.id === id);
  if (!retired) throw new Error(`"${id}" is not a retired chart (src/charts/retired.ts)`);
  const view = getChartView(getChart(retired.replacedBy), lang);
  return { title: view.title, path: (kind === "page" ? chartPagePath : embedPagePath)(retired.replacedBy, lang) };
}
