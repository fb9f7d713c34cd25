/**
 * The map's inputs: plain objects narrowed from the datasets (see `data.ts`), so that the pure
 * modules (`state.ts`, `layout.ts`, `render.ts`) can be tested with small hand-written fixtures.
 */
import type { Qualifier } from "~/data/schemas/common";
import type { Grade } from "~/data/schemas/sources";
import type { UnitId } from "~/data/units";
import type { Bilingual } from "~/i18n/locales";

/** The map's layers, in the order the layer switch lists them. */
export const mapLayers = ["completion", "sites", "moves"] as const;

/** One layer of the map: counties coloured by completion date, resettlement sites, or moves. */
export type MapLayer = (typeof mapLayers)[number];

/** True for a layer name. */
export function isMapLayer(value: unknown): value is MapLayer {
  return typeof value === "string" && (mapLayers as readonly string[]).includes(value);
}

/** A source as the map cites it: its id and reliability grade. */
export interface SourceRef {
  id: string;
  grade: Grade;
}

/** A figure the map shows, with what is needed to write it and link to its evidence. */
export interface MapFigure {
  /** The fact id: the anchor of its row on its dataset page. */
  factId: string;
  dataset: string;
  measure: Bilingual;
  value: number;
  unit: UnitId;
  qualifier: Qualifier;
  period: string | null;
  /** True when the source does not state the period (shown as "inferred"). */
  periodInferred?: boolean;
  /** Null for a figure computed here. */
  source: SourceRef | null;
  preferred: boolean;
}

/** When a county-level unit completed its move-in task, with its evidence. */
export interface MapCompletion {
  factId: string;
  dataset: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The source prints month and day only; the year comes from another source. */
  yearInferred: boolean;
  source: SourceRef;
}

/** A county-level unit: one of the eight counties and cities, or 义龙新区. */
export interface MapCounty {
  id: string;
  code: string | null;
  formerCode: string | null;
  name: Bilingual;
  formerName: Bilingual | null;
  hasBoundary: boolean;
  completion: MapCompletion | null;
  /** Land-area figures, the preferred one first. */
  area: MapFigure[];
  /** Population figures (of any measure), preferred ones first. */
  population: MapFigure[];
}

/** A named resettlement site. No source gives coordinates: the map places it at its county seat. */
export interface MapSite {
  id: string;
  name: Bilingual;
  county: string;
  subDistrict: Bilingual | null;
  location: "county-seat" | "sub-district";
  households: MapFigure | null;
  people: MapFigure | null;
  /** County ids the residents came from, where a source lists them. */
  origins: string[];
  originsSource: SourceRef | null;
  source: SourceRef;
  note: Bilingual | null;
}

/** A whole-township move that the sources describe, with the figures that size it. */
export interface MapTownshipMove {
  /** The township's place id. */
  from: string;
  fromName: Bilingual;
  /** The county the township lies in. */
  fromCounty: string;
  /** The site it moved to. */
  to: string;
  /** The source that tells of the move. */
  source: SourceRef;
  figures: MapFigure[];
}

/** Everything the map shows. */
export interface MapInput {
  counties: MapCounty[];
  sites: MapSite[];
  townshipMoves: MapTownshipMove[];
}
