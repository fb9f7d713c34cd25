import { collectionTitle } from "~/data/downloads";
import type { Fact } from "~/data/facts";
import type { Lang } from "~/i18n/locales";
import { formatDate } from "~/core/format";
import { formatFactValue } from "~/data/formatFact";

/**
 * "Cite this number": one line a fact-checker can paste, naming the figure, its original source
 * and this compilation with its version and permalink.
 */
export function factCitation(fact: Fact, lang: Lang, permalink: string, version: string): string {
  const value = formatFactValue(fact, lang);
  // Inside the brackets of a citation, "inferred" follows a comma rather than a second bracket.
  const period = fact.period
    ? `${formatDate(fact.period, lang)}${fact.periodInferred ? (lang === "zh" ? "，推定" : ", inferred") : ""}`
    : "";
  const source = fact.evidence?.source;
  if (lang === "zh") {
    const origin = source
      ? `原始来源：${source.title}（${source.id}，${source.grade} 级${source.date ? `，${formatDate(source.date, lang)}` : ""}）。`
      : "本站根据所列数字计算。";
    return `${fact.measure.zh}${period ? `（${period}）` : ""}：${value}。${origin}整理：《${collectionTitle.zh}》，数据版本 ${version}，${permalink}`;
  }
  const origin = source
    ? `Original source: ${source.titleEn} (${source.id}, grade ${source.grade}${source.date ? `, ${formatDate(source.date, lang)}` : ""}).`
    : "Computed by the site from the figures it names.";
  return `${fact.measure.en}${period ? ` (${period})` : ""}: ${value}. ${origin} Compiled in: ${collectionTitle.en}, data version ${version}, ${permalink}`;
}
