import type { z } from "zod";
import { CompletionRow } from "./schemas/completion";
import { ObservationRow } from "./schemas/observations";
import { CountyRow, PlaceRow } from "./schemas/places";
import { PolicyRow } from "./schemas/policy";
import { SiteRow } from "./schemas/sites";
import { SourceRow } from "./schemas/sources";

/** The row schema of each kind of dataset. */
export const rowSchemas = {
  observations: ObservationRow,
  completion: CompletionRow,
  sites: SiteRow,
  policy: PolicyRow,
  counties: CountyRow,
  places: PlaceRow,
  sources: SourceRow,
} as const;

/** A kind of dataset; it decides the row schema. */
export type DatasetKind = keyof typeof rowSchemas;

/** The row type of a kind of dataset. */
export type RowOf<K extends DatasetKind> = z.output<(typeof rowSchemas)[K]>;

/**
 * Every published dataset, in the order the data index lists them. The id is the file name in
 * `data/`, the URL slug and the download file name.
 */
export const datasetRegistry = [
  { id: "land-and-desertification", kind: "observations" },
  { id: "relocation", kind: "observations" },
  { id: "completion-2019", kind: "completion" },
  { id: "resettlement-sites", kind: "sites" },
  { id: "services", kind: "observations" },
  { id: "social-security", kind: "observations" },
  { id: "employment", kind: "observations" },
  { id: "governance", kind: "observations" },
  { id: "policy", kind: "policy" },
  { id: "sanbao-case", kind: "observations" },
  { id: "population-and-area", kind: "observations" },
  { id: "counties", kind: "counties" },
  { id: "places", kind: "places" },
  { id: "sources", kind: "sources" },
] as const satisfies readonly { id: string; kind: DatasetKind }[];

/** A dataset id. */
export type DatasetId = (typeof datasetRegistry)[number]["id"];
