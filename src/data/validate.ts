import { arity, compute, roundTo, type ComputeOp } from "./compute";
import type { DataIssue } from "./issues";
import type { AnyDataset, Dataset, SiteData } from "./load";
import { parseWritten, parseWrittenDate, type NumberConvention } from "./parseWritten";
import type { Qualifier } from "./schemas/common";
import type { SourceRow } from "./schemas/sources";
import type { UnitId } from "./units";

/** Words in a quote that carry a hedge when it is not written next to the figure (超过…的1/2). */
const HEDGE_WORDS: Record<Exclude<Qualifier, "exact">, RegExp> = {
  "more-than": /超过|超過|逾|余|餘|多|more than|over/i,
  "at-least": /以上|不低于|不少于|至少|at least/i,
  nearly: /近|nearly|almost/i,
  about: /约|約|左右|about|some|around|ca\./i,
  "less-than": /不足|不到|less than/i,
  "at-most": /不过|不超过|以下|no more than/i,
};

interface Evidence {
  source: string;
  quote: string;
  asWritten: string;
}

interface Figure {
  value: number;
  unit: UnitId;
  qualifier: Qualifier;
}

type Report = (field: string | null, reason: string) => void;

function conventionOf(source: SourceRow | undefined): NumberConvention {
  if (source?.language === "de") return "de";
  return source?.language === "en" ? "en" : "zh";
}

function checkEvidence(
  evidence: Evidence,
  sources: Map<string, SourceRow>,
  prefix: string,
  report: Report,
): SourceRow | undefined {
  const source = sources.get(evidence.source);
  if (!source) report(`${prefix}source`, `unknown source id "${evidence.source}"`);
  else if (source.grade === "X") report(`${prefix}source`, `source ${source.id} is grade X and may not be published`);
  if (!evidence.quote.includes(evidence.asWritten)) {
    report(`${prefix}asWritten`, `"${evidence.asWritten}" does not occur in the quote`);
  }
  return source;
}

function checkFigure(
  figure: Figure,
  evidence: Evidence,
  source: SourceRow | undefined,
  prefix: string,
  report: Report,
): void {
  let parsed;
  try {
    parsed = parseWritten(evidence.asWritten, conventionOf(source));
  } catch (error) {
    report(`${prefix}asWritten`, `cannot be read as a figure: ${(error as Error).message}`);
    return;
  }
  const tolerance = parsed.fraction ? 5e-5 : Math.abs(parsed.value) * 1e-9;
  if (Math.abs(parsed.value - figure.value) > tolerance) {
    report(`${prefix}value`, `${figure.value} does not match "${evidence.asWritten}", which reads as ${parsed.value}`);
  }
  if (parsed.qualifier !== figure.qualifier) {
    const hedgeInQuote =
      figure.qualifier !== "exact" &&
      parsed.qualifier === "exact" &&
      HEDGE_WORDS[figure.qualifier].test(evidence.quote);
    if (!hedgeInQuote) {
      report(
        `${prefix}qualifier`,
        `is "${figure.qualifier}" but "${evidence.asWritten}" reads as "${parsed.qualifier}"`,
      );
    }
  }
  if (parsed.percent && figure.unit !== "percent")
    report(`${prefix}unit`, `"${evidence.asWritten}" is a percentage but the unit is "${figure.unit}"`);
  if (parsed.fraction && figure.unit !== "fraction")
    report(`${prefix}unit`, `"${evidence.asWritten}" is a fraction but the unit is "${figure.unit}"`);
  checkRange(figure, prefix, report);
}

function checkRange(figure: Figure, prefix: string, report: Report): void {
  if (figure.unit === "percent" && (figure.value < 0 || figure.value > 100)) {
    report(`${prefix}value`, `a share must lie between 0 and 100 per cent, got ${figure.value}`);
  }
  if (figure.unit === "fraction" && (figure.value < 0 || figure.value > 1)) {
    report(`${prefix}value`, `a fraction must lie between 0 and 1, got ${figure.value}`);
  }
}

