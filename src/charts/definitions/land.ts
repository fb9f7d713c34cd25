import { defineStack } from "../define";

/**
 * 1. Rocky desertification: what the land is made of (karst and not; within the karst, rocky,
 * potential or neither; S00) as stacked 100 % bars, and the 1999 severity classes (S17) as a
 * third bar. Replaces the land-composition and desertification-severity bar charts: it shows every
 * figure both did.
 */
export const rockyDesertification = defineStack({
  id: "rocky-desertification",
  datasets: ["land-and-desertification"],
  title: {
    zh: (f) =>
      `黔西南州${f.value("land-karst-share")}的土地是喀斯特，喀斯特中${f.value("land-rd-share-of-karst")}已经石漠化`,
    en: (f) =>
      `Karst is ${f.value("land-karst-share")} of Qianxinan’s land, and ${f.value("land-rd-share-of-karst")} of the karst is rocky desertification`,
  },
  subtitle: {
    zh: "喀斯特占国土面积的比例，喀斯特中石漠化、潜在石漠化的比例（刘义文章，S00）；以及另一次调查中各等级石漠化的面积（全国卫星遥感监测，邓家富论文引用，S17）",
    en: "Karst as a share of all land, and rocky and potential rocky desertification as shares of the karst (S00); then, from another survey, rocky desertification by severity class (national satellite remote sensing, as cited in S17)",
  },
  takeaway: {
    zh: (f) =>
      `黔西南州${f.value("land-karst-share")}的土地是喀斯特；喀斯特中${f.value("land-rd-share-of-karst")}已经石漠化，另有${f.value("land-potential-rd-share-of-karst")}是潜在石漠化。${f.date("land-rd-area-1999")}的遥感调查中，轻度石漠化面积最大，为${f.value("land-rd-1999-light-area")}；极强烈只有${f.value("land-rd-1999-extreme-area")}。`,
    en: (f) =>
      `Karst makes up ${f.value("land-karst-share")} of Qianxinan’s land. Of the karst, ${f.value("land-rd-share-of-karst")} is rocky desertification and a further ${f.value("land-potential-rd-share-of-karst")} is potential rocky desertification. In the ${f.date("land-rd-area-1999")} remote-sensing survey, light rocky desertification covered the most land, ${f.value("land-rd-1999-light-area")}; the extremely strong class only ${f.value("land-rd-1999-extreme-area")}.`,
  },
  annotation: {
    text: {
      zh: (f) =>
        `喀斯特中${f.value("land-rd-share-of-karst")}已石漠化，另有${f.value("land-potential-rd-share-of-karst")}潜在石漠化`,
      en: (f) =>
        `${f.value("land-rd-share-of-karst")} of the karst is rocky desert; ${f.value("land-potential-rd-share-of-karst")} more could become so`,
    },
    marks: ["land-rd-share-of-karst", "land-potential-rd-share-of-karst"],
  },
  alt: {
    zh: (f) => `堆积条形图：黔西南州土地的构成，以及${f.date("land-rd-area-1999")}遥感调查中各等级石漠化的面积。`,
    en: (f) =>
      `Stacked bars of what Qianxinan’s land is made of, and of rocky desertification by severity class in the ${f.date("land-rd-area-1999")} remote-sensing survey.`,
  },
  notes: [
    {
      zh: "前两条的基数不同：第一条是全部国土，第二条只是喀斯特面积。",
      en: "The first two bars have different bases: all land first, then the karst only.",
    },
    {
      zh: "标为“本站计算”的部分是整体减去来源给出的部分，没有来源直接给出。",
      en: "Parts marked “computed” are the whole minus the parts the source gives; no source states them.",
    },
    {
      zh: "第三条来自另一次调查、另一个基础，不能与前两条刘义文章的比例连成趋势。面积和比例均照原文，未作调整；四个等级的面积之和比原文给出的总面积还多，原文没有解释，所以这一条略超出总面积。",
      en: "The third bar is from another survey on another basis and should not be read as a trend with S00’s shares above it. Areas and shares are as written, unadjusted; the four classes add up to more than the paper’s own total, which it does not explain, so this bar runs slightly past the total.",
    },
  ],
  noteFacts: ["land-rd-share-of-karst", "land-karst-without-rd-share-of-karst", "land-rd-1999-light-area"],
  spec: {
    scale: "per-group",
    groups: [
      {
        key: "land",
        label: { zh: "占国土面积", en: "Share of all land" },
        percentWhole: true,
        stack: true,
        rows: [
          { fact: "land-karst-share", label: { zh: "喀斯特出露", en: "Karst outcrop" }, tone: "blue" },
          { fact: "land-non-karst-share", label: { zh: "非喀斯特", en: "Not karst" }, tone: "neutral" },
        ],
      },
      {
        key: "karst",
        label: { zh: "占喀斯特面积", en: "Share of the karst" },
        percentWhole: true,
        stack: true,
        rows: [
          { fact: "land-rd-share-of-karst", label: { zh: "石漠化", en: "Rocky desertification" }, tone: "vermillion" },
          {
            fact: "land-potential-rd-share-of-karst",
            label: { zh: "潜在石漠化", en: "Potential rocky desertification" },
            tone: "orange",
          },
          {
            fact: "land-karst-without-rd-share-of-karst",
            label: { zh: "既非石漠化也非潜在石漠化", en: "Neither" },
            tone: "neutral",
          },
        ],
      },
      {
        key: "severity-1999",
        label: {
          zh: (f) => `${f.date("land-rd-area-1999")}石漠化，按等级（原文总面积）`,
          en: (f) => `Rocky desertification in ${f.date("land-rd-area-1999")}, by class (the paper’s total)`,
        },
        total: "land-rd-area-1999",
        stack: true,
        rows: [
          {
            fact: "land-rd-1999-light-area",
            extra: ["land-rd-1999-light-share"],
            label: { zh: "轻度", en: "Light" },
            tone: "sky",
          },
          {
            fact: "land-rd-1999-moderate-area",
            extra: ["land-rd-1999-moderate-share"],
            label: { zh: "中度", en: "Moderate" },
            tone: "blue",
          },
          {
            fact: "land-rd-1999-strong-area",
            extra: ["land-rd-1999-strong-share"],
            label: { zh: "强烈", en: "Strong" },
            tone: "pink",
          },
          {
            fact: "land-rd-1999-extreme-area",
            extra: ["land-rd-1999-extreme-share"],
            label: { zh: "极强烈", en: "Extremely strong" },
            tone: "vermillion",
          },
        ],
      },
    ],
  },
});
