import { getFact, getSource, type Fact } from "~/data/facts";
import type { DatasetId } from "~/data/registry";
import type { SourceRow } from "~/data/schemas/sources";
import { getDict } from "~/i18n";
import type { Lang } from "~/i18n/locales";
import { makeFigures, resolveText } from "./figures";
import { chartRegistry } from "./registry";
import { chartDocument, labelSvg } from "./svg";
import type { ChartData, ChartDefinition, Figures } from "./types";

export type { ChartDefinition } from "./types";

/**
 * The widths a chart is laid out for on the page. CSS shows the one that fits its container
 * (see `.chart-variants` in global.css), so labels keep a readable size from 320 px to 1200 px.
 */
export const pageVariants = [
  { name: "s", width: 320 },
  { name: "m", width: 520 },
  { name: "l", width: 800 },
] as const;

/** A chart's page variant name. */
export type VariantName = (typeof pageVariants)[number]["name"];

/** Every chart, in gallery order. */
export function getCharts(): readonly ChartDefinition[] {
  return chartRegistry;
}

/** One chart by id; throws for an unknown id. */
export function getChart(id: string): ChartDefinition {
  const chart = chartRegistry.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart "${id}"; charts are declared in src/charts/registry.ts`);
  return chart;
}

/** One figure shown in a chart, as the data table and the sources list present it. */
export interface ChartEntry {
  fact: Fact;
  /** The group heading it sits under, or null. */
  group: string | null;
  label: string;
  valueText: string;
}

/** A chart in one language: its texts, data, the figures it shows and where they come from. */
export interface ChartView {
  chart: ChartDefinition;
  lang: Lang;
  data: ChartData;
  title: string;
  subtitle: string;
  takeaway: string;
  /** The note drawn on the chart beside its highlighted mark. */
  annotation: string;
  /** The alt text: the chart's description followed by every figure it draws. */
  alt: string;
  notes: string[];
  /** Notes of individual figures, repeated under the chart. */
  factNotes: { fact: Fact; text: string }[];
  entries: ChartEntry[];
  /** The facts drawn, once each, with the inputs of computed ones. */
  facts: Fact[];
  sources: SourceRow[];
  datasets: DatasetId[];
}

/** The figures a chart shows, in reading order (a group's stated whole first, then its bars). */
export function chartEntries(data: ChartData, fig: Figures): ChartEntry[] {
  if (data.kind === "timeline") {
    return data.rows.map((row) => ({ fact: getFact(row.key), group: null, label: row.label, valueText: row.dateText }));
  }
  if (data.kind === "flow") {
    return data.sites.flatMap((site) =>
      site.factIds.map((id) => ({
        fact: getFact(id),
        group: site.label,
        label: fig.measure(id),
        valueText: fig.value(id),
      })),
    );
  }
  return data.groups.flatMap((group) => [
    ...(group.totalFactId
      ? [
          {
            fact: getFact(group.totalFactId),
            group: group.label,
            label: group.label ?? fig.measure(group.totalFactId),
            valueText: group.valueText ?? "",
          },
        ]
      : []),
    ...group.rows.flatMap((row) =>
      row.factIds.map((id, i) => ({
        fact: getFact(id),
        group: group.label,
        label: i === 0 ? (row.flag ? `${row.label} · ${row.flag}` : row.label) : fig.measure(id),
        valueText: fig.value(id),
      })),
    ),
  ]);
}

/** Every fact behind the entries: each drawn fact once, then the inputs of the computed ones. */
function factsBehind(entries: ChartEntry[]): Fact[] {
  const seen = new Map<string, Fact>();
  const visit = (fact: Fact) => {
    if (seen.has(fact.id)) return;
    seen.set(fact.id, fact);
    for (const input of fact.derivation?.inputs ?? []) visit(getFact(input));
  };
  for (const entry of entries) visit(entry.fact);
  return [...seen.values()];
}

/** The alt text: a description, the note drawn on the chart, then every group and figure, in the page's language. */
export function altText(intro: string, data: ChartData, lang: Lang): string {
  const { colon, comma, semicolon, stop: end, space } = getDict(lang).punct;
  const body =
    data.kind === "timeline"
      ? data.rows.map((r) => `${r.label} ${r.dateText}`).join(semicolon)
      : data.kind === "flow"
        ? data.sites
            .map((s) => `${s.label} ${s.valueText}${colon}${s.links.map((l) => `${l.label} → ${s.label}`).join(comma)}`)
            .join(semicolon)
        : data.groups
            .map((g) => {
              const rows = g.rows.map((r) => `${r.label}${r.flag ? ` (${r.flag})` : ""} ${r.valueText}`).join(comma);
              const head = g.label ? `${g.label}${g.valueText ? ` ${g.valueText}` : ""}${colon}` : "";
              return `${head}${rows}`;
            })
            .join(semicolon);
  const note = data.annotation
    ? `${data.annotation.text}${/[。.!?！？]$/.test(data.annotation.text) ? "" : end}${space}`
    : "";
  return `${intro}${space}${note}${body}${end}`;
}

const views = new Map<string, ChartView>();

/** A chart's texts, data, figures and sources in a language (built once per process). */
export function getChartView(chart: ChartDefinition, lang: Lang): ChartView {
  const key = `${chart.id}|${lang}`;
  const cached = views.get(key);
  if (cached) return cached;
  const fig = makeFigures(lang);
  const annotation = resolveText(chart.annotation.text, lang, fig);
  const { marks } = chart.annotation;
  const data: ChartData = {
    ...chart.build(lang, fig),
    annotation: { text: annotation, marks: typeof marks === "function" ? marks() : marks },
  };
  const entries = chartEntries(data, fig);
  const facts = factsBehind(entries);
  // A flow's origins are cited by their own source, which may be none of its figures'.
  const flowSources = data.kind === "flow" ? data.sites.map((s) => s.sourceId) : [];
  const sourceIds = [...new Set([...facts.flatMap((f) => (f.evidence ? [f.evidence.source.id] : [])), ...flowSources])];
  const view: ChartView = {
    chart,
    lang,
    data,
    title: resolveText(chart.title, lang, fig),
    subtitle: resolveText(chart.subtitle, lang, fig),
    takeaway: resolveText(chart.takeaway, lang, fig),
    annotation,
    alt: altText(resolveText(chart.alt, lang, fig), data, lang),
    notes: chart.notes.map((note) => resolveText(note, lang, fig)),
    factNotes: chart.noteFacts.map((id) => {
      const fact = getFact(id);
      if (!fact.note) throw new Error(`chart "${chart.id}" repeats the note of "${id}", which has none`);
      return { fact, text: fact.note[lang] };
    }),
    entries,
    facts,
    sources: sourceIds.map((id) => getSource(id)),
    datasets: [...new Set(facts.map((f) => f.dataset))],
  };
  views.set(key, view);
  return view;
}

/** Renders a chart at a width as an accessible SVG element (title and description tied to it). */
export function renderChartElement(view: ChartView, width: number, idPrefix: string): SVGSVGElement {
  const svg = view.chart.render(view.data, { width, lang: view.lang, document: chartDocument() });
  return labelSvg(svg, { id: idPrefix, title: view.title, desc: view.alt });
}

/**
 * The page markup of a chart: one SVG per layout width, each marked with its variant so that CSS
 * shows the one that fits. Only the visible one is exposed to assistive technology.
 */
export function renderChartVariants(
  view: ChartView,
  idPrefix: string,
  variants: readonly VariantName[] = ["s", "m", "l"],
): string {
  return pageVariants
    .filter((v) => variants.includes(v.name))
    .map((v) => {
      const svg = renderChartElement(view, v.width, `${idPrefix}-${v.name}`);
      svg.setAttribute("data-variant", v.name);
      return svg.outerHTML;
    })
    .join("");
}