function checkWrittenDate(date: string, evidence: Evidence, yearInferred: boolean, report: Report): void {
  let parts;
  try {
    parts = parseWrittenDate(evidence.asWritten);
  } catch (error) {
    report("asWritten", (error as Error).message);
    return;
  }
  const [year, month, day] = date.split("-").map(Number);
  if (parts.year !== undefined && parts.year !== year) report("date", `${date} does not match "${evidence.asWritten}"`);
  if (parts.month !== undefined && parts.month !== month)
    report("date", `${date} does not match "${evidence.asWritten}"`);
  if (parts.day !== undefined && parts.day !== day) report("date", `${date} does not match "${evidence.asWritten}"`);
  if (parts.year === undefined && !yearInferred)
    report("yearInferred", `"${evidence.asWritten}" gives no year, so the year is inferred`);
  if (parts.year !== undefined && yearInferred) report("yearInferred", `"${evidence.asWritten}" states the year`);
}

/**
 * A note reads as written once: no doubled blanks, and no sentence said twice (notes joined by a
 * script used to read "年份均未说明。来源没有写明年份。").
 */
function checkNote(note: { zh: string; en: string }, report: Report): void {
  if (/\s{2}/.test(note.en) || /\s{2}/.test(note.zh)) report("note", "has a doubled blank");
  for (const [lang, text] of Object.entries(note)) {
    const sentences = text.split(lang === "zh" ? /(?<=[。！？])/ : /(?<=[.!?])\s+/).map((s) => s.trim());
    const said = new Set<string>();
    for (const sentence of sentences.filter(Boolean)) {
      if (said.has(sentence)) report("note", `says “${sentence}” twice`);
      said.add(sentence);
    }
  }
  if (
    /年份.{0,12}未说明|没有写明年份|未注明年份/.test(note.zh.replace(/没有写明年份。$/, "")) &&
    /没有写明年份。$/.test(note.zh)
  )
    report("note", "says twice that the year is not given");
}

/**
 * Rows citing S25 or a later source were reviewed for inferred periods when they were added, so the
 * check below applies to them; rows from S00–S24 are reviewed one by one as their flag is set.
 */
const PERIOD_REVIEWED_FROM = 25;

function isPeriodReviewed(sourceId: string): boolean {
  const number = /^S(\d{2})/.exec(sourceId)?.[1];
  return number !== undefined && Number(number) >= PERIOD_REVIEWED_FROM;
}

/**
 * True when the source itself dates the figure: the quote writes every year of the period, or
 * “十三五” / the 13th Five-Year Plan for 2016/2020, or the period is the publication date (at any
 * precision), which the data takes when a source gives no other date.
 */
export function isPeriodStated(period: string, quote: string, published: string | null): boolean {
  const years = [...new Set(period.split("/").map((p) => p.slice(0, 4)))];
  if (years.every((year) => quote.includes(year))) return true;
  if (period === "2016/2020" && /十三五|13th Five-Year Plan/i.test(quote)) return true;
  return published !== null && !period.includes("/") && published.startsWith(period);
}

function checkPeriod(
  row: { period: string | null; periodInferred: boolean; quote: string },
  source: SourceRow | undefined,
  report: Report,
): void {
  if (row.period === null) return;
  if (!source || !isPeriodReviewed(source.id) || row.periodInferred) return;
  if (!isPeriodStated(row.period, row.quote, source.date))
    report(
      "periodInferred",
      `the quote does not date the figure ${row.period} and it is not the publication date (${source.date ?? "unknown"}): mark the period as inferred and say why in the note`,
    );
}

/** Numeric figures by row id, for derived rows and consistency checks. */
function figureIndex(data: SiteData): Map<string, number> {
  const index = new Map<string, number>();
  for (const dataset of data.datasets) {
    if (dataset.kind === "observations") for (const row of dataset.rows) index.set(row.id, row.value);
    if (dataset.kind === "policy") for (const row of dataset.rows) if (row.value !== null) index.set(row.id, row.value);
  }
  return index;
}

