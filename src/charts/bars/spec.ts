import { getFact, type Fact } from "~/data/facts";
import { getDict } from "~/i18n";
import type { Lang } from "~/i18n/locales";
import type { Tone } from "~/core/palette";
import { factSourceId, markComputed, resolveText } from "../figures";
import type { BarChartData, BarGroup, BarRow, ChartText, Figures } from "../types";

/** One bar, declared by the fact it draws. */
export interface BarRowSpec {
  fact: string;
  /** The label; defaults to what the fact measures. Computed figures are marked as such either way. */
  label?: ChartText;
  /** Further facts written after the value, e.g. a share beside a count. */
  extra?: string[];
  tone: Tone;
  /** A short word after the label. */
  flag?: ChartText;
}

/** A group of bars under a heading. */
export interface BarGroupSpec {
  key: string;
  label?: ChartText;
  /** A fact stating the whole the bars are parts of: its value is written after the heading and drawn as a track. */
  total?: string;
  /** The bars are percentages of one whole (100%), drawn over a full-width track. */
  percentWhole?: boolean;
  /** The bars are consecutive parts of the whole: each starts where the previous one ends. */
  stack?: boolean;
  rows: BarRowSpec[];
}

/** A bar chart, declared by its facts. */
export interface BarSpec {
  scale: "shared" | "per-group";
  groups: BarGroupSpec[];
}

function numberOf(fact: Fact): number {
  if (fact.value.type !== "number") throw new Error(`fact "${fact.id}" is not a number and cannot be drawn as a bar`);
  return fact.value.number;
}

/** The tooltip of a figure: label, value and where it comes from. */
export function tipOf(label: string, valueText: string, fact: Fact, lang: Lang): string {
  const { charts: t, punct } = getDict(lang);
  const source = factSourceId(fact);
  const origin = source
    ? `${t.source}${punct.colon}${source}`
    : `${t.computedFrom}${punct.colon}${(fact.derivation?.inputs ?? []).join(", ")}`;
  return `${label}${punct.colon}${valueText} (${origin})`;
}

/** Joins the value of a fact with the values of further facts: `127,551 people · 82%`. */
export function joinValues(ids: string[], fig: Figures): string {
  return ids.map((id) => fig.value(id)).join(" · ");
}

/** Reads a declared bar chart's figures from the data, in a language. */
export function buildBars(spec: BarSpec, lang: Lang, fig: Figures): BarChartData {
  const groups: BarGroup[] = spec.groups.map((group) => {
    let cursor = 0;
    const rows: BarRow[] = group.rows.map((row) => {
      const fact = getFact(row.fact);
      const value = numberOf(fact);
      const label = markComputed(row.label ? resolveText(row.label, lang, fig) : fact.measure[lang], fact, lang);
      const valueText = joinValues([row.fact, ...(row.extra ?? [])], fig);
      const start = group.stack ? cursor : 0;
      cursor += value;
      return {
        key: row.fact,
        factIds: [row.fact, ...(row.extra ?? [])],
        label,
        valueText,
        value,
        start,
        tone: row.tone,
        computed: fact.derivation !== null,
        flag: row.flag ? resolveText(row.flag, lang, fig) : null,
        tip: tipOf(label, valueText, fact, lang),
      };
    });
    const total = group.total ? getFact(group.total) : null;
    return {
      key: group.key,
      label: group.label ? resolveText(group.label, lang, fig) : null,
      valueText: total ? fig.value(total.id) : null,
      totalFactId: total?.id ?? null,
      // A share of a whole runs to 100%: the track shows the whole, not a figure.
      whole: total ? numberOf(total) : group.percentWhole ? 100 : null,
      rows,
    };
  });
  return { kind: "bars", scale: spec.scale, groups };
}
