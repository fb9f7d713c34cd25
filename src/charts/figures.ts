import { getFact, type Fact } from "~/data/facts";
import { getDatasets } from "~/data/index";
import type { Lang } from "~/i18n/locales";
import { getPlaceName } from "~/data/places";
import { formatDate } from "~/core/format";
import { formatFactValue } from "~/data/formatFact";
import type { ChartText, Figures } from "./types";

/** The date a fact refers to: its own date for dated facts, else its period. */
export function factDate(fact: Fact): string | null {
  return fact.value.type === "date" ? fact.value.date : fact.period;
}

/** Figures formatted from the data for a language. */
export function makeFigures(lang: Lang): Figures {
  return {
    value: (id) => formatFactValue(getFact(id), lang),
    number: (id) => formatFactValue(getFact(id), lang, { withUnit: false }),
    date: (id) => {
      const date = factDate(getFact(id));
      if (date === null) throw new Error(`fact "${id}" has no date or period`);
      return formatDate(date, lang);
    },
    measure: (id) => getFact(id).measure[lang],
    place: (id) => getPlaceName(id, lang),
    datasetTitle: (id) => {
      const dataset = getDatasets().find((d) => d.id === id);
      if (!dataset) throw new Error(`unknown dataset "${id}"`);
      return dataset.meta.title[lang];
    },
  };
}

/** A chart text in one language, with its figures filled in. */
export function resolveText(text: ChartText, lang: Lang, fig: Figures): string {
  const local = text[lang];
  return typeof local === "string" ? local : local(fig);
}

/** The id of the source a fact cites, or null for a figure computed here. */
export function factSourceId(fact: Fact): string | null {
  return fact.evidence?.source.id ?? null;
}

/** The words marking a computed figure, per language. */
export const computedMark: Record<Lang, string> = { zh: "（本站计算）", en: " (computed)" };

/** Appends the computed mark to a label unless the label already says so. */
export function markComputed(label: string, fact: Fact, lang: Lang): string {
  if (fact.derivation === null) return label;
  const already = lang === "zh" ? /本站计算/.test(label) : /\(computed\)/i.test(label);
  return already ? label : `${label}${computedMark[lang]}`;
}
