/**
 * The map's state: pure derivations from its input for one language — the colour of every county
 * on every layer, the moves, the legends, the list beside the map with each entry's details, and
 * the messages for what the sources do not say. No positions (see `layout.ts`), no DOM. Each part
 * is one step in `state/`; this module only composes them.
 */
import type { Lang } from "~/i18n/locales";
import { buildCompletionScale } from "./state/colour";
import { stateContext } from "./state/context";
import { buildCounties, buildMoves, buildSites } from "./state/features";
import { buildDescriptions, buildLegends } from "./state/legends";
import { countyItems, moveItems, siteItems } from "./state/list";
import type { MapInput } from "./types";
import type { MapState } from "./views";

/** Builds the map's state for a language. */
export function buildMapState(input: MapInput, lang: Lang): MapState {
  const ctx = stateContext(input, lang);
  const { moves, crossCountySites } = buildMoves(ctx);
  const scale = buildCompletionScale(input.counties.flatMap((c) => (c.completion ? [c.completion.date] : [])));
  const counties = buildCounties(ctx, scale, moves);
  return {
    lang,
    scale,
    counties,
    sites: buildSites(ctx),
    moves,
    legends: buildLegends(ctx, scale, crossCountySites),
    list: { counties: countyItems(ctx, counties), sites: siteItems(ctx), moves: moveItems(ctx, moves) },
    descriptions: buildDescriptions(ctx, moves),
  };
}
