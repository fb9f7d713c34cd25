import { defineBars } from "../define";

/** 1. What the land is made of: karst and not, and within the karst, rocky, potential or neither (S00). */
export const landComposition = defineBars({
  id: "land-composition",
  datasets: ["land-and-desertification"],
  title: {
    zh: (f) =>
      `黔西南州${f.value("land-karst-share")}的土地是喀斯特，喀斯特中${f.value("land-rd-share-of-karst")}已经石漠化`,
    en: (f) =>
      `Karst is ${f.value("land-karst-share")} of Qianxinan’s land, and ${f.value("land-rd-share-of-karst")} of the karst is rocky desertification`,
  },
  subtitle: {
    zh: "喀斯特占国土面积的比例，以及喀斯特中石漠化、潜在石漠化所占的比例（刘义文章，S00）",
    en: "Karst as a share of all land, and rocky and potential rocky desertification as shares of the karst (S00)",
  },
  takeaway: {
    zh: (f) =>
      `黔西南州${f.value("land-karst-share")}的土地是喀斯特；喀斯特中${f.value("land-rd-share-of-karst")}已经石漠化，另有${f.value("land-potential-rd-share-of-karst")}是潜在石漠化。`,
    en: (f) =>
      `Karst makes up ${f.value("land-karst-share")} of Qianxinan’s land. Of the karst, ${f.value("land-rd-share-of-karst")} is rocky desertification and a further ${f.value("land-potential-rd-share-of-karst")} is potential rocky desertification.`,
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
  alt: { zh: "条形图，显示黔西南州土地的构成。", en: "Bar chart of what Qianxinan’s land is made of." },
  notes: [
    {
      zh: "两组比例的基数不同：第一组是全部国土，第二组只是喀斯特面积。",
      en: "The two groups have different bases: all land first, then the karst only.",
    },
    {
      zh: "标为“本站计算”的部分是整体减去来源给出的部分，没有来源直接给出。",
      en: "Parts marked “computed” are the whole minus the parts the source gives; no source states them.",
    },
  ],
  noteFacts: ["land-rd-share-of-karst", "land-karst-without-rd-share-of-karst"],
  spec: {
    scale: "shared",
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
    ],
  },
});

/** 2. Rocky desertification by severity class, from the 1999 remote-sensing survey cited by S17. */
export const desertificationSeverity = defineBars({
  id: "desertification-severity",
  datasets: ["land-and-desertification"],
  title: {
    zh: (f) =>
      `${f.date("land-rd-area-1999")}的石漠化：轻度占${f.value("land-rd-1999-light-share")}，极强烈只占${f.value("land-rd-1999-extreme-share")}`,
    en: (f) =>
      `Rocky desertification in ${f.date("land-rd-area-1999")}: ${f.value("land-rd-1999-light-share")} light, ${f.value("land-rd-1999-extreme-share")} extremely strong`,
  },
  subtitle: {
    zh: "各等级石漠化的面积及其占石漠化总面积的比例（全国卫星遥感监测，邓家富论文引用，S17）",
    en: "Area of each severity class and its share of all rocky desertification (national satellite remote sensing, as cited in S17)",
  },
  takeaway: {
    zh: (f) =>
      `轻度石漠化面积最大，为${f.value("land-rd-1999-light-area")}；极强烈石漠化只有${f.value("land-rd-1999-extreme-area")}。四个等级的面积之和比原文给出的总面积还多，原文没有解释。`,
    en: (f) =>
      `Light rocky desertification covered the most land, ${f.value("land-rd-1999-light-area")}; the extremely strong class only ${f.value("land-rd-1999-extreme-area")}. The four classes add up to more than the paper’s own total, which it does not explain.`,
  },
  annotation: {
    text: {
      zh: (f) => `轻度：${f.value("land-rd-1999-light-area")}，占原文总面积的${f.value("land-rd-1999-light-share")}`,
      en: (f) =>
        `Light: ${f.value("land-rd-1999-light-area")}, ${f.value("land-rd-1999-light-share")} of the paper’s total`,
    },
    marks: ["land-rd-1999-light-area"],
  },
  alt: {
    zh: "条形图，显示各等级石漠化的面积和比例。",
    en: "Bar chart of rocky desertification area and share by severity class.",
  },
  notes: [
    {
      zh: "面积和比例均照原文，未作调整；比例以原文的总面积为分母。",
      en: "Areas and shares are as written in the paper, unadjusted; the shares are of the paper’s stated total.",
    },
    {
      zh: "这是另一种来源、另一个基础的数字，不能与“土地构成”图中刘义文章的比例连成趋势。",
      en: "This survey is on a different basis from S00’s shares in the land-composition chart; the two should not be read as a trend.",
    },
  ],
  noteFacts: ["land-rd-1999-light-area"],
  spec: {
    scale: "shared",
    groups: [
      {
        key: "total",
        rows: [
          {
            fact: "land-rd-area-1999",
            label: { zh: "石漠化总面积（原文）", en: "All rocky desertification (as the paper gives it)" },
            tone: "neutral",
          },
        ],
      },
      {
        key: "classes",
        label: { zh: "按等级", en: "By class" },
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
            tone: "orange",
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
