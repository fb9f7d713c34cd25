/**
 * The map's state: pure derivations from its input for one language — the colour of every county
 * on every layer, the moves, the legends, the list beside the map with each entry's details, and
 * the messages for what the sources do not say. No positions (see `layout.ts`), no DOM.
 */
import { interpolateYlGnBu, rgb } from "d3";
import { getDict } from "~/i18n";
import { factHref } from "~/core/urls";
import type { Lang } from "~/i18n/locales";
import { formatDate } from "~/core/format";
import { formatFactPeriod, formatQuantity } from "~/data/formatFact";
import type { MapCounty, MapFigure, MapInput, MapLayer, MapSite, SourceRef } from "./types";

/** Colours that do not depend on the data, for the light scheme (CSS overrides them for dark). */
export const mapPalette = {
  land: "#e9e5da",
  origin: "#f3d3b5",
  border: "#fdfcf9",
  outline: "#8f8a7c",
  site: "#d55e00",
  siteStroke: "#fdfcf9",
  move: "#005a8c",
  ink: "#1c1b19",
  paper: "#fdfcf9",
  muted: "#5c5950",
} as const;

/** How a county is filled on one layer: a data colour, plain land, or the tint of an origin county. */
export type CountyFill = { kind: "data"; colour: string; ink: string } | { kind: "land" } | { kind: "origin" };

/** The sequential colour scale of completion dates. */
export interface CompletionScale {
  first: string;
  last: string;
  colour(date: string): string;
}

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * A sequential scale over the completion dates, linear in time, from pale yellow (first) to dark
 * blue (last): ColorBrewer's YlGnBu, which colour-blind readers can order. Its palest and darkest
 * ends are left out so every fill stands out from the paper and carries a readable label.
 */
export function buildCompletionScale(dates: readonly string[]): CompletionScale {
  if (dates.length === 0) throw new Error("buildCompletionScale: no dates");
  const sorted = [...dates].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const span = dayOf(last) - dayOf(first);
  return {
    first,
    last,
    colour(date) {
      const t = span === 0 ? 1 : (dayOf(date) - dayOf(first)) / span;
      if (t < 0 || t > 1) throw new RangeError(`${date} is outside ${first}–${last}`);
      return rgb(interpolateYlGnBu(0.15 + 0.8 * t)).formatHex();
    },
  };
}

