import { defineBars } from "../define";
import type { ChartText } from "../types";

const prefectureTotals: ChartText = {
  zh: "数字均为全州合计；没有来源给出分县或分安置点的数字。",
  en: "All figures are prefecture totals; no source gives them by county or by site.",
};

const mixedCounts: ChartText = {
  zh: "各条形共用一个刻度，但计数的对象不同（见每个数字的单位），比较长短时请留意。",
  en: "The bars share one scale but count different things (see each figure’s unit); compare their lengths with care.",
};

/** 6. Services built at the resettlement areas (S00). */
export const servicesBuilt = defineBars({
  id: "services-built",
  datasets: ["services"],
  title: {
    zh: (f) =>
      `为搬迁群众新建或改扩建学校${f.value("services-schools-built")}，建成医疗卫生机构${f.value("services-medical-institutions")}`,
    en: (f) =>
      `For the relocated: ${f.value("services-schools-built")} built or expanded, ${f.value("services-medical-institutions")} for health care`,
  },
  subtitle: {
    zh: (f) => `为搬迁群众建设的公共服务设施和组织的活动，截至${f.date("services-schools-built")}的全州合计（S00）`,
    en: (f) =>
      `Public facilities built and activities organised for relocated people: prefecture totals as of ${f.date("services-schools-built")} (S00)`,
  },
  takeaway: {
    zh: (f) =>
      `为搬迁群众新建或改扩建公办学校（含幼儿园）${f.value("services-schools-built")}，建成医疗卫生机构${f.value("services-medical-institutions")}，并在新市民居住区建立就业创业服务中心${f.value("services-employment-centres")}。`,
    en: (f) =>
      `For the relocated people the prefecture built or expanded ${f.value("services-schools-built")} (counting kindergartens), ${f.value("services-medical-institutions")} for health care and ${f.value("services-employment-centres")} for employment services.`,
  },
  annotation: {
    text: {
      zh: (f) => `新建或改扩建学校（含幼儿园）${f.value("services-schools-built")}`,
      en: (f) => `${f.value("services-schools-built")} built or expanded, kindergartens included`,
    },
    marks: ["services-schools-built"],
  },
  alt: {
    zh: "条形图，显示为搬迁群众建设的设施和组织的活动数量。",
    en: "Bar chart of the facilities built and the activities organised for relocated people.",
  },
  notes: [prefectureTotals, mixedCounts],
  noteFacts: ["services-schools-built", "services-medical-institutions"],
  spec: {
    scale: "shared",
    groups: [
      {
        key: "built",
        label: { zh: "建成的设施", en: "Facilities built" },
        rows: [
          {
            fact: "services-schools-built",
            label: { zh: "公办学校及幼儿园（新建或改扩建）", en: "Public schools and kindergartens (new or expanded)" },
            tone: "blue",
          },
          { fact: "services-medical-institutions", tone: "blue" },
          {
            fact: "services-employment-centres",
            label: { zh: "就业创业服务中心", en: "Employment and entrepreneurship service centres" },
            tone: "blue",
          },
          { fact: "services-culture-sports-centres", tone: "blue" },
          { fact: "services-ethnic-culture-halls", tone: "blue" },
        ],
      },
      {
        key: "activities",
        label: { zh: "组建的队伍与开展的活动", en: "Teams and activities" },
        rows: [
          { fact: "services-culture-sports-teams", tone: "green" },
          { fact: "services-lecture-sessions", tone: "green" },
        ],
      },
    ],
  },
});

