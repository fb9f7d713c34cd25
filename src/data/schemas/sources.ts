import { z } from "zod";
import { Bilingual, doc, PartialDate, SourceId, Text } from "./common";

/**
 * Reliability grades, as assigned in the research notes:
 * A official statistics or a named official/central outlet; B a reputable repost or an academic paper;
 * C an aggregator, wiki mirror or unknown site (published only with its grade shown);
 * X not published. `A/B` is kept where the notes hesitate between the two.
 */
export const Grade = z.enum(["A", "A/B", "B", "C", "X"]);
export type Grade = z.output<typeof Grade>;

/** One bibliography entry. */
export const SourceRow = z.strictObject({
  id: doc(SourceId, "Source id, as used by every data row", "来源编号，供每条数据引用"),
  title: doc(Text, "Title as published (original language)", "原标题（原语言）"),
  titleEn: doc(Text, "English rendering of the title", "标题的英文译名"),
  publisher: doc(Bilingual, "Original publisher, or who carried the copy we read", "原出版者，或所读副本的刊载者"),
  author: doc(Text.nullable(), "Author(s) as credited, or null", "署名作者；无则为 null"),
  date: doc(PartialDate.nullable(), "Publication date, or null when unknown", "发布日期；未知则为 null"),
  urls: doc(
    z.array(z.url()),
    "Where the text was read (first: the copy quoted); empty when the research notes give no address",
    "所读文本的网址（第一个为引用的副本）；研究笔记未给出网址时为空",
  ),
  grade: doc(
    Grade,
    "Reliability grade: A, A/B, B, C, or X (not published)",
    "可信度等级：A、A/B、B、C，或 X（不发布）",
  ),
  language: doc(z.enum(["zh-Hans", "zh-Hant", "en", "de"]), "Language and script of the quotes", "引文的语言与字体"),
  kind: doc(
    z.enum(["news", "repost", "bulletin", "paper", "wiki", "aggregator", "reference", "summary"]),
    "What kind of document it is",
    "文献类型",
  ),
  note: doc(
    Bilingual.nullable(),
    "What to know about this source (mirrors, artefacts, dates), or null",
    "关于该来源的说明（镜像、乱码、日期），无则为 null",
  ),
});
export type SourceRow = z.output<typeof SourceRow>;
