import { absoluteUrl, evidencePath } from "~/core/urls";
import { factBibtex, factCitation } from "~/data/citation";
import { getDataRelease } from "~/data/downloads";
import type { CountyRow } from "~/data/schemas/places";
import type { Lang } from "~/i18n";
import { getCountyRows } from "./countyPages";
import { getEvidenceTopics, type EvidenceStatus, type EvidenceTopic } from "./evidence";

/** Everything the evidence register shows: its topics and the choices of each filter. */
export interface EvidencePage {
  topics: EvidenceTopic[];
  /** How many rows the register has. */
  total: number;
  counties: CountyRow[];
  /** Source ids, grades and statuses that occur, in the order the filters list them. */
  sources: string[];
  grades: string[];
  statuses: EvidenceStatus[];
}

/** Gathers the evidence register's parts. */
export function getEvidencePage(lang: Lang): EvidencePage {
  const topics = getEvidenceTopics(lang);
  const rows = topics.flatMap((x) => x.rows);
  return {
    topics,
    total: rows.length,
    counties: getCountyRows(),
    sources: [...new Set(rows.map((r) => r.source).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b, "en", { numeric: true }),
    ),
    grades: [...new Set(rows.map((r) => r.grade).filter(Boolean))].sort(),
    statuses: [...new Set(rows.map((r) => r.status))],
  };
}

/**
 * Each row's "cite" texts by row id, written by src/data/citation.ts with the row's permalink on
 * the register (`siteUrl` is the site root), served as a file the cite dialog loads when first
 * opened (src/pages/[...lang]/evidence/citations.json.ts), so the register's page does not carry them.
 */
export function getEvidenceCitations(lang: Lang, siteUrl: string): Record<string, { plain: string; bibtex: string }> {
  const release = getDataRelease();
  return Object.fromEntries(
    getEvidenceTopics(lang)
      .flatMap((topic) => topic.rows)
      .map(({ id, fact }) => {
        const permalink = absoluteUrl(evidencePath(lang, id), siteUrl);
        return [
          id,
          {
            plain: factCitation(fact, lang, permalink, release.version),
            bibtex: factBibtex(fact, lang, permalink, release),
          },
        ];
      }),
  );
}
