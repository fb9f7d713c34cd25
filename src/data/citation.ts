import type { Lang } from "../i18n/locales";
import type { Bilingual } from "~/i18n/locales";

/** What a citation needs: a title, where it lives, and which release of the data. */
export interface CitationTarget {
  /** A key for BibTeX and CSL-JSON, e.g. `qianxinan-relocation`. */
  key: string;
  title: Bilingual;
  url: string;
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  /** The date the reader accessed it, for the plain-text form; omitted when unknown. */
  accessed?: string;
}

/** The publisher and author credited in every citation. */
export const publisher: Bilingual = { zh: "搬出大山之后", en: "After the Mountains" };

/** A reference in the reader's language: `After the Mountains (2026). Title (version 1.0.0) [Data set]. URL` */
export function citationText(target: CitationTarget, lang: Lang): string {
  const year = target.date.slice(0, 4);
  if (lang === "zh") {
    return `${publisher.zh}（${year}）。《${target.title.zh}》（数据版本 ${target.version}）[数据集]。${target.url}`;
  }
  return `${publisher.en} (${year}). ${target.title.en} (version ${target.version}) [Data set]. ${target.url}`;
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
