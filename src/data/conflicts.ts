import { getFacts, type Fact } from "./facts";

/** Several sources' figures for the same measure of the same place. */
export interface Disagreement {
  key: string;
  /** The preferred figure first, then the others. */
  facts: Fact[];
  /** For each fact (same order), whether it agrees with the preferred one within its written precision. */
  agrees: boolean[];
}

/** The step of the last written digit: 33.85万 → 100, 60.3 → 0.1, 338506 → 1. */
function writtenPrecision(fact: Fact): number {
  const written = fact.evidence?.asWritten;
  if (!written || fact.value.type !== "number") return 0;
  // German sources group thousands with dots (3.015.112): those have no decimals.
  const german = fact.evidence?.source.language === "de";
  const digits = written.replace(/[^\d.,万萬亿億]/g, "");
  const decimals = german ? 0 : (/[.](\d+)/.exec(digits.replace(/,/g, ""))?.[1]?.length ?? 0);
  const scale = /[万萬]/.test(digits) ? 1e4 : /[亿億]/.test(digits) ? 1e8 : 1;
  return scale / 10 ** decimals;
}

function comparable(fact: Fact): string | number {
  switch (fact.value.type) {
    case "number":
      return fact.value.number;
    case "date":
      return fact.value.date;
    case "text":
      return fact.value.text.en;
  }
}

/** True when two figures can be the same quantity, given how precisely each was written. */
export function figuresAgree(a: Fact, b: Fact): boolean {
  const va = comparable(a);
  const vb = comparable(b);
  if (typeof va === "number" && typeof vb === "number") {
    const tolerance = Math.max(writtenPrecision(a), writtenPrecision(b)) / 2;
    return Math.abs(va - vb) <= tolerance + 1e-9;
  }
  return va === vb;
}

/**
 * Every measure for which more than one source gives a figure, with the figures side by side and
 * whether each agrees with the preferred one (338,506 and 33.85万 agree; 33.83万 does not).
 */
export function getDisagreements(): Disagreement[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of getFacts().values()) {
    if (fact.measureKey === null || fact.evidence === null) continue;
    const key = `${fact.entity}/${fact.measureKey}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const result: Disagreement[] = [];
  for (const [key, facts] of groups) {
    if (facts.length < 2) continue;
    facts.sort((a, b) => Number(b.preferred) - Number(a.preferred));
    const [preferred] = facts as [Fact, ...Fact[]];
    const agrees = facts.map((f) => figuresAgree(preferred, f));
    const sourcesDiffer = new Set(facts.map((f) => f.evidence?.source.id)).size > 1;
    if (sourcesDiffer) result.push({ key, facts, agrees });
  }
  return result;
}
