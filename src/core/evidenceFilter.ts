/**
 * The evidence explorer's filter, search, sort and URL state: pure functions on plain objects, so
 * the browser script (src/scripts/evidenceExplorer.ts) and the unit tests share them. No imports:
 * this module is bundled into the page's JavaScript.
 */

/** What the filter needs to know about one evidence row. */
export interface EvidenceKeys {
  id: string;
  topic: string;
  /** County id, or "" for a figure about the prefecture, the province or the karst region. */
  county: string;
  source: string;
  grade: string;
  /** Date or period (`2019-06-20`, `2016/2020`), or "" when the source gives none. */
  period: string;
  status: string;
  /** The text the free-text search looks in: measure (both languages), place, quote, figure. */
  text: string;
  /** The figure as a number, for sorting (NaN for dates and names). */
  value: number;
}

/** The sort orders the explorer offers. */
export const sortKeys = ["topic", "period", "source", "grade", "value"] as const;
export type SortKey = (typeof sortKeys)[number];

/** The explorer's state: every filter, the search terms and the order. Empty strings mean "any". */
export interface FilterState {
  topic: string;
  county: string;
  source: string;
  grade: string;
  status: string;
  /** First year of interest ("2019"): rows whose period ends before it are left out. */
  from: string;
  /** Last year of interest: rows whose period starts after it are left out. */
  to: string;
  q: string;
  sort: SortKey;
  desc: boolean;
}

/** The state with nothing filtered, in topic order. */
export const emptyState: FilterState = {
  topic: "",
  county: "",
  source: "",
  grade: "",
  status: "",
  from: "",
  to: "",
  q: "",
  sort: "topic",
  desc: false,
};

const fields = ["topic", "county", "source", "grade", "status", "from", "to", "q"] as const;

/** Folds case and full-width forms, so that "Qinglong", "qinglong" and "ＱＩＮＧＬＯＮＧ" match alike. */
export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * The search terms: split on blanks, each matched as a substring. Chinese has no blanks between
 * words, so "晴隆 石漠化" is two terms and "晴隆石漠化" one.
 */
export function searchTerms(q: string): string[] {
  return normalise(q)
    .split(/[\s\u3000]+/)
    .filter(Boolean);
}

/** The years a period covers: `2016/2020` → [2016, 2020], `2019-06` → [2019, 2019]; null when unknown. */
export function periodYears(period: string): [number, number] | null {
  if (!period) return null;
  const [start = "", end = start] = period.split("/");
  const a = Number(start.slice(0, 4));
  const b = Number(end.slice(0, 4));
  return Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0 ? [a, b] : null;
}

/** True when a row passes every filter and contains every search term. */
export function matches(row: EvidenceKeys, state: FilterState, terms = searchTerms(state.q)): boolean {
  if (state.topic && row.topic !== state.topic) return false;
  if (state.county && row.county !== state.county) return false;
  if (state.source && row.source !== state.source) return false;
  if (state.grade && row.grade !== state.grade) return false;
  if (state.status && row.status !== state.status) return false;
  if (state.from || state.to) {
    const years = periodYears(row.period);
    if (!years) return false;
    if (state.from && years[1] < Number(state.from)) return false;
    if (state.to && years[0] > Number(state.to)) return false;
  }
  if (terms.length > 0) {
    const text = normalise(row.text);
    if (!terms.every((t) => text.includes(t))) return false;
  }
  return true;
}

const gradeOrder = ["A", "A/B", "B", "C"];

function compare(a: EvidenceKeys, b: EvidenceKeys, key: SortKey): number {
  switch (key) {
    case "topic":
      return 0;
    case "period":
      return a.period.localeCompare(b.period);
    case "source":
      return a.source.localeCompare(b.source, "en", { numeric: true });
    case "grade":
      return gradeOrder.indexOf(a.grade) - gradeOrder.indexOf(b.grade);
    case "value": {
      const [x, y] = [a.value, b.value];
      if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
      return x - y;
    }
  }
}

/**
 * The rows that match, in the chosen order. "topic" keeps the page's order (grouped by topic);
 * other keys sort stably, so rows that tie keep the page's order.
 */
export function filterRows<T extends EvidenceKeys>(rows: readonly T[], state: FilterState): T[] {
  const terms = searchTerms(state.q);
  const kept = rows.filter((r) => matches(r, state, terms));
  if (state.sort === "topic") return state.desc ? kept.reverse() : kept;
  const sign = state.desc ? -1 : 1;
  return kept
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * compare(a.row, b.row, state.sort) || a.i - b.i)
    .map(({ row }) => row);
}

/** Reads the state from a URL query (`?county=qinglong&grade=A&from=2019`); unknown keys are ignored. */
export function parseState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = { ...emptyState };
  for (const field of fields) state[field] = params.get(field)?.trim() ?? "";
  for (const year of ["from", "to"] as const) if (!/^\d{4}$/.test(state[year])) state[year] = "";
  const sort = params.get("sort");
  state.sort = (sortKeys as readonly string[]).includes(sort ?? "") ? (sort as SortKey) : "topic";
  state.desc = params.get("desc") === "1";
  return state;
}

/** Writes the state as a URL query, leaving out what is empty: `""` for the empty state. */
export function formatState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const field of fields) if (state[field]) params.set(field, state[field]);
  if (state.sort !== "topic") params.set("sort", state.sort);
  if (state.desc) params.set("desc", "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV with a header line, CRLF line ends and a UTF-8 byte-order mark (so Excel reads Chinese). */
export function toCsvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
