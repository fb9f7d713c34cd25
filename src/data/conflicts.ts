import { getFacts, type Fact } from "./facts";
import { toBaseUnit } from "./units";

/** Several sources' figures for the same measure of the same place. */
export interface Disagreement {
  key: string;
  /** The preferred figure first, then the others. */
  facts: Fact[];
  /** For each fact (same order), whether it agrees with the preferred one within its written precision. */
  agrees: boolean[];
  /**
   * For each fact (same order), the other facts it disagrees with, compared pair by pair: two
   * figures can each agree with a rounded preferred figure and still differ from each other
   * (16,804.3 and 16,817 km² both round to 1.68万).
   */
  differsFrom: Fact[][];
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

/** A number expressed in the base unit of its kind (9 分 → 0.9 亩), with its written step converted too. */
interface Comparable {
  value: number;
  unit: string;
  step: number;
}

function comparable(fact: Fact): Comparable | string {
  switch (fact.value.type) {
    case "number": {
      const base = toBaseUnit(fact.value.number, fact.value.unit);
      return { value: base.value, unit: base.unit, step: writtenPrecision(fact) * base.factor };
    }
    case "date":
      return fact.value.date;
    case "text":
      return fact.value.text.en;
  }
}

const UPPER_BOUNDS = new Set(["less-than", "at-most"]);
const LOWER_BOUNDS = new Set(["more-than", "at-least"]);

/** True when a figure fits a bound the other source wrote ("不足1亩" holds for 0.9 亩). */
function withinBound(bound: Fact, b: Comparable, other: Comparable): boolean | null {
  if (UPPER_BOUNDS.has(bound.qualifier)) return other.value <= b.value + other.step / 2 + 1e-9;
  if (LOWER_BOUNDS.has(bound.qualifier)) return other.value >= b.value - other.step / 2 - 1e-9;
  return null;
}

/**
 * True when two figures can be the same quantity, given how precisely each was written. Figures
 * in units of one kind are compared in a common unit (9 分 and 不足1亩 agree); a figure written as
 * a bound (不足, 以上) agrees with any figure inside it; figures in units of different kinds never
 * agree.
 */
export function figuresAgree(a: Fact, b: Fact): boolean {
  const ca = comparable(a);
  const cb = comparable(b);
  if (typeof ca === "string" || typeof cb === "string") return ca === cb;
  if (ca.unit !== cb.unit) return false;
  const aBound = LOWER_BOUNDS.has(a.qualifier) || UPPER_BOUNDS.has(a.qualifier);
  const bBound = LOWER_BOUNDS.has(b.qualifier) || UPPER_BOUNDS.has(b.qualifier);
  if (aBound !== bBound) return (aBound ? withinBound(a, ca, cb) : withinBound(b, cb, ca)) ?? false;
  const tolerance = Math.max(ca.step, cb.step) / 2;
  return Math.abs(ca.value - cb.value) <= tolerance + 1e-9;
}

/** Compares the figures of one measure: each with the preferred one, and every pair with each other. */
export function compareFigures(key: string, figures: Fact[]): Disagreement {
  const facts = [...figures].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  const [preferred] = facts as [Fact, ...Fact[]];
  const agrees = facts.map((f) => figuresAgree(preferred, f));
  const differsFrom = facts.map((f) => facts.filter((g) => g !== f && !figuresAgree(f, g)));
  return { key, facts, agrees, differsFrom };
}

/**
 * Every measure for which more than one source gives a figure, with the figures side by side,
 * whether each agrees with the preferred one (338,506 and 33.85万 agree; 33.83万 does not), and
 * every pair that disagrees.
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
    const sourcesDiffer = new Set(facts.map((f) => f.evidence?.source.id)).size > 1;
    if (sourcesDiffer) result.push(compareFigures(key, facts));
  }
  return result;
}
