import type { Qualifier } from "./schemas/common";

/** What a figure as written in a source amounts to. */
export interface ParsedFigure {
  value: number;
  qualifier: Qualifier;
  /** True when the figure carries a per-cent sign. */
  percent: boolean;
  /** True when the figure is written as a fraction (1/2, 六分之一). */
  fraction: boolean;
}

/** How a source's language groups digits: German writes 3.015.112 for 3,015,112. */
export type NumberConvention = "zh" | "en" | "de";

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Converts full-width ASCII (１２３，．％／) to ASCII and unifies spaces. */
export function normaliseWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00A0\u2009\u202F\u3000]/g, " ");
}

const PREFIXES: [RegExp, Qualifier][] = [
  [/^(近|将近|將近|接近|nearly |almost )/i, "nearly"],
  [/^(约|約|大约|大約|about |some |around |approximately |ca\. ?|c\. ?)/i, "about"],
  [/^(不足|不到|less than |under )/i, "less-than"],
  [/^(超过|超過|逾|more than |over )/i, "more-than"],
  [/^(不低于|不低於|不少于|不少於|至少|at least )/i, "at-least"],
  [/^(不过|不超过|no more than |at most )/i, "at-most"],
  // 上百 (a hundred or more), 上万: the order of magnitude reached.
  [/^上(?=[百千万萬])/, "at-least"],
];

const SUFFIXES: [RegExp, Qualifier][] = [
  [/(余|多)$/, "more-than"],
  [/(以上|及以上)$/, "at-least"],
  [/(左右)$/, "about"],
  [/(以下)$/, "at-most"],
];

/** Unit words that may sit between a number and its hedge, as in 户均2人以上 or 350斤左右. */
const UNIT_WORDS = /(人次|人|户|戶|个|個|所|名|场次|场|場|支|套|项|項|家|斤|平方公里|公里|km|元|亩|分钟|分|年)$/;

const EN_FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  "one-third": 1 / 3,
  "two-thirds": 2 / 3,
  "one-quarter": 1 / 4,
  "three-quarters": 3 / 4,
};

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses a Chinese numeral up to 99,999,999 (一, 十, 二十三, 一百零五, 三千, 三万, 一万二千). */
export function parseChineseNumeral(text: string): number {
  if (text === "") throw new SyntaxError("empty Chinese numeral");
  const wan = /^(.*?)[万萬](.*)$/.exec(text);
  if (wan) return parseChineseNumeral(wan[1] || "一") * 1e4 + (wan[2] ? parseChineseNumeral(wan[2]) : 0);
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in CN_DIGITS) {
      digit = CN_DIGITS[char] ?? 0;
      continue;
    }
    const scale = { 十: 10, 百: 100, 千: 1000 }[char];
    if (scale === undefined) throw new SyntaxError(`not a Chinese numeral: "${text}"`);
    total += (digit ?? 1) * scale;
    digit = null;
  }
  return total + (digit ?? 0);
}

function parsePlainNumber(text: string, convention: NumberConvention): number {
  const compact = text.replace(/ /g, (_m, offset: number, whole: string) =>
    // A space between digit groups (16 804.3, 2 207.2) is a thousands separator.
    /\d/.test(whole[offset - 1] ?? "") && /^\d{3}(\D|$)/.test(whole.slice(offset + 1)) ? "" : " ",
  );
  const grouped =
    convention === "de"
      ? /^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+(,\d+)?$/
      : /^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$/;
  if (!grouped.test(compact)) throw new SyntaxError(`"${text}" is not a number`);
  const canonical = convention === "de" ? compact.replace(/\./g, "").replace(",", ".") : compact.replace(/,/g, "");
  return Number(canonical);
}

/**
 * Reads a figure as a source writes it: `338506`, `33.85万`, `4.04亿`, `60.3%`, `1/2`, `六分之一`,
 * `16 804.3`, `1,778.38`, `3.015.112` (German), `三万`, `一半`, `九成` (90%), with hedges such as `2900余`,
 * `近2000`, `不足1`, `60%以上`, `40多万`, `上百`.
 * Throws a `SyntaxError` naming the text when it is not a figure.
 */
