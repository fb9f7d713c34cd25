/** What each layer says in words: its legend (with the sources of its figures) and its description. */
import { formatDate } from "~/core/format";
import { fillTemplate } from "../template";
import type { CompletionScale, LegendView, MoveView } from "../views";
import type { MapCounty, MapLayer, MapSite } from "../types";
import { uniqueSources, type StateContext } from "./context";

type DatedCounty = MapCounty & { completion: NonNullable<MapCounty["completion"]> };

/** The counties with a completion date, earliest first. */
function byCompletionDate(counties: readonly MapCounty[]): DatedCounty[] {
  return counties
    .filter((c): c is DatedCounty => c.completion !== null)
    .sort((a, b) => a.completion.date.localeCompare(b.completion.date));
}

/** Each layer's legend: the completion dates in order, the site and move symbols, notes and sources. */
export function buildLegends(
  ctx: StateContext,
  scale: CompletionScale,
  crossCountySites: readonly MapSite[],
): Record<MapLayer, LegendView> {
  const { input, lang, t } = ctx;
  const byDate = byCompletionDate(input.counties);
  return {
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
}

/** A sentence per layer that says what it shows: the text alternative of the picture. */
export function buildDescriptions(ctx: StateContext, moves: readonly MoveView[]): Record<MapLayer, string> {
  const { input, lang, t, punct, countyName, siteName, join } = ctx;
  const destinations = [...new Set(moves.map((m) => m.to))];
  const origin = (m: MoveView) =>
    m.fromKind === "county"
      ? countyName(m.from)
      : (input.townshipMoves.find((x) => x.from === m.from)?.fromName[lang] ?? m.from);
  return {
    completion: fillTemplate(t.describeCompletion, {
      list: byCompletionDate(input.counties)
        .map((c) => `${c.name[lang]} ${formatDate(c.completion.date, lang)}`)
        .join(punct.semicolon),
    }),
    sites: fillTemplate(t.describeSites, { list: input.sites.map((s) => s.name[lang]).join(punct.semicolon) }),
    moves: fillTemplate(t.describeMoves, {
      list: destinations
        .map((to) =>
          fillTemplate(t.describeMoveItem, {
            to: siteName(to),
            from: join(moves.filter((m) => m.to === to).map(origin)),
          }),
        )
        .join(punct.semicolon),
    }),
  };
}
