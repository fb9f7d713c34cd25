/** The features the map draws: the moves, the counties with their fill on every layer, and the sites. */
import { formatDate } from "~/core/format";
import { otherLang } from "~/i18n/locales";
import { fillTemplate } from "../template";
import {
  featureKey,
  type CompletionScale,
  type CountyFill,
  type CountyView,
  type MoveView,
  type SiteView,
} from "../views";
import type { MapSite } from "../types";
import { inkFor } from "./colour";
import type { StateContext } from "./context";

/**
 * The moves: every origin of a site that receives people from other counties (S04), and the
 * whole-township moves the sources tell (三宝乡 → 阿妹戚托). Also returns those sites, whose
 * origin lists are the moves' sources.
 */
export function buildMoves(ctx: StateContext): { moves: MoveView[]; crossCountySites: MapSite[] } {
  const { input, lang, t, siteById, countyName, siteName } = ctx;
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
  return { moves, crossCountySites };
}

/**
 * The counties, each filled by its completion date on the completion layer, tinted on the moves
 * layer when people left it for another county's site, and plain land otherwise.
 */
export function buildCounties(ctx: StateContext, scale: CompletionScale, moves: readonly MoveView[]): CountyView[] {
  const { input, lang } = ctx;
  const other = otherLang(lang);
  const originCounties = new Set(moves.filter((m) => m.fromKind === "county").map((m) => m.fromCounty));
  // The label inside a county drops the year when every date shares it (all fall in 2019): the
  // legend gives it, and the shorter label fits inside more counties.
  const year = scale.first.slice(0, 4);
  const sharedYear = scale.last.startsWith(year) ? `${year}年` : null;
  return input.counties.map((county) => {
    const colour = county.completion ? scale.colour(county.completion.date) : null;
    const neutral: CountyFill = { kind: "land" };
    const date = county.completion ? formatDate(county.completion.date, lang) : null;
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
      dateLabel: date !== null && sharedYear && date.startsWith(sharedYear) ? date.slice(sharedYear.length) : date,
    };
  });
}

/** The sites; those of a unit without a boundary go in the inset. */
export function buildSites(ctx: StateContext): SiteView[] {
  return ctx.input.sites.map((site) => ({
    key: featureKey.site(site.id),
    id: site.id,
    name: site.name[ctx.lang],
    county: site.county,
    inInset: ctx.boundaryless.has(site.county),
  }));
}
