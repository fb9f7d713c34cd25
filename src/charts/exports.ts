import Papa from "papaparse";
import { langs, type Lang } from "~/i18n";
import { graphicCredit, sourceLineText } from "~/data/citation";
import { renderPng } from "~/core/png";
import { paper } from "~/core/palette";
import { getCharts, getChartView, type ChartView } from "./index";
import { chartDocument, frameSvg } from "./svg";
import { absoluteUrl, chartFilePath, chartPagePath, type ChartFileKind } from "~/core/urls";

/** Layout widths of the exported images; each PNG is scaled up from its layout to its pixel width. */
export const exportLayouts: Record<Exclude<ChartFileKind, "csv">, { layout: number; pixels: number | null }> = {
  // The SVG is laid out for print and large screens.
  svg: { layout: 800, pixels: null },
  // 640 px for WeChat and phones: laid out for a phone screen, so its text stays readable there.
  "png-640": { layout: 320, pixels: 640 },
  "png-1200": { layout: 560, pixels: 1200 },
};

/** One downloadable file of a chart. */
export interface ChartFile {
  /** Relative to the site root, e.g. `charts/rocky-desertification.zh.svg`. */
  path: string;
  chartId: string;
  lang: Lang;
  kind: ChartFileKind;
  mediaType: string;
}

const mediaTypes: Record<ChartFileKind, string> = {
  svg: "image/svg+xml",
  "png-640": "image/png",
  "png-1200": "image/png",
  csv: "text/csv; charset=utf-8",
};

/** A chart's four files in a language: CSV, SVG, and PNG at 640 and 1200 px wide. */
export function chartFiles(chartId: string, lang: Lang): ChartFile[] {
  return (["csv", "svg", "png-640", "png-1200"] as const).map((kind) => ({
    path: chartFilePath(chartId, lang, kind),
    chartId,
    lang,
    kind,
    mediaType: mediaTypes[kind],
  }));
}

/** Every chart file in both languages. */
export function listChartFiles(): ChartFile[] {
  return getCharts().flatMap((chart) => langs.flatMap((lang) => chartFiles(chart.id, lang)));
}

/** The source line as text, as the chart page writes it: the sources with their grades, the site and the licence. */
export function chartCredit(view: ChartView): string {
  return sourceLineText(view.sources, view.lang, [graphicCredit("chart", view.lang)]);
}

/** The stand-alone SVG of a chart laid out at a width, with its title, credit and link drawn in. */
export function exportSvg(view: ChartView, layoutWidth: number, siteUrl: string): string {
  const chart = view.chart.render(view.data, { width: layoutWidth, lang: view.lang, document: chartDocument() });
  const svg = frameSvg(chart, layoutWidth, {
    title: view.title,
    subtitle: view.subtitle,
    credit: chartCredit(view),
    url: absoluteUrl(chartPagePath(view.chart.id, view.lang), siteUrl),
    desc: view.alt,
  });
  // The CJK font draws curly quotes full-width; English text reads better with straight ones there.
  return view.lang === "en" ? svg.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : svg;
}

/** The figures of a chart as CSV: one row per figure shown, with its unit, date, source and quote. */
export function chartCsv(view: ChartView): string {
  const fields = [
    "fact_id",
    "group",
    "label",
    "value",
    "value_text",
    "unit",
    "qualifier",
    "period",
    "period_inferred",
    "status",
    "computed",
    "source",
    "grade",
    "as_written",
    "quote",
    "dataset",
  ];
  const data = view.entries.map(({ fact, group, label, valueText }) => [
    fact.id,
    group ?? "",
    label,
    fact.value.type === "number" ? String(fact.value.number) : fact.value.type === "date" ? fact.value.date : "",
    valueText,
    fact.value.type === "number" ? fact.value.unit : fact.value.type,
    fact.qualifier,
    fact.period ?? "",
    String(fact.periodInferred),
    fact.status,
    String(fact.derivation !== null),
    fact.evidence?.source.id ?? "",
    fact.evidence?.source.grade ?? "",
    fact.evidence?.asWritten ?? "",
    fact.evidence?.quote ?? "",
    fact.dataset,
  ]);
  return `${Papa.unparse({ fields, data }, { newline: "\r\n" })}\r\n`;
}

/** Width and height of a PNG, read from its header. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (bytes.byteLength < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error("not a PNG");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const cache = new Map<string, Promise<Uint8Array>>();

async function makeFile(file: ChartFile, siteUrl: string): Promise<Uint8Array> {
  const chart = getCharts().find((c) => c.id === file.chartId);
  if (!chart) throw new Error(`no chart "${file.chartId}"`);
  const view = getChartView(chart, file.lang);
  if (file.kind === "csv") return new TextEncoder().encode(chartCsv(view));
  const { layout, pixels } = exportLayouts[file.kind];
  const svg = exportSvg(view, layout, siteUrl);
  if (pixels === null) return new TextEncoder().encode(`${svg}\n`);
  return renderPng(svg, pixels, paper);
}

/**
 * The bytes of a chart file, made once per process, so that the size shown on the chart page and
 * the file served are the same. `siteUrl` is the site root (origin and base path).
 */
export function buildChartFile(path: string, siteUrl: string): Promise<Uint8Array> {
  const key = `${siteUrl}|${path}`;
  let bytes = cache.get(key);
  if (!bytes) {
    const file = listChartFiles().find((f) => f.path === path);
    if (!file) throw new Error(`no chart file at ${path}`);
    bytes = makeFile(file, siteUrl);
    cache.set(key, bytes);
  }
  return bytes;
}
