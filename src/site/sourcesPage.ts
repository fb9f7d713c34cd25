import { getDatasets } from "~/data/index";
import { getFacts } from "~/data/facts";
import type { SourceRow } from "~/data/schemas/sources";

/** For a source, how many figures each dataset takes from it (dataset id → count), in registry order. */
export function getSourceUse(): Map<string, Map<string, number>> {
  const use = new Map<string, Map<string, number>>();
  const count = (source: string, dataset: string) => {
    const perDataset = use.get(source) ?? new Map<string, number>();
    perDataset.set(dataset, (perDataset.get(dataset) ?? 0) + 1);
    use.set(source, perDataset);
  };
  for (const fact of getFacts().values()) if (fact.evidence) count(fact.evidence.source.id, fact.dataset);
  for (const dataset of getDatasets()) {
    if (dataset.kind !== "sites") continue;
    for (const row of dataset.rows) {
      count(row.source, dataset.id);
      for (const evidence of [row.originsEvidence, row.wholeTownshipsEvidence])
        if (evidence) count(evidence.source, dataset.id);
    }
  }
  return use;
}

/** Sources split into those published, reference material, and those excluded (grade X). */
export function groupSources(sources: SourceRow[]): {
  published: SourceRow[];
  reference: SourceRow[];
  excluded: SourceRow[];
} {
  return {
    published: sources.filter((s) => s.kind !== "reference" && s.grade !== "X"),
    reference: sources.filter((s) => s.kind === "reference"),
    excluded: sources.filter((s) => s.grade === "X"),
  };
}
