/**
 * Every citation the site writes: of the collection or a dataset (plain text, BibTeX, RIS and
 * CSL-JSON), of a chart, and of one figure. The publisher is the site's name in the dictionaries.
 */
import { formatDate } from "~/core/format";
import { absoluteUrl, datasetPagePath } from "~/core/urls";
import { en } from "~/i18n/en";
import { defaultLang, type Lang } from "~/i18n/locales";
import { zh } from "~/i18n/zh";
import { getDataRelease } from "./downloads/release";
import type { Fact } from "./facts";
import { formatFactValue } from "./formatFact";
import { getCollectionMeta } from "./index";
import type { AnyDataset } from "./load";
import { titleIn, type Bilingual } from "~/i18n/locales";
import { getDict } from "~/i18n";
import { getPlaceName } from "./places";
import type { Grade } from "./schemas/sources";

/** The publisher and author credited in every citation: the site's name. */
export const publisher: Bilingual = { zh: zh.site.name, en: en.site.name };

/** What a citation needs: a title, where it lives, and which release of the data. */
export interface CitationTarget {
  /** A key for BibTeX and CSL-JSON, e.g. `qianxinan-relocation`. */
  key: string;
  title: Bilingual;
  url: string;
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
}

/** The citation target for the collection or one dataset. */
export function citationTarget(siteUrl: string, dataset?: AnyDataset): CitationTarget {
  const { version, date } = getDataRelease();
  const { name, title } = getCollectionMeta();
  if (!dataset) return { key: name, title, url: new URL("data/", siteUrl).href, version, date };
  return {
    key: `${name}-${dataset.id}`,
    title: {
      zh: `${dataset.meta.title.zh}（${title.zh}）`,
      en: `${dataset.meta.title.en} (${title.en})`,
    },
    url: absoluteUrl(datasetPagePath(dataset.id, defaultLang), siteUrl),
    version,
    date,
  };
}

/** The kinds of work a plain-text reference names, and how it names each with the data version. */
const workLabel: Record<"dataset" | "chart", Record<Lang, (version: string) => string>> = {
  dataset: { zh: (v) => `（数据版本 ${v}）[数据集]`, en: (v) => ` (version ${v}) [Data set]` },
  chart: { zh: (v) => `[图表]（数据版本 ${v}）`, en: (v) => ` [Chart] (data version ${v})` },
};

/**
 * A reference in the reader's language, e.g.
 * `After the Mountains (2026). Title (version 1.0.0) [Data set]. URL`; a chart's title is already
 * in that language, so it is given as one string.
 */
export function citationText(
  target: Omit<CitationTarget, "key" | "title"> & { title: Bilingual | string },
  lang: Lang,
  work: keyof typeof workLabel = "dataset",
): string {
  const year = target.date.slice(0, 4);
  const title = typeof target.title === "string" ? target.title : target.title[lang];
  const label = workLabel[work][lang](target.version);
  const p = getDict(lang).punct;
  return `${publisher[lang]}${p.open}${year}${p.close}${p.stop}${p.space}${p.titleOpen}${title}${p.titleClose}${label}${p.stop}${p.space}${target.url}`;
}

function bibEscape(text: string): string {
  return text.replace(/[{}\\]/g, (c) => `\\${c}`);
}

/** A BibTeX entry (`@misc`, as most styles lack a dataset type). */
export function citationBibtex(target: CitationTarget): string {
  const key = target.key.replace(/[^a-z0-9]/gi, "_");
  return [
    `@misc{${key},`,
    `  title = {${bibEscape(target.title.en)}},`,
    `  author = {{${bibEscape(publisher.en)}}},`,
    `  year = {${target.date.slice(0, 4)}},`,
    `  version = {${target.version}},`,
    `  howpublished = {\\url{${target.url}}},`,
    `  url = {${target.url}},`,
    `  note = {Data licensed CC BY 4.0; quoted source texts remain their publishers'},`,
    `}`,
  ].join("\n");
}

/** An RIS record of type DATA. */
export function citationRis(target: CitationTarget): string {
  return [
    "TY  - DATA",
    `TI  - ${target.title.en}`,
    `T2  - ${target.title.zh}`,
    `AU  - ${publisher.en}`,
    `PY  - ${target.date.slice(0, 4)}`,
    `DA  - ${target.date.replace(/-/g, "/")}`,
    `ET  - ${target.version}`,
    `UR  - ${target.url}`,
    `PB  - ${publisher.en}`,
    "ER  - ",
  ].join("\r\n");
}

