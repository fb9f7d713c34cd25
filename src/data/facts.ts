import type { Bilingual } from "~/i18n/locales";
import { getCollectionMeta, getSiteData } from "./index";
import type { DatasetId } from "./registry";
import type { Qualifier } from "./schemas/common";
import type { Derivation } from "./schemas/observations";
import type { SourceRow } from "./schemas/sources";
import type { UnitId } from "./units";

/** The evidence behind a reported figure. */
export interface FactEvidence {
  source: SourceRow;
  quote: string;
  asWritten: string;
  /** True when the quote is a list entry as retyped in the research notes, not the page's words. */
  quoteReformatted: boolean;
}

/**
 * One citable figure of the site, whatever dataset it lives in: a number (with its unit), a date
 * (a completion day, a policy milestone) or a named item. Stories render facts only through this.
 */
export interface Fact {
  id: string;
  dataset: DatasetId;
  /** The place the figure is about (a place, county or site id). */
  entity: string;
  measure: Bilingual;
  /** Key shared with other sources' figures for the same measure, or null. */
  measureKey: string | null;
  value:
    | { type: "number"; number: number; unit: UnitId }
    | { type: "date"; date: string }
    | { type: "text"; text: Bilingual };
  qualifier: Qualifier;
  /** Date or period the figure refers to, or null. */
  period: string | null;
  /** True when the source does not state the period and it is inferred (said wherever it is shown). */
  periodInferred: boolean;
  status: "planned" | "completed" | "target" | "reported" | "adopted";
  preferred: boolean;
  /** Present for reported figures. */
  evidence: FactEvidence | null;
  /** Present for figures computed here. */
  derivation: Derivation | null;
  note: Bilingual | null;
}

let sourceCache: Map<string, SourceRow> | undefined;

/** Every source, by id. */
export function getSources(): Map<string, SourceRow> {
  if (!sourceCache) {
    sourceCache = new Map();
    for (const d of getSiteData().datasets) if (d.kind === "sources") for (const s of d.rows) sourceCache.set(s.id, s);
  }
  return sourceCache;
}

/** One source by id; throws for an unknown id. */
export function getSource(id: string): SourceRow {
  const source = getSources().get(id);
  if (!source) throw new Error(`unknown source "${id}"`);
  return source;
}

function buildFacts(): Map<string, Fact> {
  const data = getSiteData();
  const evidence = (e: { source: string; quote: string; asWritten: string; quoteReformatted?: boolean }) =>
    ({
      source: getSource(e.source),
      quote: e.quote,
      asWritten: e.asWritten,
      quoteReformatted: e.quoteReformatted ?? false,
    }) satisfies FactEvidence;
  const { measures } = getCollectionMeta();
  const facts = new Map<string, Fact>();
  const add = (fact: Fact) => facts.set(fact.id, fact);

  for (const dataset of data.datasets) {
    switch (dataset.kind) {
      case "observations":
        for (const row of dataset.rows) {
          add({
            id: row.id,
            dataset: dataset.id,
            entity: row.entity,
            measure: row.measure,
            measureKey: row.measureKey,
            value: { type: "number", number: row.value, unit: row.unit },
            qualifier: row.qualifier,
            period: row.period,
            periodInferred: row.periodInferred,
            status: row.status,
            preferred: row.preferred,
            evidence: row.kind === "reported" ? evidence(row) : null,
            derivation: row.kind === "derived" ? row.derivation : null,
            note: row.note,
          });
        }
        break;
      case "completion":
        for (const row of dataset.rows) {
          add({
            id: row.id,
            dataset: dataset.id,
            entity: row.entity,
            measure: measures["move-in-completed"],
            measureKey: "move-in-completed",
            value: { type: "date", date: row.date },
            qualifier: "exact",
            period: row.date,
            periodInferred: row.yearInferred,
            status: "completed",
            preferred: true,
            evidence: evidence(row),
            derivation: null,
            note: row.note,
          });
        }
        break;
      case "policy":
        for (const row of dataset.rows) {
          const value: Fact["value"] =
            row.value !== null && row.unit !== null
              ? { type: "number", number: row.value, unit: row.unit }
              : row.date !== null && row.kind === "milestone"
                ? { type: "date", date: row.date }
                : { type: "text", text: row.name };
          add({
            id: row.id,
            dataset: dataset.id,
            entity: "qianxinan",
            measure: row.name,
            measureKey: row.measureKey,
            value,
            qualifier: row.qualifier,
            period: row.date,
            periodInferred: false,
            status: row.status,
            preferred: row.preferred,
            evidence: evidence(row),
            derivation: null,
            note: row.note,
          });
        }
        break;
      case "sites":
        for (const row of dataset.rows) {
          for (const [field, unit] of [
            ["households", "households"],
            ["people", "persons"],
          ] as const) {
            const figure = row[field];
            if (!figure) continue;
            add({
              id: `${row.id}-${field}`,
              dataset: dataset.id,
              entity: row.id,
              measure: measures[`site-${field}`],
              measureKey: `site-${field}`,
              value: { type: "number", number: figure.value, unit },
              qualifier: figure.qualifier,
              period: figure.period,
              periodInferred: false,
              status: figure.status,
              preferred: true,
              evidence: evidence(figure),
              derivation: null,
              note: row.note,
            });
          }
        }
        break;
      default:
        break;
    }
  }
  return facts;
}

let cache: Map<string, Fact> | undefined;

/** Every fact, by id. */
export function getFacts(): Map<string, Fact> {
  cache ??= buildFacts();
  return cache;
}

/**
 * One fact by id. An unknown id throws with the id and, when given, the file and line that asked
 * for it, so a story citing a missing figure fails the build at the right place.
 */
export function getFact(id: string, from?: string): Fact {
  const fact = getFacts().get(id);
  if (!fact)
    throw new Error(
      `Unknown fact id "${id}"${from ? ` (cited in ${from})` : ""}. Facts are the row ids of the datasets in data/.`,
    );
  return fact;
}