/** A row that takes part in the one-preferred-row rule, with where it lives. */
interface PreferredCandidate {
  file: string;
  row: number;
  id: string;
  preferred: boolean;
}

/**
 * Exactly one row per measure is preferred, across every file: rows of the same place and measure
 * in two datasets form one group. A second preferred row is reported at its own file and row.
 */
function checkPreferred(groups: Map<string, PreferredCandidate[]>, issues: DataIssue[]): void {
  for (const [key, rows] of groups) {
    const preferred = rows.filter((r) => r.preferred);
    if (preferred.length === 1) continue;
    if (preferred.length === 0) {
      const first = rows[0];
      if (first)
        issues.push({
          file: first.file,
          row: first.row,
          id: first.id,
          field: "preferred",
          reason: `${key}: no row is marked preferred; exactly one must be (rows: ${rows.map((r) => r.id).join(", ")})`,
        });
      continue;
    }
    const [first, ...others] = preferred as [PreferredCandidate, ...PreferredCandidate[]];
    for (const extra of others)
      issues.push({
        file: extra.file,
        row: extra.row,
        id: extra.id,
        field: "preferred",
        reason: `${key}: ${preferred.length} rows are marked preferred; exactly one must be (also ${first.id} in ${first.file} row ${first.row})`,
      });
  }
}

function datasetOf<K extends AnyDataset["kind"]>(data: SiteData, kind: K): Dataset<K>[] {
  return data.datasets.filter((d) => d.kind === kind) as unknown as Dataset<K>[];
}

/**
 * Checks what a schema cannot see: unique ids, known sources and places, figures that match
 * their words, derived figures and consistency checks that add up, one preferred row per measure.
 */
