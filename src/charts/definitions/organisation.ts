import { defineStack } from "../define";
import { buildDisagreements } from "../disagreements";
import { renderDots } from "../dots/render";
import type { ChartDefinition, DotPlotData } from "../types";

/** 10. Party organisation coverage: the large areas and their sites vs the others (S00). */
export const partyCoverage = defineStack({
  id: "party-coverage",
  datasets: ["governance"],
  title: {
    zh: (f) =>
      `党组织覆盖全部${f.value("party-covered-residential-areas")}居住区、${f.value("party-covered-sites")}安置点`,
    en: (f) =>
      `Party organisation covers all ${f.value("party-covered-residential-areas")} and ${f.value("party-covered-sites")}`,
  },
  subtitle: {
    zh: (f) => `党组织覆盖的居住区和安置点，按居住区规模划分，截至${f.date("party-covered-residential-areas")}（S00）`,
    en: (f) =>
      `Residential areas and resettlement sites covered by Party organisation, by size of area, as of ${f.date("party-covered-residential-areas")} (S00)`,
  },
  takeaway: {
    zh: (f) =>
      `党组织覆盖全部${f.value("party-covered-residential-areas")}居住区、${f.value("party-covered-sites")}安置点。其中大型居住区${f.value("party-large-residential-areas")}（含集中安置点${f.value("party-large-area-sites")}），成立街道党工委${f.value("party-sub-district-working-committees")}；其他居住区${f.value("party-other-residential-areas")}（安置点${f.value("party-other-area-sites")}）纳入所在乡镇（街道）党委管理。`,
    en: (f) =>
      `Party organisation covers all ${f.value("party-covered-residential-areas")} and ${f.value("party-covered-sites")}. The ${f.number("party-large-residential-areas")} large areas (${f.value("party-large-area-sites")}) got sub-district Party working committees, ${f.value("party-sub-district-working-committees")} in all; the other ${f.number("party-other-residential-areas")} (${f.value("party-other-area-sites")}) are run by the Party committee of their township or sub-district.`,
  },
  annotation: {
    text: {
      zh: (f) =>
        `大型居住区${f.value("party-large-residential-areas")}，成立街道党工委${f.value("party-sub-district-working-committees")}`,
      en: (f) =>
        `${f.number("party-large-residential-areas")} large areas; ${f.value("party-sub-district-working-committees")} sub-district working committees`,
    },
    marks: ["party-large-residential-areas"],
  },
  alt: {
    zh: "堆积条形图，把党组织覆盖的居住区和安置点分为大型居住区和其他居住区。",
    en: "Stacked bars splitting the residential areas and sites covered by Party organisation into large and other areas.",
  },
  notes: [
    {
      zh: (f) => `“大型居住区”指${f.measure("party-large-residential-areas")}。`,
      en: (f) => `“Large areas”: ${f.measure("party-large-residential-areas").toLowerCase()}.`,
    },
  ],
  noteFacts: [],
  spec: {
    scale: "shared",
    groups: [
      {
        key: "areas",
        label: { zh: "居住区", en: "Residential areas" },
        total: "party-covered-residential-areas",
        stack: true,
        rows: [
          { fact: "party-large-residential-areas", label: { zh: "大型居住区", en: "Large areas" }, tone: "blue" },
          { fact: "party-other-residential-areas", label: { zh: "其他居住区", en: "Other areas" }, tone: "orange" },
        ],
      },
      {
        key: "sites",
        label: { zh: "安置点", en: "Resettlement sites" },
        total: "party-covered-sites",
        stack: true,
        rows: [
          { fact: "party-large-area-sites", label: { zh: "在大型居住区内", en: "In large areas" }, tone: "blue" },
          { fact: "party-other-area-sites", label: { zh: "在其他居住区内", en: "In other areas" }, tone: "orange" },
        ],
      },
    ],
  },
});