/** 7. Social security: medical insurance and the minimum living allowance (S00). */
export const socialSecurity = defineBars({
  id: "social-security",
  datasets: ["social-security"],
  title: {
    zh: (f) => `${f.value("social-residents-medical-insurance")}已搬迁群众参加城乡居民医疗保险`,
    en: (f) =>
      `${f.value("social-residents-medical-insurance")} relocated were enrolled in the residents’ medical insurance`,
  },
  subtitle: {
    zh: (f) =>
      `已搬迁群众参加医疗保险、纳入安置地城市低保的人数和户数，截至${f.date("social-residents-medical-insurance")}的全州合计（S00）`,
    en: (f) =>
      `Relocated people enrolled in medical insurance, and households and people receiving the urban minimum living allowance where they now live: prefecture totals as of ${f.date("social-residents-medical-insurance")} (S00)`,
  },
  takeaway: {
    zh: (f) =>
      `已搬迁群众中，${f.value("social-residents-medical-insurance")}参加城乡居民医疗保险，${f.value("social-employees-medical-insurance")}参加城镇职工医疗保险；${f.value("social-minimum-allowance-households")}、${f.value("social-minimum-allowance-persons")}搬迁困难群众纳入安置地城市低保。`,
    en: (f) =>
      `${f.value("social-residents-medical-insurance")} relocated were enrolled in the residents’ medical insurance and ${f.number("social-employees-medical-insurance")} in the employees’ scheme; ${f.value("social-minimum-allowance-households")} (${f.value("social-minimum-allowance-persons")}) in hardship received the urban minimum living allowance.`,
  },
  annotation: {
    text: {
      zh: (f) => `${f.value("social-minimum-allowance-persons")}困难群众纳入安置地城市低保`,
      en: (f) => `${f.value("social-minimum-allowance-persons")} in hardship get the urban minimum living allowance`,
    },
    marks: ["social-minimum-allowance-persons"],
  },
  alt: {
    zh: "条形图，显示参加医疗保险和纳入城市低保的搬迁群众人数与户数。",
    en: "Bar chart of relocated people in medical insurance and of households and people receiving the minimum living allowance.",
  },
  notes: [
    prefectureTotals,
    {
      zh: "城市低保：城市居民最低生活保障。",
      en: "Dibao (低保): the urban minimum living allowance.",
    },
  ],
  noteFacts: ["social-employees-medical-insurance"],
  spec: {
    scale: "shared",
    groups: [
      {
        key: "insurance",
        label: { zh: "医疗保险", en: "Medical insurance" },
        rows: [
          {
            fact: "social-residents-medical-insurance",
            label: { zh: "城乡居民医疗保险", en: "Urban and rural residents’ medical insurance" },
            tone: "blue",
          },
          {
            fact: "social-employees-medical-insurance",
            label: { zh: "城镇职工医疗保险", en: "Urban employees’ medical insurance" },
            tone: "sky",
          },
        ],
      },
      {
        key: "dibao",
        label: { zh: "安置地城市低保", en: "Urban minimum living allowance (dibao)" },
        rows: [
          { fact: "social-minimum-allowance-persons", label: { zh: "困难群众", en: "People" }, tone: "green" },
          { fact: "social-minimum-allowance-households", label: { zh: "困难家庭", en: "Households" }, tone: "green" },
        ],
      },
    ],
  },
});

/** 8. Employment and training (S00). */
export const employmentTraining = defineBars({
  id: "employment-training",
  datasets: ["employment"],
  title: {
    zh: (f) => `截至${f.date("employment-cumulative")}，搬迁群众累计实现就业${f.value("employment-cumulative")}`,
    en: (f) =>
      `Prefecture count: ${f.value("employment-cumulative")} relocated in work by ${f.date("employment-cumulative")}`,
  },
  subtitle: {
    zh: "搬迁群众的就业、技能培训和就业援助，全州合计（S00）",
    en: "Jobs, training and employment assistance for relocated people: prefecture totals (S00)",
  },
  takeaway: {
    zh: (f) =>
      `截至${f.date("employment-cumulative")}，搬迁群众累计实现就业${f.value("employment-cumulative")}；全州对搬迁对象开展培训${f.value("employment-training-sessions")}、${f.value("employment-training-attendances")}。`,
    en: (f) =>
      `By ${f.date("employment-cumulative")}, ${f.value("employment-cumulative")} relocated had found work, by the prefecture’s count; ${f.value("employment-training-sessions")} of training had drawn ${f.value("employment-training-attendances")}.`,
  },
  annotation: {
    text: {
      zh: (f) => `另一时期（${f.date("employment-new-citizens-jan-may-2020")}）的数字，不能与上一行相加`,
      en: (f) =>
        `A different period (${f.date("employment-new-citizens-jan-may-2020")}): not to be added to the row above`,
    },
    marks: ["employment-new-citizens-jan-may-2020"],
  },
  alt: {
    zh: "条形图，显示搬迁群众的就业人数、培训场次与人次和就业援助。",
    en: "Bar chart of relocated people in work, training sessions and attendances, and employment assistance.",
  },
  notes: [
    {
      zh: "两个就业数字的时期不同（累计至报道时，和当年一至五月），不能读作一个序列。",
      en: "The two employment figures cover different periods (cumulative to the article, and January to May of that year) and are not one series.",
    },
    mixedCounts,
  ],
  noteFacts: ["employment-cumulative", "employment-new-citizens-jan-may-2020", "employment-training-attendances"],
  spec: {
    scale: "shared",
    groups: [
      {
        key: "work",
        label: { zh: "实现就业", en: "In work" },
        rows: [
          {
            fact: "employment-cumulative",
            label: { zh: "搬迁群众累计实现就业", en: "Relocated people who have found work (cumulative)" },
            tone: "blue",
          },
          { fact: "employment-new-citizens-jan-may-2020", tone: "sky" },
        ],
      },
      {
        key: "training",
        label: { zh: "培训", en: "Training" },
        rows: [
          { fact: "employment-training-attendances", tone: "green" },
          { fact: "employment-training-sessions", tone: "green" },
        ],
      },
      {
        key: "assistance",
        label: { zh: "就业援助", en: "Employment assistance" },
        rows: [
          { fact: "employment-assistance-persons", tone: "orange" },
          { fact: "employment-assistance-households", tone: "orange" },
        ],
      },
    ],
  },
});