export function validateData(data: SiteData): DataIssue[] {
  const issues: DataIssue[] = [];
  const sources = new Map(datasetOf(data, "sources").flatMap((d) => d.rows.map((r) => [r.id, r] as const)));
  const counties = new Set(datasetOf(data, "counties").flatMap((d) => d.rows.map((r) => r.id)));
  const countyNames = new Map(
    datasetOf(data, "counties").flatMap((d) =>
      d.rows.map(
        (r) => [r.id, (/^\p{Script=Han}+/u.exec(r.name.zh)?.[0] ?? r.name.zh).replace(/(市|县|新区)$/, "")] as const,
      ),
    ),
  );
  const townships = new Set(
    datasetOf(data, "places").flatMap((d) => d.rows.filter((r) => r.kind === "township").map((r) => r.id)),
  );
  const entities = new Set([
    ...counties,
    ...datasetOf(data, "places").flatMap((d) => d.rows.map((r) => r.id)),
    ...datasetOf(data, "sites").flatMap((d) => d.rows.map((r) => r.id)),
  ]);
  const figures = figureIndex(data);
  const seen = new Map<string, string>();
  const preferredGroups = new Map<string, PreferredCandidate[]>();

  for (const dataset of data.datasets) {
    dataset.rows.forEach((row, index) => {
      const rowNumber = dataset.rowNumbers[index] ?? index + 1;
      const report: Report = (field, reason) =>
        issues.push({ file: dataset.file, row: rowNumber, id: row.id, field, reason });
      const firstSeen = seen.get(row.id);
      if (firstSeen) report("id", `duplicate id; already used in ${firstSeen}`);
      else seen.set(row.id, `${dataset.file} row ${rowNumber}`);
      validateRow(dataset, row, { countyNames, sources, counties, townships, entities, figures }, report);
      if ("note" in row && row.note) checkNote(row.note, report);
    });
    const candidate = (id: string, index: number, preferred: boolean): PreferredCandidate => ({
      file: dataset.file,
      row: dataset.rowNumbers[index] ?? index + 1,
      id,
      preferred,
    });
    const addCandidate = (key: string, c: PreferredCandidate) =>
      preferredGroups.set(key, [...(preferredGroups.get(key) ?? []), c]);
    if (dataset.kind === "observations")
      dataset.rows.forEach((r, i) => addCandidate(`${r.entity}/${r.measureKey}`, candidate(r.id, i, r.preferred)));
    if (dataset.kind === "policy")
      dataset.rows.forEach((r, i) => {
        if (r.measureKey !== null) addCandidate(`policy ${r.measureKey}`, candidate(r.id, i, r.preferred));
      });
  }
  checkPreferred(preferredGroups, issues);

  data.checks.forEach((check, index) => {
    const report: Report = (field, reason) =>
      issues.push({ file: "data/checks.json", row: index + 1, id: check.id, field, reason });
    const missing = [...check.inputs, check.expected].filter((id) => !figures.has(id));
    if (missing.length > 0) return report("inputs", `unknown figure id(s): ${missing.join(", ")}`);
    if (!hasArity(check.op, check.inputs))
      return report("inputs", `${check.op} cannot take ${check.inputs.length} input(s)`);
    const inputs = check.inputs.map((id) => figures.get(id) ?? Number.NaN);
    const computed = compute(check.op, inputs);
    const expected = figures.get(check.expected) ?? Number.NaN;
    if (!(Math.abs(computed - expected) <= check.tolerance)) {
      const listed = check.inputs.map((id, i) => `${id} = ${inputs[i]}`).join(", ");
      report(
        null,
        `${check.op} of ${listed} is ${roundTo(computed, 6)}, but ${check.expected} = ${expected} (tolerance ${check.tolerance})`,
      );
    }
    return undefined;
  });

  data.gaps.forEach((gap, index) => {
    for (const id of gap.related) {
      if (!sources.has(id))
        issues.push({
          file: "data/gaps.json",
          row: index + 1,
          id: gap.id,
          field: "related",
          reason: `unknown source id "${id}"`,
        });
    }
  });

  data.tensions.forEach((tension, index) => {
    const report: Report = (field, reason) =>
      issues.push({ file: "data/tensions.json", row: index + 1, id: tension.id, field, reason });
    const unknown = tension.facts.filter((id) => !figures.has(id));
    if (unknown.length > 0) report("facts", `unknown figure id(s): ${unknown.join(", ")}`);
    const repeated = tension.facts.filter((id, i) => tension.facts.indexOf(id) !== i);
    if (repeated.length > 0) report("facts", `listed twice: ${repeated.join(", ")}`);
  });

  const datasetIds = new Set(data.datasets.map((d) => d.id));
  data.changelog.forEach((entry, index) => {
    const report: Report = (field, reason) =>
      issues.push({ file: "data/changelog.json", row: index + 1, id: entry.version, field, reason });
    const next = data.changelog[index + 1];
    if (next && compareVersions(next.version, entry.version) >= 0)
      report("version", `must be newer than ${next.version} below it`);
    for (const change of entry.changes) {
      for (const id of change.datasets)
        if (!datasetIds.has(id as never)) report("changes.datasets", `unknown dataset "${id}"`);
    }
  });
  return issues;
}