/** 11. 三宝乡: agreements signed vs people to move (S06); those not yet signed computed here. */
export const sanbaoAgreements = defineStack({
  id: "sanbao-agreements",
  datasets: ["sanbao-case"],
  title: {
    zh: (f) => `截至${f.date("sanbao-people-signed")}，三宝乡${f.value("sanbao-signed-share")}的应搬迁人口已签约`,
    en: (f) =>
      `By ${f.date("sanbao-people-signed")}, ${f.value("sanbao-signed-share")} of Sanbao’s people due to move had signed`,
  },
  subtitle: {
    zh: (f) =>
      `晴隆县三宝彝族乡应搬迁的人数和户数，以及截至${f.date("sanbao-people-signed")}已签订搬迁协议的人数和户数（S06）`,
    en: (f) =>
      `People and households to be moved from Sanbao Yi township, Qinglong County, and those that had signed a relocation agreement by ${f.date("sanbao-people-signed")} (S06)`,
  },
  takeaway: {
    zh: (f) =>
      `截至${f.date("sanbao-people-signed")}，三宝乡应搬迁的${f.value("sanbao-people-to-relocate")}中，${f.value("sanbao-people-signed")}已签订搬迁协议（${f.value("sanbao-signed-share")}）。`,
    en: (f) =>
      `By ${f.date("sanbao-people-signed")}, ${f.number("sanbao-people-signed")} of the ${f.value("sanbao-people-to-relocate")} due to move from Sanbao had signed relocation agreements (${f.value("sanbao-signed-share")}).`,
  },
  annotation: {
    text: {
      zh: (f) => `尚未签约：${f.value("sanbao-people-not-yet-signed")}（本站计算）`,
      en: (f) => `Not yet signed: ${f.value("sanbao-people-not-yet-signed")} (computed)`,
    },
    marks: ["sanbao-people-not-yet-signed"],
  },
  alt: {
    zh: "堆积条形图，显示三宝乡应搬迁人数、户数中已签约和尚未签约的部分。",
    en: "Stacked bars of the people and households to be moved from Sanbao, split into those who had signed and those who had not.",
  },
  notes: [
    {
      zh: "这是某一时间点的进度；其他来源称三宝乡后来完成了整乡搬迁（见数据页）。",
      en: "This is progress at one date; later sources describe the whole-township move as completed (see the dataset page).",
    },
  ],
  noteFacts: ["sanbao-people-not-yet-signed"],
  spec: {
    scale: "per-group",
    groups: [
      {
        key: "people",
        label: { zh: "人数", en: "People" },
        total: "sanbao-people-to-relocate",
        stack: true,
        rows: [
          {
            fact: "sanbao-people-signed",
            extra: ["sanbao-signed-share"],
            label: { zh: "已签约", en: "Signed" },
            tone: "blue",
          },
          { fact: "sanbao-people-not-yet-signed", label: { zh: "尚未签约", en: "Not yet signed" }, tone: "neutral" },
        ],
      },
      {
        key: "households",
        label: { zh: "户数", en: "Households" },
        total: "sanbao-households-to-relocate",
        stack: true,
        rows: [
          { fact: "sanbao-households-signed", label: { zh: "已签约", en: "Signed" }, tone: "blue" },
          {
            fact: "sanbao-households-not-yet-signed",
            label: { zh: "尚未签约", en: "Not yet signed" },
            tone: "neutral",
          },
        ],
      },
    ],
  },
});

/** 12. Where sources disagree: the competing figures for the same measures, side by side. */
export const sourceDisagreements: ChartDefinition<DotPlotData> = {
  id: "source-disagreements",
  datasets: ["relocation", "sanbao-case"],
  title: { zh: "同一个指标，来源给出的数字不一致", en: "Sources give different figures for the same measures" },
  subtitle: {
    zh: "同一指标，每个来源给出的数字是一个点，旁边是来源的可信度等级；每组第一行是本站采用的数字，虚线标出它的位置。只列出至少两个 A、B 级来源给出、且数字不一致的指标。",
    en: "Each source’s figure for the same measure is a dot, with the source’s grade beside it; the first in each group is the one the site uses, its position marked by a dashed tick. Only measures stated by at least two grade A or B sources whose figures differ.",
  },
  takeaway: {
    zh: (f) =>
      `按来源写法的精度，${f.value("relocation-total-s04")}与${f.value("relocation-planned-total")}是同一个数，${f.value("relocation-total-s01")}则不是。整体搬迁的村寨数、贵州省的搬迁总人数和三宝乡的人口，各来源也说法不一。`,
    en: (f) =>
      `At the precision each source writes, ${f.value("relocation-total-s04")} is the same figure as ${f.value("relocation-planned-total")}; ${f.value("relocation-total-s01")} is not. Sources also differ on the number of whole villages moved, Guizhou’s total and Sanbao’s population.`,
  },
  annotation: {
    text: {
      zh: (f) => `${f.value("relocation-total-s01")}：与本站采用的数字不一致`,
      en: (f) => `${f.value("relocation-total-s01")}: does not match the figure used`,
    },
    marks: ["relocation-total-s01"],
  },
  alt: {
    zh: "点图，每个指标一组，每个来源一个点，标出其可信度等级和本站采用的数字。",
    en: "Dot plot, one group per measure and one dot per source, with each source’s grade and the figure the site uses marked.",
  },
  notes: [
    {
      zh: "“一致”指在原文写法的精度内相同：以万为单位写的数字，四舍五入后与精确数字相同即为一致。",
      en: "“Agrees” means equal within the precision the source writes: a figure written in units of ten thousand (万) agrees with an exact one if it rounds the same.",
    },
    {
      zh: "每组有自己的刻度，且不从零开始：点与点的距离放大了差别，请以右侧的数字为准；组与组之间不能比较位置。",
      en: "Each group has its own scale, which does not start at zero: the gaps between dots magnify the differences, so read the figures on the right; positions cannot be compared across groups.",
    },
    {
      zh: "只有 C 级来源之间的分歧（例如各县面积），以及日期和单位不同的数字，见来源页。",
      en: "Disagreements among grade C sources only (such as county areas), and figures in different units or that are dates, are listed on the sources page.",
    },
  ],
  noteFacts: ["relocation-total-s01", "relocation-whole-villages"],
  build: (lang) => buildDisagreements(lang),
  render: renderDots,
};
