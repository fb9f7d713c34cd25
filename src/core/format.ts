import { intlLocale, type Lang } from "~/i18n/locales";

/** How a number should be written. */
export interface NumberStyle {
  /**
   * Write large Chinese figures with 万/亿 (338500 → 33.85万). Only used where the source itself
   * wrote the figure that way; exact figures stay exact. Ignored on English pages.
   */
  chineseUnits?: boolean;
  /** Maximum fraction digits (default: as many as needed, up to 4). */
  maxDecimals?: number;
}

const WAN = 1e4;
const YI = 1e8;

/**
 * Formats a number for a language: thousands separators, and 万/亿 on Chinese pages where asked.
 * `formatNumber(338506, "en")` → `338,506`; `formatNumber(338500, "zh", { chineseUnits: true })` → `33.85万`.
 */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: expected a finite number, got ${value}`);
  const maximumFractionDigits = style.maxDecimals ?? 4;
  const abs = Math.abs(value);
  if (lang === "zh" && style.chineseUnits && abs >= WAN) {
    const [divisor, suffix] = abs >= YI ? [YI, "亿"] : [WAN, "万"];
    return `${plain(value / divisor, lang, maximumFractionDigits)}${suffix}`;
  }
  return plain(value, lang, maximumFractionDigits);
}

function plain(value: number, lang: Lang, maximumFractionDigits: number): string {
  // Avoid "-0" for values that round to zero.
  const rounded = Number(value.toFixed(maximumFractionDigits));
  return new Intl.NumberFormat(intlLocale[lang], { maximumFractionDigits }).format(rounded === 0 ? 0 : rounded);
}

/** A percentage as both languages write it: `60.3%`. The value is in percent (60.3, not 0.603). */
export function formatPercent(value: number, lang: Lang, maxDecimals = 2): string {
  return `${formatNumber(value, lang, { maxDecimals })}%`;
}

/** A date at the precision it was stated: `2019`, `2019-06` or `2019-06-20`. */
export type DatePrecision = "year" | "month" | "day";

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial ISO date (`2019`, `2019-06`, `2019-06-20`), rejecting impossible ones. */
export function parsePartialDate(text: string): {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
} {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: "${text}"`);
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`impossible month in "${text}"`);
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new RangeError(`impossible day in "${text}"`);
  return { year, month, day, precision: "day" };
}

/** True when the text is a possible partial ISO date. */
export function isPartialDate(text: string): boolean {
  try {
    parsePartialDate(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A date at its own precision: `2019-06` → `2019年6月` / `June 2019`; `2019-06-20` → `2019年6月20日` / `20 June 2019`.
 * A period `2016/2020` → `2016—2020年` / `2016–2020`.
 */
export function formatDate(text: string, lang: Lang): string {
  if (text.includes("/")) {
    const [start = "", end = ""] = text.split("/");
    const sameShape = parsePartialDate(start).precision === "year" && parsePartialDate(end).precision === "year";
    if (sameShape) return lang === "zh" ? `${start}—${end}年` : `${start}–${end}`;
    return lang === "zh"
      ? `${formatDate(start, lang)}—${formatDate(end, lang)}`
      : `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  }
  const { year, month, day } = parsePartialDate(text);
  if (lang === "zh") return `${year}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
  if (!month) return String(year);
  const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A file size for download links: `812 B`, `12.3 KB`, `1.4 MB` (decimal units). */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1000) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1e6) return `${formatNumber(bytes / 1000, lang, { maxDecimals: 1 })} KB`;
  return `${formatNumber(bytes / 1e6, lang, { maxDecimals: 1 })} MB`;
}