function hasArity(op: ComputeOp, inputs: readonly string[]): boolean {
  const [min, max] = arity[op];
  return inputs.length >= min && inputs.length <= max;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

interface Context {
  /** Short Chinese names of the counties (兴义 for 兴义市), as a quote names them in a list. */
  countyNames: Map<string, string>;
  sources: Map<string, SourceRow>;
  counties: Set<string>;
  townships: Set<string>;
  entities: Set<string>;
  figures: Map<string, number>;
}

function validateRow(dataset: AnyDataset, row: AnyDataset["rows"][number], ctx: Context, report: Report): void {
  switch (dataset.kind) {
    case "observations": {
      const r = row as Dataset<"observations">["rows"][number];
      if (!ctx.entities.has(r.entity)) report("entity", `unknown place "${r.entity}"`);
      if (r.periodInferred && r.period === null) report("periodInferred", "an inferred period needs a period");
      if (r.periodInferred && r.note === null)
        report("note", "an inferred period needs a note saying what it is inferred from");
      if (r.kind === "reported") {
        const source = checkEvidence(r, ctx.sources, "", report);
        checkFigure(r, r, source, "", report);
        checkPeriod(r, source, report);
        return;
      }
      checkRange(r, "", report);
      const missing = r.derivation.inputs.filter((id) => !ctx.figures.has(id));
      if (missing.length > 0) return report("derivation.inputs", `unknown figure id(s): ${missing.join(", ")}`);
      if (!hasArity(r.derivation.op, r.derivation.inputs))
        return report("derivation.inputs", `${r.derivation.op} cannot take ${r.derivation.inputs.length} input(s)`);
      const computed = roundTo(
        compute(
          r.derivation.op,
          r.derivation.inputs.map((id) => ctx.figures.get(id) ?? Number.NaN),
        ),
        r.derivation.decimals,
      );
      if (Math.abs(computed - r.value) > 1e-9)
        report("value", `${r.value} is not the ${r.derivation.op} of its inputs, which is ${computed}`);
      return;
    }
    case "completion": {
      const r = row as Dataset<"completion">["rows"][number];
      if (!ctx.counties.has(r.entity)) report("entity", `unknown county "${r.entity}"`);
      checkEvidence(r, ctx.sources, "", report);
      checkWrittenDate(r.date, r, r.yearInferred, report);
      if (r.corroboration) {
        const c = r.corroboration;
        checkEvidence(c, ctx.sources, "corroboration.", report);
        if (c.source === r.source) report("corroboration.source", "a corroboration must come from another source");
        if (c.by < r.date) report("corroboration.by", `${c.by} is before the completion date ${r.date}`);
        const name = ctx.countyNames.get(r.entity);
        if (name && !c.quote.includes(name)) report("corroboration.quote", `the quote does not name ${name}`);
      }
      return;
    }
    case "sites": {
      const r = row as Dataset<"sites">["rows"][number];
      if (!ctx.counties.has(r.county)) report("county", `unknown county "${r.county}"`);
      for (const origin of r.origins) if (!ctx.counties.has(origin)) report("origins", `unknown county "${origin}"`);
      if (r.origins.length > 0 && !r.originsEvidence) report("originsEvidence", "origins are listed without evidence");
      checkEvidence(r, ctx.sources, "", report);
      if (r.originsEvidence) checkEvidence(r.originsEvidence, ctx.sources, "originsEvidence.", report);
      for (const township of r.wholeTownships)
        if (!ctx.townships.has(township)) report("wholeTownships", `unknown township "${township}"`);
      if (r.wholeTownships.length > 0 && !r.wholeTownshipsEvidence)
        report("wholeTownshipsEvidence", "whole-township moves are listed without evidence");
      if (r.wholeTownshipsEvidence)
        checkEvidence(r.wholeTownshipsEvidence, ctx.sources, "wholeTownshipsEvidence.", report);
      for (const [field, unit] of [
        ["households", "households"],
        ["people", "persons"],
      ] as const) {
        const figure = r[field];
        if (!figure) continue;
        const source = checkEvidence(figure, ctx.sources, `${field}.`, report);
        checkFigure({ ...figure, unit }, figure, source, `${field}.`, report);
      }
      return;
    }
    case "policy": {
      const r = row as Dataset<"policy">["rows"][number];
      const source = checkEvidence(r, ctx.sources, "", report);
      if (r.value !== null) {
        if (r.unit === null) return report("unit", "a figure needs a unit");
        checkFigure({ value: r.value, unit: r.unit, qualifier: r.qualifier }, r, source, "", report);
      } else if (r.kind === "milestone" && r.date !== null) {
        checkWrittenDate(r.date, r, false, report);
      }
      if (r.date !== null && !r.quote.includes(r.date.slice(0, 4)))
        report("date", `the quote does not state the year ${r.date.slice(0, 4)}`);
      if (r.kind === "target" && r.value !== null && r.status !== "target")
        report("status", "a target must have status target");
      return;
    }
    case "places": {
      const r = row as Dataset<"places">["rows"][number];
      if (r.parent !== null && !ctx.entities.has(r.parent)) report("parent", `unknown place "${r.parent}"`);
      return;
    }
    case "counties":
    case "sources":
      return;
  }
}