export function parseWritten(written: string, convention: NumberConvention = "zh"): ParsedFigure {
  let text = normaliseWidth(written).trim();
  let qualifier: Qualifier = "exact";
  for (const [pattern, q] of PREFIXES) {
    if (pattern.test(text)) {
      qualifier = q;
      text = text.replace(pattern, "").trim();
      break;
    }
  }
  for (const [pattern, q] of SUFFIXES) {
    if (pattern.test(text)) {
      if (qualifier !== "exact") throw new SyntaxError(`"${written}" has two hedges`);
      qualifier = q;
      text = text.replace(pattern, "").trim();
      break;
    }
  }
  text = text.replace(UNIT_WORDS, "").trim();
  // A hedge between the digits and the scale word: 40多万, 1400多萬, 9千余.
  const innerHedge = /^(.+?)(多|余|餘)(万|萬|亿|億)$/.exec(text);
  if (innerHedge) {
    if (qualifier !== "exact") throw new SyntaxError(`"${written}" has two hedges`);
    qualifier = "more-than";
    text = `${innerHedge[1] ?? ""}${innerHedge[3] ?? ""}`;
  }

  // 一半 (a half); 九成 (nine tenths, i.e. 90%).
  if (text === "一半" || text === "半") return { value: 0.5, qualifier, percent: false, fraction: true };
  const tenths = /^([一二两三四五六七八九十])成$/.exec(text);
  if (tenths) return { value: parseChineseNumeral(tenths[1] ?? "") * 10, qualifier, percent: true, fraction: false };

  const cnFraction = /^(.+)分之(.+)$/.exec(text);
  if (cnFraction) {
    const value = parseChineseNumeral(cnFraction[2] ?? "") / parseChineseNumeral(cnFraction[1] ?? "");
    return { value, qualifier, percent: false, fraction: true };
  }
  const fraction = /^(\d+)\/(\d+)$/.exec(text);
  if (fraction) {
    const denominator = Number(fraction[2]);
    if (denominator === 0) throw new SyntaxError(`"${written}" divides by zero`);
    return { value: Number(fraction[1]) / denominator, qualifier, percent: false, fraction: true };
  }
  const enFraction = EN_FRACTIONS[text.toLowerCase()];
  if (enFraction !== undefined) return { value: enFraction, qualifier, percent: false, fraction: true };
  if (/^[零〇一二两三四五六七八九十百千万萬]+$/.test(text)) {
    return { value: parseChineseNumeral(text), qualifier, percent: false, fraction: false };
  }

  const percent = /(%| percent)$/.test(text);
  if (percent) text = text.replace(/(%| percent)$/, "").trim();
  let multiplier = 1;
  const scale = /(万|萬|亿|億| thousand| million| billion)$/.exec(text);
  if (scale) {
    multiplier =
      { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, " thousand": 1e3, " million": 1e6, " billion": 1e9 }[scale[1] ?? ""] ?? 1;
    text = text.slice(0, -(scale[1] ?? "").length).trim();
  }
  // "近万" (nearly ten thousand) writes the scale word alone.
  const value = (text === "" && multiplier !== 1 ? 1 : parsePlainNumber(text, convention)) * multiplier;
  // Scale in integer space where possible so 33.85万 is exactly 338500.
  return { value: Number(value.toPrecision(12)), qualifier, percent, fraction: false };
}

/**
 * Reads a date as written (`2019年6月`, `3月5日`, `2017年年底`, `2019秋季`, `August 2016`) and
 * returns the parts it states, so that they can be compared with a stored date.
 */
export function parseWrittenDate(written: string): { year?: number; month?: number; day?: number } {
  const text = normaliseWidth(written).trim();
  const zh = /^(?:(\d{4})年?)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?(年底|年末|秋季|春季|夏季|冬季)?$/.exec(text);
  if (zh && (zh[1] || zh[2])) {
    const parts: { year?: number; month?: number; day?: number } = {};
    if (zh[1]) parts.year = Number(zh[1]);
    if (zh[2]) parts.month = Number(zh[2]);
    if (zh[3]) parts.day = Number(zh[3]);
    if (zh[4] === "年底" || zh[4] === "年末") parts.month = 12;
    return parts;
  }
  const en =
    /^(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/.exec(
      text,
    );
  if (en) {
    const month = new Date(`${en[2]} 1, 2000`).getMonth() + 1;
    return en[1] ? { year: Number(en[3]), month, day: Number(en[1]) } : { year: Number(en[3]), month };
  }
  throw new SyntaxError(`"${written}" is not a date this parser reads`);
}
