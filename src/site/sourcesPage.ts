import { getDatasets, getSiteData } from "~/data/index";
import { getFacts, getSources } from "~/data/facts";
import type { GapRow } from "~/data/schemas/meta";
import type { SourceRow } from "~/data/schemas/sources";
import type { Lang } from "~/i18n";

/** For each source id, how many figures each dataset takes from it (dataset id → count). */
export type SourceUse = Map<string, Map<string, number>>;

/** For a source, how many figures each dataset takes from it (dataset id → count), in registry order. */
export function getSourceUse(): SourceUse {
  const use: SourceUse = new Map();
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

/** Dataset titles in a language, by id, for lists of where a source is used. */
export function datasetTitles(lang: Lang): Map<string, string> {
  return new Map(getDatasets().map((d) => [d.id, d.meta.title[lang]]));
}

/** Sources split into those published, reference material, and those excluded (grade X). */
interface SourceGroups {
  published: SourceRow[];
  reference: SourceRow[];
  excluded: SourceRow[];
}

function groupSources(sources: SourceRow[]): SourceGroups {
  return {
    published: sources.filter((s) => s.kind !== "reference" && s.grade !== "X"),
    reference: sources.filter((s) => s.kind === "reference"),
    excluded: sources.filter((s) => s.grade === "X"),
  };
}

/** Everything the sources page shows: the sources in their groups, where each is used, and the gaps. */
export interface SourcesPage extends SourceGroups {
  use: SourceUse;
  titles: Map<string, string>;
  gaps: GapRow[];
}

/** Gathers the sources page's parts. */
export function getSourcesPage(lang: Lang): SourcesPage {
  return {
    ...groupSources([...getSources().values()]),
    use: getSourceUse(),
    titles: datasetTitles(lang),
    gaps: getSiteData().gaps,
  };
}
