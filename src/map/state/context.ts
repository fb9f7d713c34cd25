/**
 * What every step of the map's state needs for one language: the dictionary, names looked up by
 * id (failing loudly on an unknown one), and the writers of figures and their citations.
 */
import { getDict } from "~/i18n";
import { factHref } from "~/core/urls";
import type { Lang } from "~/i18n/locales";
import { formatFactPeriod, formatQuantity } from "~/data/formatFact";
import type { Cited } from "../views";
import type { MapFigure, MapInput, MapSite, SourceRef } from "../types";

/** The input and the shared helpers of one language's state. */
export interface StateContext {
  input: MapInput;
  lang: Lang;
  /** The map's strings in `lang`. */
  t: ReturnType<typeof getDict>["map"];
  siteById: Map<string, MapSite>;
  /** Ids of the county-level units without a boundary (义龙新区): drawn in the inset. */
  boundaryless: Set<string>;
  countyName(id: string): string;
  siteName(id: string): string;
  /** Punctuation in `lang`. */
  punct: ReturnType<typeof getDict>["punct"];
  /** Joins names into a list (`、` or `, `). */
  join(items: string[]): string;
  /** Joins the parts of a phrase (`，` or `, `). */
  comma(items: string[]): string;
  cite(figure: { source: SourceRef | null; dataset: string; factId: string }): Cited;
  quantity(figure: MapFigure): string;
  periodText(figure: MapFigure): string;
}

/** The context of `input` in `lang`. */
export function stateContext(input: MapInput, lang: Lang): StateContext {
  const { map: t, punct } = getDict(lang);
  const countyById = new Map(input.counties.map((c) => [c.id, c]));
  const siteById = new Map(input.sites.map((s) => [s.id, s]));
  return {
    input,
    lang,
    t,
    siteById,
    boundaryless: new Set(input.counties.filter((c) => !c.hasBoundary).map((c) => c.id)),
    countyName(id) {
      const county = countyById.get(id);
      if (!county) throw new Error(`the map has no county "${id}"`);
      return county.name[lang];
    },
    siteName(id) {
      const site = siteById.get(id);
      if (!site) throw new Error(`the map has no site "${id}"`);
      return site.name[lang];
    },
    punct,
    join: (items) => items.join(punct.list),
    comma: (items) => items.join(punct.comma),
    cite: (figure) => ({
      source: figure.source,
      href: factHref({ dataset: figure.dataset, id: figure.factId }, lang),
    }),
    quantity: (f) => formatQuantity(f.value, f.unit, f.qualifier, lang),
    periodText: (f) => formatFactPeriod(f, lang) ?? "",
  };
}

/** Sources without repeats, in id order (S2 before S10). */
export function uniqueSources(refs: (SourceRef | null | undefined)[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const ref of refs) if (ref && !seen.has(ref.id)) seen.set(ref.id, ref);
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
}
