/**
 * The map's state as the renderers, the layout and the page's components read it: the views that
 * `state.ts` derives from the input for one language. Types only, and the keys of features.
 */
import type { Lang } from "~/i18n/locales";
import type { MapLayer, SourceRef } from "./types";

/** How a county is filled on one layer: a data colour, plain land, or the tint of an origin county. */
export type CountyFill = { kind: "data"; colour: string; ink: string } | { kind: "land" } | { kind: "origin" };

/** The sequential colour scale of completion dates. */
export interface CompletionScale {
  first: string;
  last: string;
  colour(date: string): string;
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
