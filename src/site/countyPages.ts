/**
 * A page per county-level unit (the eight counties and cities, and 义龙新区): everything the data
 * says about it, gathered from the datasets and never typed by hand. Routes and components read
 * only `getCountyPage`; the rules for what belongs to a county live here, where tests reach them.
 */
import { getDisagreements, type Disagreement } from "~/data/conflicts";
import { getFacts, type Fact } from "~/data/facts";
import { getDataset, getSiteData } from "~/data/index";
import type { DatasetId } from "~/data/registry";
import type { Bilingual } from "~/i18n/locales";
import type { GapRow } from "~/data/schemas/meta";
import type { CountyRow, PlaceRow } from "~/data/schemas/places";
import type { SiteRow } from "~/data/schemas/sites";
import type { SourceRow } from "~/data/schemas/sources";
import { type Lang } from "~/i18n";
import { factHref, storyPath } from "~/core/urls";
import { formatFactValue } from "~/data/formatFact";
import { findFactIds } from "./storyCheck";
import { countyShortNames } from "~/data/places";

/** Every county-level unit, in the order of the counties dataset. */
export function getCountyRows(): CountyRow[] {
  return getDataset("counties", "counties").rows;
}

/** The ids of every place a figure can be about that lies in the county: itself, its townships, sub-districts, schools and resettlement sites. */
export function getCountyEntities(countyId: string): Set<string> {
  const places = getDataset("places", "places").rows;
  const parentOf = new Map(places.map((p) => [p.id, p.parent]));
  const inCounty = (id: string): boolean => {
    const seen = new Set<string>();
    let at: string | null | undefined = id;
    while (at && !seen.has(at)) {
      if (at === countyId) return true;
      seen.add(at);
      at = parentOf.get(at);
    }
    return false;
  };
  const ids = new Set([countyId]);
  for (const p of places) if (inCounty(p.id)) ids.add(p.id);
  for (const s of getDataset("resettlement-sites", "sites").rows) if (s.county === countyId) ids.add(s.id);
  return ids;
}

/** The county a place, site or county id lies in, or null (the prefecture, the province). */
export function countyOfEntity(entity: string): string | null {
  for (const c of getCountyRows()) if (getCountyEntities(c.id).has(entity)) return c.id;
  return null;
}

/** A figure as a county page shows it: the rendered value with everything needed to cite it. */
export interface CountyFigure {
  fact: Fact;
  /** The place the figure is about (the county, or a township or site in it). */
  place: Bilingual;
  value: string;
  source: SourceRow | null;
  /** The figure's row on its dataset page. */
  href: string;
}

/** The topics of a county page, each fed by datasets. */
export const countySections = [
  { key: "population", datasets: ["population-and-area"] },
  { key: "relocation", datasets: ["relocation", "sanbao-case", "resettlement-sites"] },
  { key: "services", datasets: ["services", "social-security"] },
  { key: "employment", datasets: ["employment"] },
  { key: "governance", datasets: ["governance"] },
  { key: "land", datasets: ["land-and-desertification"] },
] as const satisfies readonly { key: string; datasets: readonly DatasetId[] }[];

/** A topic of a county page. */
export type CountySectionKey = (typeof countySections)[number]["key"];

/** A move into or out of the county, from the sites dataset. */
export interface CountyMove {
  site: SiteRow;
  /** The county the site is in. */
  to: CountyRow;
  /** The counties its residents came from. */
  from: CountyRow[];
}

/** A story that mentions the county. */
export interface CountyStory {
  slug: string;
  title: string;
  href: string;
}

/** A story as the county page needs it: its slug, title and MDX source, in one language. */
export interface StoryText {
  slug: string;
  title: string;
  body: string;
}

/** Everything a county page shows. */
export interface CountyPage {
  county: CountyRow;
  /** Townships, towns, sub-districts and schools in it. */
  divisions: PlaceRow[];
  /** When it completed its move-in task (2019). */
  completion: CountyFigure[];
  /** Figures for people or households moved, in or out of places in it; empty when no source gives one. */
  moved: CountyFigure[];
  sections: { key: CountySectionKey; figures: CountyFigure[] }[];
  /** Measures of it on which sources disagree. */
  disagreements: Disagreement[];
  sites: SiteRow[];
  movesIn: CountyMove[];
  movesOut: CountyMove[];
  /** Whole townships of the county that moved, and where to. */
  townshipMoves: { township: PlaceRow; site: SiteRow }[];
  stories: CountyStory[];
  gaps: GapRow[];
}

