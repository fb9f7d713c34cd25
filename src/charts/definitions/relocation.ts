import { getFact } from "~/data/facts";
import { getDataset } from "~/data/index";
import type { CompletionRow } from "~/data/schemas/completion";
import type { Lang } from "~/i18n/locales";
import { getPlaceName } from "~/data/places";
import { formatDate } from "~/core/format";
import { tipOf } from "../bars/spec";
import { defineBars, defineWaffle } from "../define";
import { renderTimeline } from "../timeline/render";
import type { ChartDefinition, TimelineData } from "../types";

/** 3. Who was moved: the registered poor and the rest of the 338,506 (the rest computed here). */
export const whoWasMoved = defineWaffle({
  id: "who-was-moved",
  datasets: ["relocation"],
  title: {
    zh: (f) =>
      `${f.value("relocation-planned-total")}搬迁人口中，${f.value("relocation-registered-poor")}是建档立卡贫困人口`,
    en: (f) =>
      `${f.number("relocation-registered-poor")} of the ${f.value("relocation-planned-total")} relocated were registered as poor`,
  },
  subtitle: {
    zh: (f) => `${f.measure("relocation-planned-total")}中，建档立卡贫困人口和其他人口各有多少（S03、S00）`,
    en: (f) => `${f.measure("relocation-planned-total")}, split by whether they were registered as poor (S03, S00)`,
  },
  takeaway: {
    zh: (f) =>
      `${f.value("relocation-planned-total")}搬迁人口中，${f.value("relocation-registered-poor")}是建档立卡贫困人口；其余${f.value("relocation-not-registered-poor")}由本站相减得出，没有来源说明他们是谁。`,
    en: (f) =>
      `Of the ${f.value("relocation-planned-total")} relocated, ${f.value("relocation-registered-poor")} were registered as poor. The other ${f.value("relocation-not-registered-poor")} are a difference computed here; no source says who they were.`,
  },
  annotation: {
    text: {
      zh: (f) => `其余${f.value("relocation-not-registered-poor")}由本站相减得出：没有来源说明他们是谁`,
      en: (f) =>
        `The other ${f.value("relocation-not-registered-poor")}: a difference computed here; no source says who they were`,
    },
    marks: ["relocation-not-registered-poor"],
  },
  alt: {
    zh: "方格图，每格代表同样多的人，把搬迁人口分为建档立卡贫困人口和其他人口。",
    en: "Unit chart, each square the same number of people, splitting the people relocated into registered poor people and others.",
  },
  notes: [
    {
      zh: "建档立卡贫困人口：经识别登记、纳入国家扶贫信息系统的贫困人口。",
      en: "Registered poor (建档立卡): people identified as poor and entered in the national poverty register.",
    },
  ],
  noteFacts: ["relocation-not-registered-poor"],
  unit: 1000,
  unitText: {
    zh: "每格代表{n}人；两部分交界处的格子按比例分开。",
    en: "Each square stands for {n} people; the square where the two parts meet is split in proportion.",
  },
  group: {
    key: "people",
    label: { zh: "搬迁人口", en: "People relocated" },
    total: "relocation-planned-total",
    stack: true,
    rows: [
      {
        fact: "relocation-registered-poor",
        label: { zh: "建档立卡贫困人口", en: "Registered poor" },
        tone: "blue",
      },
      {
        fact: "relocation-not-registered-poor",
        label: { zh: "其他搬迁人口", en: "Everyone else" },
        tone: "orange",
      },
    ],
  },
});