/** A CSL-JSON item of type dataset. */
export function citationCsl(target: CitationTarget): Record<string, unknown> {
  const [year, month, day] = target.date.split("-").map(Number);
  return {
    id: target.key,
    type: "dataset",
    title: target.title.en,
    "original-title": target.title.zh,
    author: [{ literal: publisher.en }],
    publisher: publisher.en,
    issued: { "date-parts": [[year, month, day]] },
    version: target.version,
    URL: target.url,
  };
}

/**
 * "Cite this number": one line a fact-checker can paste, naming the figure, its original source
 * and this compilation with its version and permalink.
 */
export function factCitation(fact: Fact, lang: Lang, permalink: string, version: string): string {
  const { punct: p, citation: c } = getDict(lang);
  const bracketed = (parts: string[]) => `${p.open}${parts.join(p.comma)}${p.close}`;
  const value = formatFactValue(fact, lang);
  const collection = getCollectionMeta().title[lang];
  // Inside the brackets of a citation, "inferred" follows a comma rather than a second bracket.
  const period = fact.period
    ? [formatDate(fact.period, lang), ...(fact.periodInferred ? [c.inferred] : [])].join(p.comma)
    : "";
  const source = fact.evidence?.source;
  const origin = source
    ? `${c.originalSource}${p.colon}${titleIn(source, lang)}${bracketed([source.id, c.grade.replace("{grade}", source.grade), ...(source.date ? [formatDate(source.date, lang)] : [])])}${p.stop}`
    : c.computed;
  return `${fact.measure[lang]}${period ? bracketed([period]) : ""}${p.colon}${value}${p.stop}${p.space}${origin}${p.space}${c.compiledIn}${p.colon}${p.titleOpen}${collection}${p.titleClose}${p.comma}${c.dataVersion} ${version}${p.comma}${permalink}`;
}

/**
 * "Cite this number" as a BibTeX entry: the figure with its place and period as the title, the
 * site as author, and the original source with its grade and the data version in the note.
 */
export function factBibtex(
  fact: Fact,
  lang: Lang,
  permalink: string,
  release: { version: string; date: string },
): string {
  const where = [getPlaceName(fact.entity, lang), fact.period ?? ""].filter(Boolean).join(", ");
  const source = fact.evidence?.source;
  const origin = source ? `${source.id} [${source.grade}]; ` : "";
  return [
    `@misc{${fact.id},`,
    `  title = {${bibEscape(`${fact.measure[lang]}, ${where}: ${formatFactValue(fact, lang)}`)}},`,
    `  author = {{${bibEscape(publisher[lang])}}},`,
    `  year = {${release.date.slice(0, 4)}},`,
    `  note = {${origin}${getDict(lang).citation.dataVersion} ${release.version}},`,
    `  url = {${permalink}}`,
    `}`,
  ].join("\n");
}

/** A source as a source line names it: its id and reliability grade. */
export interface LineSource {
  id: string;
  grade: Grade;
}

/** What every source line says, in this order: its label, then each source once, as given. */
export interface SourceLineParts {
  /** "Source" or "Sources" (来源). */
  label: string;
  sources: LineSource[];
}

/**
 * The parts of the source line under a graphic: the same words in the same order on chart pages,
 * story charts, the home page's steps, the map, embeds and the PNG and SVG downloads
 * (src/components/SourceLine.astro writes them as HTML, `sourceLineText` as text).
 */
export function sourceLineParts(sources: readonly LineSource[], lang: Lang): SourceLineParts {
  const t = getDict(lang).data;
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return { label: unique.length === 1 ? t.source : t.sourcePlural, sources: unique };
}

/** Who made a chart or the map and under which licence, e.g. `Chart: After the Mountains, CC BY 4.0`. */
export function graphicCredit(kind: "chart" | "map", lang: Lang): string {
  const t = getDict(lang);
  const template = kind === "chart" ? t.charts.credit : t.map.credit;
  return template.replace("{site}", t.site.name).replace("{licence}", t.charts.licence);
}

/** Between the sources and each credit after them (the site, the licence, the boundaries). */
export const creditSeparator = " · ";

/**
 * A source line as text, with its credits after it, e.g. `Sources: S03 (A), S00 (B) · Chart: …`
 * or `来源：S03（A）、S00（B） · 图表：…`: for images and plain-text captions.
 */
export function sourceLineText(sources: readonly LineSource[], lang: Lang, credits: readonly string[] = []): string {
  const { punct } = getDict(lang);
  const { label, sources: unique } = sourceLineParts(sources, lang);
  const line = `${label}${punct.colon}${unique.map((s) => `${s.id}${punct.open}${s.grade}${punct.close}`).join(punct.list)}`;
  return [line, ...credits].join(creditSeparator);
}
