import type { Fact } from "~/data/facts";
import type { Qualifier } from "~/data/schemas/common";
import { units, type UnitId } from "~/data/units";
import { getDict } from "~/i18n";
import type { Lang } from "~/i18n/locales";
import { formatDate, formatNumber } from "~/core/format";

/** Options for writing a quantity. */
export interface QuantityStyle {
  /** Write 万/亿 on Chinese pages (used when the source wrote the figure so). */
  chineseUnits?: boolean;
  /** Append the unit (default true). */
  withUnit?: boolean;
  /**
   * The figure as the source wrote it with 万/亿: English pages add it after a rounded number
   * ("about 338,500 people (written 33.85万)"), so the rounding does not read as precision.
   */
  asWritten?: string;
}

const ZH_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const EN_NUMERATORS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const EN_DENOMINATORS = [
  "",
  "",
  "half",
  "third",
  "quarter",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];

/** A fraction with a small denominator, or null: 0.5 → [1, 2]. */
function asFraction(value: number): [number, number] | null {
  for (let denominator = 2; denominator <= 12; denominator++) {
    const numerator = Math.round(value * denominator);
    if (numerator > 0 && numerator < denominator && Math.abs(numerator / denominator - value) < 5e-5)
      return [numerator, denominator];
  }
  return null;
}

/**
 * A fraction in words, as newsrooms write it and as the sources do (六分之一, two-thirds):
 * `三分之二` / `two-thirds`, `二分之一` / `half`. Digits only for what has no short word form.
 */
function fractionText(value: number, lang: Lang): string {
  const fraction = asFraction(value);
  if (!fraction) return formatNumber(value, lang, { maxDecimals: 4 });
  const [n, d] = fraction;
  if (lang === "zh") return `${ZH_DIGITS[d]}分之${ZH_DIGITS[n]}`;
  if (d === 2) return "half";
  const word = EN_DENOMINATORS[d] ?? "";
  return `${EN_NUMERATORS[n]}-${n > 1 ? `${word}s` : word}`;
}

/** English: "about 338,500 (written 33.85万)" for a figure the source rounded to 万, so it does not read as exact. */
function writtenGloss(number: string, asWritten: string | undefined, qualifier: Qualifier): string {
  if (!asWritten) return number;
  return `${qualifier === "exact" ? "about " : ""}${number} (written ${asWritten})`;
}

const EN_HEDGE: Record<Exclude<Qualifier, "exact">, string> = {
  "more-than": "more than",
  "at-least": "at least",
  nearly: "nearly",
  about: "about",
  "less-than": "less than",
  "at-most": "at most",
};

/**
 * A quantity as a reader of the language expects it, hedge and unit included:
 * `2,900余名` / `more than 2,900 pupils`, `60%以上` / `at least 60%`, `33.85万人` / `338,500 people`.
 */
export function formatQuantity(
  value: number,
  unit: UnitId,
  qualifier: Qualifier,
  lang: Lang,
  style: QuantityStyle = {},
): string {
  const label = units[unit];
  const withUnit = style.withUnit ?? true;
  // English readers expect "1.88 million" where Chinese writes 188万.
  const millions = lang === "en" && style.chineseUnits && Math.abs(value) >= 1e6;
  const number =
    unit === "fraction"
      ? fractionText(value, lang)
      : millions
        ? `${formatNumber(value / 1e6, lang, { maxDecimals: 4 })} million`
        : formatNumber(value, lang, {
            chineseUnits: style.chineseUnits ?? false,
            maxDecimals: unit === "percent" ? 2 : 4,
          });
  if (lang === "zh") {
    const unitText = withUnit ? label.zh : unit === "percent" ? "%" : "";
    switch (qualifier) {
      case "exact":
        return `${number}${unitText}`;
      case "more-than":
        // 余 follows counts (2,900余名); more than half is 过半; other shares read 超过60%.
        if (unit === "fraction" && Math.abs(value - 0.5) < 5e-5) return "过半";
        return unit === "fraction" || unit === "percent" ? `超过${number}${unitText}` : `${number}余${unitText}`;
      case "at-least":
        return `${number}${unitText}以上`;
      case "nearly":
        return `近${number}${unitText}`;
      case "about":
        return `约${number}${unitText}`;
      case "less-than":
        return `不足${number}${unitText}`;
      case "at-most":
        return `不超过${number}${unitText}`;
    }
  }
  const symbol = "symbol" in label && label.symbol;
  const word = value === 1 ? label.en.one : label.en.other;
  const withLabel =
    !withUnit && unit !== "percent" ? number : symbol ? `${number}${word}` : word ? `${number} ${word}` : number;
  const hedged = qualifier === "exact" ? withLabel : `${EN_HEDGE[qualifier]} ${withLabel}`;
  // A figure rounded to 万 and written out in full (338,500) keeps its written form beside it.
  const rounded = style.chineseUnits && !millions && unit !== "percent" && unit !== "fraction";
  return rounded ? writtenGloss(hedged, style.asWritten, qualifier) : hedged;
}

/** True when the source wrote the figure with 万/亿 (so Chinese pages may too). */
export function writtenWithChineseUnits(fact: Fact): boolean {
  return /[万萬亿億]/.test(fact.evidence?.asWritten ?? "");
}

/** A date the source gives only as "the end of" a year (2017年年底), written that way. */
function yearEnd(fact: Fact, lang: Lang): string | null {
  if (fact.value.type !== "date" || !/年底|年末/.test(fact.evidence?.asWritten ?? "")) return null;
  const year = fact.value.date.slice(0, 4);
  return getDict(lang).fact.yearEnd.replace("{year}", year);
}

/** A fact's value for display in a language: a quantity, a date or a name. */
export function formatFactValue(fact: Fact, lang: Lang, style: Omit<QuantityStyle, "chineseUnits"> = {}): string {
  const end = yearEnd(fact, lang);
  if (end) return end;
  switch (fact.value.type) {
    case "number":
      return formatQuantity(fact.value.number, fact.value.unit, fact.qualifier, lang, {
        ...style,
        chineseUnits: writtenWithChineseUnits(fact),
        ...(fact.evidence ? { asWritten: fact.evidence.asWritten } : {}),
      });
    case "date":
      return formatDate(fact.value.date, lang);
    case "text":
      return fact.value.text[lang];
  }
}

/**
 * The date or period a fact refers to, with "(inferred)" / "（推定）" when the source does not
 * state it: `2018年12月（推定）` / `December 2018 (inferred)`. Null when there is none.
 */
export function formatFactPeriod(fact: { period: string | null; periodInferred?: boolean }, lang: Lang): string | null {
  if (fact.period === null) return null;
  return `${formatDate(fact.period, lang)}${fact.periodInferred ? getDict(lang).fact.periodInferred : ""}`;
}
