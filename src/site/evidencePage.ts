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
  release: { version: string; date: string };
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
    release: getDataRelease(),
  };
}