/** 4. The two batches (2016–17, 2018) and how the last one moved in (S03, S02). */
export const relocationBatches = defineBars({
  id: "relocation-batches",
  datasets: ["relocation"],
  title: {
    zh: (f) => `最后一批${f.value("relocation-batch-2018")}，${f.date("relocation-batch-2018-completed")}全部入住`,
    en: (f) =>
      `The last batch, ${f.value("relocation-batch-2018")}, had all moved in by ${f.date("relocation-batch-2018-completed")}`,
  },
  subtitle: {
    zh: "“十三五”搬迁人口按年度批次划分，以及最后一个批次在两个日期的搬迁入住情况（S03、S02）",
    en: "People relocated under the plan, by yearly batch, and the last batch’s move-in progress at two dates (S03, S02)",
  },
  takeaway: {
    zh: (f) =>
      `${f.value("relocation-batch-2016-2017")}属于前两个年度批次。最后一批共${f.value("relocation-batch-2018")}，截至${f.date("relocation-batch-2018-moved-in-may-2019")}已入住${f.value("relocation-batch-2018-moved-in-may-2019")}（${f.value("relocation-batch-2018-progress-may-2019")}），${f.date("relocation-batch-2018-completed")}全部入住。`,
    en: (f) =>
      `${f.value("relocation-batch-2016-2017")} were in the first two yearly batches. Of the ${f.value("relocation-batch-2018")} in the last, ${f.number("relocation-batch-2018-moved-in-may-2019")} (${f.value("relocation-batch-2018-progress-may-2019")}) had moved in by ${f.date("relocation-batch-2018-moved-in-may-2019")}, and all of them by ${f.date("relocation-batch-2018-completed")}.`,
  },
  annotation: {
    text: {
      zh: (f) =>
        `${f.date("relocation-batch-2018-moved-in-may-2019")}已入住${f.value("relocation-batch-2018-progress-may-2019")}`,
      en: (f) =>
        `${f.value("relocation-batch-2018-progress-may-2019")} had moved in by ${f.date("relocation-batch-2018-moved-in-may-2019")}`,
    },
    marks: ["relocation-batch-2018-moved-in-may-2019"],
  },
  alt: {
    zh: "条形图，显示两个年度批次的人数和最后一批的入住进度。",
    en: "Bar chart of the two yearly batches and the last batch’s progress in moving in.",
  },
  notes: [
    {
      zh: "后两组是同一批人在两个日期的状态，不是另外的人。",
      en: "The last two groups show the same batch at two dates, not further people.",
    },
  ],
  noteFacts: ["relocation-batch-2016-2017", "relocation-batch-2018-completed"],
  spec: {
    scale: "shared",
    groups: [
      {
        key: "batches",
        label: { zh: "按年度批次", en: "By yearly batch" },
        total: "relocation-planned-total",
        stack: true,
        rows: [
          { fact: "relocation-batch-2016-2017", tone: "blue" },
          { fact: "relocation-batch-2018", tone: "orange" },
        ],
      },
      {
        key: "may",
        label: {
          zh: (f) => `截至${f.date("relocation-batch-2018-moved-in-may-2019")}`,
          en: (f) => `By ${f.date("relocation-batch-2018-moved-in-may-2019")}`,
        },
        total: "relocation-batch-2018",
        stack: true,
        rows: [
          {
            fact: "relocation-batch-2018-moved-in-may-2019",
            extra: ["relocation-batch-2018-progress-may-2019"],
            tone: "orange",
          },
          { fact: "relocation-batch-2018-remaining-may-2019", tone: "neutral" },
        ],
      },
      {
        key: "june",
        label: {
          zh: (f) => `截至${f.date("relocation-batch-2018-completed")}`,
          en: (f) => `By ${f.date("relocation-batch-2018-completed")}`,
        },
        total: "relocation-batch-2018",
        rows: [{ fact: "relocation-batch-2018-completed", tone: "orange" }],
      },
    ],
  },
});

function completionRows(): CompletionRow[] {
  return [...getDataset("completion-2019", "completion").rows].sort((a, b) => a.date.localeCompare(b.date));
}

function firstAndLast(): [CompletionRow, CompletionRow] {
  const rows = completionRows();
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) throw new Error("data/completion-2019.json has no rows");
  return [first, last];
}