/** Dark ink on light fills, white on dark ones (WCAG relative luminance). */
export function inkFor(colour: string): string {
  const parsed = rgb(colour);
  if (Number.isNaN(parsed.r)) throw new Error(`inkFor: cannot read colour "${colour}"`);
  const [r, g, b] = [parsed.r, parsed.g, parsed.b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black text against contrast with white text: take the larger.
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? mapPalette.ink : "#ffffff";
}

/** Fills `{name}` placeholders in a dictionary template. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template "${template}" needs a value for {${key}}`);
    return value;
  });
}

/** A county-level unit as the map draws it. */
export interface CountyView {
  key: string;
  id: string;
  name: string;
  /** Its name in the other language. */
  otherName: string;
  hasBoundary: boolean;
  fills: Record<MapLayer, CountyFill>;
  /** The completion date, written for the page's language, or null. */
  dateLabel: string | null;
}

/** A site as the map draws it. */
export interface SiteView {
  key: string;
  id: string;
  name: string;
  county: string;
  /** Drawn at 义龙新区's schematic point rather than at a county seat. */
  inInset: boolean;
}

/** A move as the map draws it: from a county (or a township) to a site. */
export interface MoveView {
  key: string;
  /** A county id, or a township's place id. */
  from: string;
  fromKind: "county" | "township";
  /** The county the move starts in. */
  fromCounty: string;
  to: string;
  toCounty: string;
  /** Starts and ends in the same county: drawn as a loop. */
  loop: boolean;
  title: string;
}

/** One entry of a legend. */
export interface LegendEntry {
  symbol: "swatch" | "site" | "inset" | "arrow" | "loop" | "origin";
  label: string;
  colour?: string;
  /** For completion entries: the date, written out. */
  date?: string;
}

/** A layer's legend. */
export interface LegendView {
  title: string;
  entries: LegendEntry[];
  notes: string[];
  /** Sources of the figures on this layer. */
  sources: SourceRef[];
}

/** A source cited by a detail line, with a link to its figure's row when there is one. */
export interface Cited {
  source: SourceRef | null;
  /** Permalink of the figure (its row on its dataset page). */
  href: string | null;
}

/** One line of an entry's details. */
export interface DetailLine {
  label: string;
  value: string;
  cited?: Cited;
  /** Said after the value, e.g. the period or a caveat. */
  aside?: string;
  /** The same measure from other sources. */
  alternatives?: { value: string; aside: string; cited: Cited }[];
}

/** An entry of the list beside the map. */
export interface ListItem {
  key: string;
  kind: "county" | "site" | "move";
  /** The layer that shows this entry best (selecting it switches there, except for counties). */
  layer: MapLayer | null;
  title: string;
  /** A short line shown while the entry is closed. */
  summary: string;
  /** Accessible name of the feature on the map. */
  ariaLabel: string;
  swatch: string | null;
  details: DetailLine[];
  notes: string[];
}

/** Everything the map shows, for one language. */
export interface MapState {
  lang: Lang;
  scale: CompletionScale;
  counties: CountyView[];
  sites: SiteView[];
  moves: MoveView[];
  legends: Record<MapLayer, LegendView>;
  list: { counties: ListItem[]; sites: ListItem[]; moves: ListItem[] };
  /** A sentence per layer that says what it shows: the text alternative of the picture. */
  descriptions: Record<MapLayer, string>;
}

/** The key of a feature, unique across kinds: `county-xingyi`, `site-gaoluo`, `move-puan-sajin`. */
export const featureKey = {
  county: (id: string) => `county-${id}`,
  site: (id: string) => `site-${id}`,
  move: (from: string, to: string) => `move-${from}-${to}`,
};

function uniqueSources(refs: (SourceRef | null | undefined)[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const ref of refs) if (ref && !seen.has(ref.id)) seen.set(ref.id, ref);
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
}

/**
 * The population measure shown first for every county: the one most counties have a preferred
 * figure for, so that the counties are compared on one basis (ties: the first seen).
 */
export function primaryPopulationMeasure(counties: readonly MapCounty[]): string | null {
  const counts = new Map<string, number>();
  for (const county of counties)
    for (const f of county.population) if (f.preferred) counts.set(f.measure.en, (counts.get(f.measure.en) ?? 0) + 1);
  let best: string | null = null;
  for (const [measure, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = measure;
  return best;
}

/** Builds the map's state for a language. */
export function buildMapState(input: MapInput, lang: Lang): MapState {
  const t = getDict(lang).map;
  const other: Lang = lang === "zh" ? "en" : "zh";
  const countyById = new Map(input.counties.map((c) => [c.id, c]));
  const siteById = new Map(input.sites.map((s) => [s.id, s]));
  const countyName = (id: string) => {
    const county = countyById.get(id);
    if (!county) throw new Error(`the map has no county "${id}"`);
    return county.name[lang];
  };
  const siteName = (id: string) => {
    const site = siteById.get(id);
    if (!site) throw new Error(`the map has no site "${id}"`);
    return site.name[lang];
  };
  const join = (items: string[]) => items.join(t.listSeparator);
  const cite = (figure: { source: SourceRef | null; dataset: string; factId: string }): Cited => ({
    source: figure.source,
    href: factHref({ dataset: figure.dataset, id: figure.factId }, lang),
  });
  const quantity = (f: MapFigure) => formatQuantity(f.value, f.unit, f.qualifier, lang);
  const periodText = (f: MapFigure) => formatFactPeriod(f, lang) ?? "";

  // Moves: every origin of a site that receives people from other counties (S04), and the
  // whole-township moves the sources tell (三宝乡 → 阿妹戚托).
  const crossCountySites = input.sites.filter((s) => s.origins.some((o) => o !== s.county));
  const moves: MoveView[] = [
    ...crossCountySites.flatMap((site) =>
      site.origins.map((origin) => ({
        key: featureKey.move(origin, site.id),
        from: origin,
        fromKind: "county" as const,
        fromCounty: origin,
        to: site.id,
        toCounty: site.county,
        loop: origin === site.county,
        title: fillTemplate(t.moveTitle, { from: countyName(origin), to: siteName(site.id) }),
      })),
    ),
    ...input.townshipMoves.map((move) => ({
      key: featureKey.move(move.from, move.to),
      from: move.from,
      fromKind: "township" as const,
      fromCounty: move.fromCounty,
      to: move.to,
      toCounty: siteById.get(move.to)?.county ?? "",
      loop: move.fromCounty === siteById.get(move.to)?.county,
      title: fillTemplate(t.moveTitle, { from: move.fromName[lang], to: siteName(move.to) }),
    })),
  ];
  const originCounties = new Set(moves.filter((m) => m.fromKind === "county").map((m) => m.fromCounty));

  const dated = input.counties.flatMap((c) => (c.completion ? [c.completion.date] : []));
  const scale = buildCompletionScale(dated);
  const counties: CountyView[] = input.counties.map((county) => {
    const colour = county.completion ? scale.colour(county.completion.date) : null;
    const neutral: CountyFill = { kind: "land" };
    return {
      key: featureKey.county(county.id),
      id: county.id,
      name: county.name[lang],
      otherName: county.name[other],
      hasBoundary: county.hasBoundary,
      fills: {
        completion: colour ? { kind: "data", colour, ink: inkFor(colour) } : neutral,
        sites: neutral,
        moves: originCounties.has(county.id) ? { kind: "origin" } : neutral,
      },
      dateLabel: county.completion ? formatDate(county.completion.date, lang).replace(/^2019年/, "") : null,
    };
  });
  const boundaryless = new Set(input.counties.filter((c) => !c.hasBoundary).map((c) => c.id));
  const sites: SiteView[] = input.sites.map((site) => ({
    key: featureKey.site(site.id),
    id: site.id,
    name: site.name[lang],
    county: site.county,
    inInset: boundaryless.has(site.county),
  }));

  // Legends.
  const byDate = [...input.counties]
    .filter((c): c is MapCounty & { completion: NonNullable<MapCounty["completion"]> } => c.completion !== null)
    .sort((a, b) => a.completion.date.localeCompare(b.completion.date));
  const legends: Record<MapLayer, LegendView> = {
    completion: {
      title: t.layerTitles.completion,
      entries: byDate.map((c) => ({
        symbol: "swatch",
        label: c.name[lang],
        colour: scale.colour(c.completion.date),
        date: formatDate(c.completion.date, lang),
      })),
      notes: [t.completionLegend, t.noHeadcounts],
      sources: uniqueSources(byDate.map((c) => c.completion.source)),
    },
    sites: {
      title: t.layerTitles.sites,
      entries: [
        { symbol: "site", label: t.siteLegend },
        { symbol: "inset", label: t.insetLegend },
      ],
      notes: [],
      sources: uniqueSources(input.sites.flatMap((s) => [s.source, s.households?.source, s.people?.source])),
    },
    moves: {
      title: t.layerTitles.moves,
      entries: [
        { symbol: "arrow", label: t.moveLegend },
        { symbol: "loop", label: t.loopLegend },
        { symbol: "origin", label: t.originLegend },
      ],
      notes: [t.moveWidthNote],
      sources: uniqueSources([
        ...crossCountySites.map((s) => s.originsSource),
        ...input.townshipMoves.flatMap((m) => [m.source, ...m.figures.map((f) => f.source)]),
      ]),
    },
  };

  // The list beside the map.
  const primary = primaryPopulationMeasure(input.counties);
  const figureLine = (label: string, figures: MapFigure[], sortPrimary?: string | null): DetailLine => {
    const ordered = sortPrimary
      ? [...figures].sort((a, b) => Number(b.measure.en === sortPrimary) - Number(a.measure.en === sortPrimary))
      : figures;
    const [main, ...rest] = ordered;
    if (!main) return { label, value: t.noFigure };
    const describe = (f: MapFigure) =>
      [f.measure[lang] === label ? "" : f.measure[lang], periodText(f)]
        .filter(Boolean)
        .join(lang === "zh" ? "，" : ", ");
    return {
      label,
      value: quantity(main),
      aside: describe(main),
      cited: cite(main),
      alternatives: rest.map((f) => ({ value: quantity(f), aside: describe(f), cited: cite(f) })),
    };
  };
  const countyItems: ListItem[] = [...input.counties]
    .sort((a, b) => Number(b.hasBoundary) - Number(a.hasBoundary))
    .map((county) => {
      const view = counties.find((c) => c.id === county.id) as CountyView;
      const details: DetailLine[] = [
        { label: t.names, value: `${county.name.zh} · ${county.name.en}` },
        { label: t.code, value: county.code ?? t.noCode },
      ];
      if (county.formerName)
        details.push({ label: t.formerName, value: `${county.formerName.zh} · ${county.formerName.en}` });
      if (county.formerCode) details.push({ label: t.formerCode, value: county.formerCode });
      details.push(
        county.completion
          ? {
              label: t.completion,
              value: formatDate(county.completion.date, lang),
              ...(county.completion.yearInferred ? { aside: t.yearInferred } : {}),
              cited: cite(county.completion),
            }
          : { label: t.completion, value: t.noCompletion },
        figureLine(t.area, county.area),
        figureLine(t.population, county.population, primary),
        { label: t.headcount, value: t.noHeadcount },
      );
      const summary = county.completion
        ? fillTemplate(t.completedOn, { date: formatDate(county.completion.date, lang) })
        : t.noCompletion;
      return {
        key: view.key,
        kind: "county",
        layer: null,
        title: view.name,
        summary,
        ariaLabel: [view.name, summary].filter(Boolean).join(lang === "zh" ? "，" : ", "),
        swatch: view.fills.completion.kind === "data" ? view.fills.completion.colour : null,
        details,
        notes: county.hasBoundary ? [] : [t.noBoundary],
      };
    });
  const siteItems: ListItem[] = input.sites.map((site) => siteItem(site));
  function siteItem(site: MapSite): ListItem {
    const inset = boundaryless.has(site.county);
    const figures = (["households", "people"] as const).map((field): DetailLine => {
      const f = site[field];
      return f
        ? { label: t[field], value: quantity(f), aside: periodText(f), cited: cite(f) }
        : { label: t[field], value: t.noFigure };
    });
    const details: DetailLine[] = [
      { label: t.names, value: `${site.name.zh} · ${site.name.en}` },
      { label: t.county, value: countyName(site.county) },
      ...(site.subDistrict ? [{ label: t.subDistrict, value: site.subDistrict[lang] }] : []),
      { label: t.location, value: inset ? t.atInset : fillTemplate(t.atSeat, { county: countyName(site.county) }) },
      ...figures,
    ];
    if (site.origins.length > 0)
      details.push({
        label: t.origins,
        value: join(site.origins.map(countyName)),
        cited: { source: site.originsSource, href: null },
      });
    const known = [site.households, site.people].filter((f): f is MapFigure => f !== null);
    return {
      key: featureKey.site(site.id),
      kind: "site",
      layer: "sites",
      title: site.name[lang],
      summary: `${countyName(site.county)} · ${t.locationApprox}`,
      ariaLabel: [site.name[lang], t.locationApprox, ...known.map(quantity)].join(lang === "zh" ? "，" : ", "),
      swatch: null,
      details,
      notes: site.note ? [site.note[lang]] : [],
    };
  }
  const moveItems: ListItem[] = moves.map((move) => {
    const site = siteById.get(move.to) as MapSite;
    const township = input.townshipMoves.find((m) => m.from === move.from && m.to === move.to);
    const details: DetailLine[] = [
      {
        label: t.from,
        value: move.fromKind === "county" ? countyName(move.from) : (township?.fromName[lang] ?? move.from),
      },
      { label: t.to, value: siteName(move.to), ...(township && { cited: { source: township.source, href: null } }) },
    ];
    if (township) {
      for (const f of township.figures)
        details.push({ label: f.measure[lang], value: quantity(f), aside: periodText(f), cited: cite(f) });
    } else if (site.households && site.people) {
      details.push({
        label: t.moveFigures,
        value: fillTemplate(t.moveNoSplit, { households: quantity(site.households), people: quantity(site.people) }),
        cited: { source: site.originsSource, href: null },
      });
    }
    return {
      key: move.key,
      kind: "move",
      layer: "moves",
      title: move.title,
      summary: move.loop ? t.withinCounty : t.acrossCounties,
      ariaLabel: `${move.title}${lang === "zh" ? "，" : ", "}${move.loop ? t.withinCounty : t.acrossCounties}`,
      swatch: null,
      details,
      notes: [],
    };
  });

  const destinations = [...new Set(moves.map((m) => m.to))];
  const descriptions: Record<MapLayer, string> = {
    completion: fillTemplate(t.describeCompletion, {
      list: byDate.map((c) => `${c.name[lang]} ${formatDate(c.completion.date, lang)}`).join(t.itemSeparator),
    }),
    sites: fillTemplate(t.describeSites, { list: input.sites.map((s) => s.name[lang]).join(t.itemSeparator) }),
    moves: fillTemplate(t.describeMoves, {
      list: destinations
        .map((to) =>
          fillTemplate(t.describeMoveItem, {
            to: siteName(to),
            from: join(
              moves
                .filter((m) => m.to === to)
                .map((m) =>
                  m.fromKind === "county"
                    ? countyName(m.from)
                    : (input.townshipMoves.find((x) => x.from === m.from)?.fromName[lang] ?? m.from),
                ),
            ),
          }),
        )
        .join(t.itemSeparator),
    }),
  };

  return {
    lang,
    scale,
    counties,
    sites,
    moves,
    legends,
    list: { counties: countyItems, sites: siteItems, moves: moveItems },
    descriptions,
  };
}
