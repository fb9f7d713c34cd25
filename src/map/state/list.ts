/** The list beside the map: an entry per county, site and move, with its details and their sources. */
import { formatDate } from "~/core/format";
import { fillTemplate } from "../template";
import { featureKey, type CountyView, type DetailLine, type ListItem, type MoveView } from "../views";
import type { MapCounty, MapFigure, MapSite } from "../types";
import type { StateContext } from "./context";

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

/**
 * A line for a measure given by several figures: the first (or the one of the measure `primary`)
 * as the value, the others as alternatives, each with its period and source.
 */
function figureLine(ctx: StateContext, label: string, figures: MapFigure[], primary?: string | null): DetailLine {
  const { lang, t, cite, quantity, periodText, comma } = ctx;
  const ordered = primary
    ? [...figures].sort((a, b) => Number(b.measure.en === primary) - Number(a.measure.en === primary))
    : figures;
  const [main, ...rest] = ordered;
  if (!main) return { label, value: t.noFigure };
  const describe = (f: MapFigure) =>
    comma([f.measure[lang] === label ? "" : f.measure[lang], periodText(f)].filter(Boolean));
  return {
    label,
    value: quantity(main),
    aside: describe(main),
    cited: cite(main),
    alternatives: rest.map((f) => ({ value: quantity(f), aside: describe(f), cited: cite(f) })),
  };
}

/** The counties' entries, those with a boundary first: names, codes, completion, area and population. */
export function countyItems(ctx: StateContext, views: readonly CountyView[]): ListItem[] {
  const { input, lang, t, cite, comma } = ctx;
  const primary = primaryPopulationMeasure(input.counties);
  return [...input.counties]
    .sort((a, b) => Number(b.hasBoundary) - Number(a.hasBoundary))
    .map((county) => {
      const view = views.find((c) => c.id === county.id) as CountyView;
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
        figureLine(ctx, t.area, county.area),
        figureLine(ctx, t.population, county.population, primary),
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
        ariaLabel: comma([view.name, summary].filter(Boolean)),
        swatch: view.fills.completion.kind === "data" ? view.fills.completion.colour : null,
        details,
        notes: county.hasBoundary ? [] : [t.noBoundary],
      };
    });
}

/** A site's entry: where it is drawn, its households and people, and where its residents came from. */
function siteItem(ctx: StateContext, site: MapSite): ListItem {
  const { lang, t, countyName, join, cite, quantity, periodText, comma } = ctx;
  const inset = ctx.boundaryless.has(site.county);
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
    ariaLabel: comma([site.name[lang], t.locationApprox, ...known.map(quantity)]),
    swatch: null,
    details,
    notes: site.note ? [site.note[lang]] : [],
  };
}

/** The sites' entries, in the input's order. */
export function siteItems(ctx: StateContext): ListItem[] {
  return ctx.input.sites.map((site) => siteItem(ctx, site));
}

/** The moves' entries: from where to which site, with the figures that size the move where a source gives them. */
export function moveItems(ctx: StateContext, moves: readonly MoveView[]): ListItem[] {
  const { input, lang, t, siteById, countyName, siteName, cite, quantity, periodText, comma } = ctx;
  return moves.map((move) => {
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
    const summary = move.loop ? t.withinCounty : t.acrossCounties;
    return {
      key: move.key,
      kind: "move",
      layer: "moves",
      title: move.title,
      summary,
      ariaLabel: comma([move.title, summary]),
      swatch: null,
      details,
      notes: [],
    };
  });
}