/** The legend of the calendar, per language. */
const calendarLegend: Record<Lang, string> = {
  zh: "每一横条是一周（周一至周日），标注该周周一的日期；左侧括线连起S02在同一句话中报道的县（市、区）。",
  en: "Each band is a week, Monday to Sunday, labelled with its Monday; a bracket on the left joins the counties S02 reports in one sentence.",
};

/**
 * Reads the completion dates in date order, each with the batch it was reported in (the counties
 * whose dates S02 gives in one sentence share its quote); dates only, as no source gives
 * head-counts by county.
 */
export function buildCompletionTimeline(lang: Lang): TimelineData {
  const rows = completionRows();
  const quotes = [...new Set(rows.map((row) => row.quote))];
  return {
    kind: "timeline",
    legend: calendarLegend[lang],
    rows: rows.map((row) => {
      const label = getPlaceName(row.entity, lang);
      const dateText = formatDate(row.date, lang);
      return {
        key: row.id,
        factIds: [row.id],
        label,
        date: row.date,
        dateText,
        tone: "blue",
        flag: null,
        tip: tipOf(label, dateText, getFact(row.id), lang),
        batch: quotes.indexOf(row.quote),
      };
    }),
  };
}

/**
 * 5. The 2019 county-by-county completion dates (S02) on a calendar of weeks, with the batches S02
 * reported them in: dates, not head-counts.
 */
export const completionTimeline: ChartDefinition<TimelineData> = {
  id: "completion-timeline",
  datasets: ["completion-2019"],
  title: {
    zh: (f) => {
      const [first, last] = firstAndLast();
      return `${f.place(first.entity)}最先完成搬迁入住，${f.place(last.entity)}${f.date(last.id)}最后完成`;
    },
    en: (f) => {
      const [first, last] = firstAndLast();
      return `${f.place(first.entity)} finished moving people in first; ${f.place(last.entity)} last, on ${f.date(last.id)}`;
    },
  },
  subtitle: {
    zh: "各县（市）和义龙新区报告完成搬迁入住任务的日期，按周排列（S02；年份为推定）",
    en: "The day each county, county-level city and Yilong New Area reported its move-in task complete, week by week (S02; year inferred)",
  },
  takeaway: {
    zh: (f) => {
      const [first, last] = firstAndLast();
      return `${f.place(first.entity)}最先完成（${f.date(first.id)}），${f.place(last.entity)}最后完成（${f.date(last.id)}），全州搬迁入住任务随之完成。来源只给出日期，没有各县的搬迁人数。`;
    },
    en: (f) => {
      const [first, last] = firstAndLast();
      return `${f.place(first.entity)} finished first, on ${f.date(first.id)}; ${f.place(last.entity)} last, on ${f.date(last.id)}, which completed the prefecture’s move-in task. The source gives dates only, not how many people each county moved.`;
    },
  },
  annotation: {
    text: {
      zh: (f) => `${f.place(firstAndLast()[1].entity)}最后完成，全州搬迁入住任务随之完成`,
      en: (f) => `${f.place(firstAndLast()[1].entity)} last: the prefecture’s move-in task was done`,
    },
    marks: () => firstAndLast().map((row) => row.id),
  },
  alt: {
    zh: "按周排列的日历条，显示各县（市、区）完成搬迁入住的日期，并标出来源在同一句话中报道的县。",
    en: "Calendar strip, week by week, of the dates on which each county finished moving people in, with the counties the source reports together bracketed.",
  },
  notes: [
    {
      zh: "只有日期：没有来源给出各县的搬迁人数，所以图中不画人数。",
      en: "Dates only: no source gives head-counts by county, so none are drawn.",
    },
    {
      zh: "S02 是一篇新闻的繁体字镜像（C 级），只写月日；年份由 S03 和 S00 推定。",
      en: "S02, a mirror of a news item (grade C), prints only month and day; the year is inferred from S03 and S00.",
    },
  ],
  noteFacts: ["completion-2019-wangmo"],
  build: (lang) => buildCompletionTimeline(lang),
  render: renderTimeline,
};