function nameIndex(): Map<string, Bilingual> {
  const names = new Map<string, Bilingual>();
  for (const c of getCountyRows()) names.set(c.id, c.name);
  for (const p of getDataset("places", "places").rows) names.set(p.id, p.name);
  for (const s of getDataset("resettlement-sites", "sites").rows) names.set(s.id, s.name);
  return names;
}

/** A fact with its rendered value, place and links. */
export function buildCountyFigure(fact: Fact, lang: Lang, names = nameIndex()): CountyFigure {
  const place = names.get(fact.entity);
  if (!place) throw new Error(`county page: no place named "${fact.entity}" (fact ${fact.id})`);
  return {
    fact,
    place,
    value: formatFactValue(fact, lang),
    source: fact.evidence?.source ?? null,
    href: factHref(fact, lang),
  };
}

/** True for a figure of people or households moved (a relocation head-count), whatever its source calls the measure. */
export function isMovedFigure(fact: Fact): boolean {
  return (
    fact.value.type === "number" &&
    (fact.value.unit === "persons" || fact.value.unit === "households") &&
    /relocat|moved|site-(people|households)/.test(fact.measureKey ?? "")
  );
}

/**
 * The gaps that concern a county: those about every county (their id starts with `county-`:
 * head-counts, areas, census, desertification by county), and those whose text names it.
 */
export function countyGaps(county: CountyRow, gaps: readonly GapRow[]): GapRow[] {
  const short = countyShortNames(county);
  return gaps.filter((g) => g.id.startsWith("county-") || g.text.zh.includes(short.zh) || g.text.en.includes(short.en));
}

/**
 * Stories that mention a county: by name in their text, by citing a figure about a place in it,
 * or by a map focused on it.
 */
export function countyStories(
  county: CountyRow,
  entities: ReadonlySet<string>,
  stories: readonly StoryText[],
  lang: Lang,
): CountyStory[] {
  const facts = getFacts();
  const short = countyShortNames(county)[lang];
  return stories
    .filter(
      (s) =>
        s.body.includes(short) ||
        s.body.includes(`focus="${county.id}"`) ||
        findFactIds(s.body).some(({ text }) => entities.has(facts.get(text)?.entity ?? "")),
    )
    .map((s) => ({ slug: s.slug, title: s.title, href: storyPath(s.slug, lang) }));
}

/** Gathers a county page; `stories` are the stories of the page's language. */
export function getCountyPage(id: string, lang: Lang, stories: readonly StoryText[] = []): CountyPage {
  const counties = getCountyRows();
  const county = counties.find((c) => c.id === id);
  if (!county)
    throw new Error(`getCountyPage: unknown county "${id}"; expected one of ${counties.map((c) => c.id).join(", ")}`);
  const entities = getCountyEntities(id);
  const names = nameIndex();
  const facts = [...getFacts().values()].filter((f) => entities.has(f.entity));
  const figure = (f: Fact) => buildCountyFigure(f, lang, names);

  const completion = facts.filter((f) => f.dataset === "completion-2019").map(figure);
  const movedFacts = facts.filter(isMovedFigure);
  const sections = countySections.map(({ key, datasets }) => ({
    key,
    figures: facts
      .filter((f) => (datasets as readonly string[]).includes(f.dataset) && !movedFacts.includes(f))
      .map(figure),
  }));

  const places = getDataset("places", "places").rows;
  const sites = getDataset("resettlement-sites", "sites").rows;
  const countyById = new Map(counties.map((c) => [c.id, c]));
  const toMove = (site: SiteRow): CountyMove => ({
    site,
    to: countyById.get(site.county) ?? county,
    from: site.origins.flatMap((o) => countyById.get(o) ?? []),
  });

  return {
    county,
    divisions: places.filter((p) => p.id !== id && entities.has(p.id)),
    completion,
    moved: movedFacts.map(figure),
    sections,
    disagreements: getDisagreements().filter((d) => entities.has(d.facts[0]?.entity ?? "")),
    sites: sites.filter((s) => s.county === id),
    movesIn: sites.filter((s) => s.county === id && s.origins.some((o) => o !== id)).map(toMove),
    movesOut: sites.filter((s) => s.county !== id && s.origins.includes(id)).map(toMove),
    townshipMoves: sites.flatMap((site) =>
      site.wholeTownships.flatMap((t) => {
        const township = places.find((p) => p.id === t);
        return township && entities.has(township.id) ? [{ township, site }] : [];
      }),
    ),
    stories: countyStories(county, entities, stories, lang),
    gaps: countyGaps(county, getSiteData().gaps),
  };
}

/** Every fact id a county page shows (the completion date, head-counts and every section). */
export function countyPageFactIds(page: CountyPage): string[] {
  return [...page.completion, ...page.moved, ...page.sections.flatMap((s) => s.figures)].map((f) => f.fact.id);
}
