/**
 * Every evidence row of every dataset as one register: the figure as rendered, what it measures,
 * where and when, its source and grade, the verbatim quote and its permalink. The evidence
 * explorer shows it; county pages and their downloads take the rows of one county from it.
 */
import { getFacts, type Fact } from "~/data/facts";
import { getDatasets } from "~/data/index";
import type { DatasetId } from "~/data/registry";
import type { Bilingual } from "~/i18n/locales";
import { getDict, type Lang } from "~/i18n";
import { countyOfEntity } from "./countyPages";
import { getPlaceName } from "~/data/places";
import type { EvidenceKeys } from "~/core/evidenceFilter";
import { formatFactValue } from "~/data/formatFact";
import { factHref } from "~/core/urls";
import type { TableColumn } from "~/core/tableCells";

/** The status a reader filters by: what the source says the figure is, or "computed" for ours. */
export type EvidenceStatus = Fact["status"] | "computed";

/** One row of the register, in one language. */
export interface EvidenceRow extends EvidenceKeys {
  fact: Fact;
  dataset: DatasetId;
  topicTitle: string;
  place: string;
  measure: string;
  figure: string;
  status: EvidenceStatus;
  /** Source id and grade, or "" for a computed figure. */
  quote: string;
  asWritten: string;
  /** The figure's row on its dataset page. */
  href: string;
}

/** A topic of the register: a dataset, with its rows in the dataset's order. */
export interface EvidenceTopic {
  id: DatasetId;
  title: string;
  rows: EvidenceRow[];
}

const countyCache = new Map<string, string | null>();

function countyOf(entity: string): string {
  if (!countyCache.has(entity)) countyCache.set(entity, countyOfEntity(entity));
  return countyCache.get(entity) ?? "";
}

/** One fact as a register row. */
export function buildEvidenceRow(fact: Fact, lang: Lang, topicTitle: Bilingual): EvidenceRow {
  const place = getPlaceName(fact.entity, lang);
  const measure = fact.measure[lang];
  const figure = formatFactValue(fact, lang);
  const status: EvidenceStatus = fact.derivation ? "computed" : fact.status;
  const quote = fact.evidence?.quote ?? "";
  return {
    id: fact.id,
    fact,
    dataset: fact.dataset,
    topic: fact.dataset,
    topicTitle: topicTitle[lang],
    county: countyOf(fact.entity),
    source: fact.evidence?.source.id ?? "",
    grade: fact.evidence?.source.grade ?? "",
    period: fact.period ?? "",
    status,
    place,
    measure,
    figure,
    quote,
    asWritten: fact.evidence?.asWritten ?? "",
    href: factHref(fact, lang),
    value: fact.value.type === "number" ? fact.value.number : Number.NaN,
    text: [fact.measure.zh, fact.measure.en, place, figure, quote, fact.id].join(" "),
  };
}

/** The register in a language: every fact of every dataset, grouped by dataset in registry order. */
export function getEvidenceTopics(lang: Lang): EvidenceTopic[] {
  const facts = [...getFacts().values()];
  return getDatasets()
    .map((d) => ({
      id: d.id,
      title: d.meta.title[lang],
      rows: facts.filter((f) => f.dataset === d.id).map((f) => buildEvidenceRow(f, lang, d.meta.title)),
    }))
    .filter((t) => t.rows.length > 0);
}

/** The status as the page writes it. */
export function statusLabel(status: EvidenceStatus, lang: Lang): string {
  const t = getDict(lang);
  return status === "computed" ? t.countyPage.computed : t.status[status];
}

/** The columns of the evidence register's tables: each topic's, and the flat one the filters fill. */
export function evidenceColumns(lang: Lang): TableColumn[] {
  const e = getDict(lang).evidence;
  return [
    { label: e.figure },
    { label: e.measure, wide: true },
    { label: e.period },
    { label: e.quote, wide: true },
    { label: e.permalink },
  ];
}