/** 9. Community governance staffing: police, auxiliaries, assistants, building and unit heads (S00). */
export const communityStaffing = defineBars({
  id: "community-staffing",
  datasets: ["governance"],
  title: {
    zh: (f) =>
      `新社区有楼长${f.value("governance-building-heads")}、单元长${f.value("governance-unit-heads")}，专职民警${f.value("governance-police-officers")}`,
    en: (f) =>
      `The new communities: ${f.number("governance-building-heads")} building heads, ${f.number("governance-unit-heads")} stairwell heads, ${f.number("governance-police-officers")} full-time police`,
  },
  subtitle: {
    zh: (f) => `安置区的社区警务人员和楼长、单元长，截至${f.date("governance-police-officers")}的全州合计（S00）`,
    en: (f) =>
      `Community police staff and building and stairwell-unit heads at the resettlement areas: prefecture totals as of ${f.date("governance-police-officers")} (S00)`,
  },
  takeaway: {
    zh: (f) =>
      `新社区配备专职民警${f.value("governance-police-officers")}、辅警${f.value("governance-auxiliary-police")}、警务助理${f.value("governance-police-assistants")}，另有楼长${f.value("governance-building-heads")}、单元长${f.value("governance-unit-heads")}。`,
    en: (f) =>
      `The new communities have ${f.number("governance-police-officers")} full-time police officers, ${f.number("governance-auxiliary-police")} auxiliary police and ${f.number("governance-police-assistants")} police assistants, and ${f.number("governance-building-heads")} building heads and ${f.number("governance-unit-heads")} stairwell-unit heads.`,
  },
  annotation: {
    text: {
      zh: (f) => `专职民警${f.value("governance-police-officers")}，其余是辅警和警务助理`,
      en: (f) =>
        `${f.number("governance-police-officers")} full-time officers; the rest are auxiliaries and assistants`,
    },
    marks: ["governance-police-officers"],
  },
  alt: {
    zh: "条形图，显示新社区的警务人员和楼长、单元长人数。",
    en: "Bar chart of police staff and building and unit heads in the new communities.",
  },
  notes: [prefectureTotals],
  noteFacts: [],
  spec: {
    scale: "shared",
    groups: [
      {
        key: "police",
        label: { zh: "社区警务", en: "Community policing" },
        rows: [
          { fact: "governance-police-officers", tone: "blue" },
          { fact: "governance-auxiliary-police", tone: "blue" },
          { fact: "governance-police-assistants", tone: "blue" },
        ],
      },
      {
        key: "buildings",
        label: { zh: "楼栋管理", en: "Buildings and stairwells" },
        rows: [
          { fact: "governance-building-heads", tone: "green" },
          { fact: "governance-unit-heads", tone: "green" },
        ],
      },
    ],
  },
});
