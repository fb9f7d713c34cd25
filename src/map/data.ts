/**
 * Gathers the map's input from the validated datasets: the one place where the map reads
 * `src/data/`. Everything downstream works on the plain objects of `types.ts`.
 */
import { getFact, getFacts, getSource, type Fact } from "~/data/facts";
import { getDataset } from "~/data/index";
import type { MapCounty, MapFigure, MapInput, MapSite, MapTownshipMove, SourceRef } from "./types";

const POPULATION_MEASURE = /(^|-)population(-|$)/;

/** What the map tells of a whole-township move: the township's size and its distance to the site. */
const TOWNSHIP_MEASURE = /^(households-to-relocate|people-to-relocate|distance-to-.+)$/;

function sourceRef(id: string): SourceRef {
  return { id, grade: getSource(id).grade };
}

function figureOf(fact: Fact): MapFigure {
  if (fact.value.type !== "number") throw new Error(`fact "${fact.id}" is not a number`);
  return {
    factId: fact.id,
    dataset: fact.dataset,
    measure: fact.measure,
    value: fact.value.number,
    unit: fact.value.unit,
    qualifier: fact.qualifier,
    period: fact.period,
    periodInferred: fact.periodInferred,
    source: fact.evidence ? sourceRef(fact.evidence.source.id) : null,
    preferred: fact.preferred,
  };
}

const preferredFirst = (a: MapFigure, b: MapFigure) => Number(b.preferred) - Number(a.preferred);

/** The map's input, read from the datasets. */
export function getMapInput(): MapInput {
  const facts = [...getFacts().values()];
  const completion = getDataset("completion-2019", "completion").rows;
  const counties: MapCounty[] = getDataset("counties", "counties").rows.map((row) => {
    const done = completion.find((c) => c.entity === row.id);
    const about = facts.filter((f) => f.dataset === "population-and-area" && f.entity === row.id);
    return {
      id: row.id,
      code: row.code,
      formerCode: row.formerCode,
      name: row.name,
      formerName: row.formerName,
      hasBoundary: row.hasBoundary,
      completion: done
        ? {
            factId: done.id,
            dataset: "completion-2019",
            date: done.date,
            yearInferred: done.yearInferred,
            source: sourceRef(done.source),
          }
        : null,
      area: about
        .filter((f) => f.measureKey === "land-area")
        .map(figureOf)
        .sort(preferredFirst),
      population: about
        .filter((f) => POPULATION_MEASURE.test(f.measureKey ?? "") && f.value.type === "number")
        .filter((f) => f.value.type === "number" && f.value.unit === "persons")
        .map(figureOf)
        .sort(preferredFirst),
    };
  });
  const siteRows = getDataset("resettlement-sites", "sites").rows;
  const sites: MapSite[] = siteRows.map((row) => ({
    id: row.id,
    name: row.name,
    county: row.county,
    subDistrict: row.subDistrict,
    location: row.location,
    households: row.households ? figureOf(getFact(`${row.id}-households`)) : null,
    people: row.people ? figureOf(getFact(`${row.id}-people`)) : null,
    origins: row.origins,
    originsSource: row.originsEvidence ? sourceRef(row.originsEvidence.source) : null,
    source: sourceRef(row.source),
    note: row.note,
  }));
  const places = getDataset("places", "places").rows;
  const moves: MapTownshipMove[] = siteRows.flatMap((site) =>
    site.wholeTownships.map((from) => {
      const place = places.find((p) => p.id === from);
      if (!place?.parent)
        throw new Error(`whole-township move to "${site.id}": no place "${from}" with a parent county`);
      if (!site.wholeTownshipsEvidence) throw new Error(`whole-township move to "${site.id}" without evidence`);
      return {
        from,
        fromName: place.name,
        fromCounty: place.parent,
        to: site.id,
        source: sourceRef(site.wholeTownshipsEvidence.source),
        figures: facts
          .filter((f) => f.entity === from && f.preferred && TOWNSHIP_MEASURE.test(f.measureKey ?? ""))
          .map(figureOf),
      };
    }),
  );
  return { counties, sites, townshipMoves: moves };
}
