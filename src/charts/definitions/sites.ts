import { getFact, getFacts } from "~/data/facts";
import { getDataset } from "~/data/index";
import type { SiteRow } from "~/data/schemas/sites";
import { getDict } from "~/i18n";
import type { Lang } from "~/i18n/locales";
import { getPlaceName } from "~/data/places";
import { joinValues, tipOf } from "../bars/spec";
import { renderFlow } from "../flow/render";
import type { ChartDefinition, Figures, FlowData } from "../types";

/** The sites whose residents a source says came from another county, in the dataset's order. */
function crossCountySites(): SiteRow[] {
  const sites = getDataset("resettlement-sites", "sites").rows.filter(
    (row) => row.originsEvidence !== null && row.origins.some((origin) => origin !== row.county),
  );
  if (sites.length === 0) throw new Error("data/resettlement-sites.json records no move across county lines");
  return sites;
}

/** The first such site (the texts are written about it; the graphic draws them all). */
function mainSite(): SiteRow & { subDistrict: NonNullable<SiteRow["subDistrict"]> } {
  const [site] = crossCountySites();
  if (!site?.subDistrict) throw new Error("the main cross-county site has no sub-district");
  return { ...site, subDistrict: site.subDistrict };
}

/** The site's figures that the data holds (people first). */
function siteFacts(site: SiteRow): string[] {
  return [`${site.id}-people`, `${site.id}-households`].filter((id) => getFacts().has(id));
}

/** A list of names in a language: `晴隆县、普安县和望谟县`, `A, B and C`. */
function nameList(names: string[], lang: Lang): string {
  const last = names.at(-1) ?? "";
  if (names.length < 2) return last;
  const p = getDict(lang).punct;
  return `${names.slice(0, -1).join(p.list)}${p.and}${last}`;
}

function origins(fig: Figures, lang: Lang, which: "others" | "all"): string {
  const site = mainSite();
  const ids = which === "all" ? site.origins : site.origins.filter((o) => o !== site.county);
  return nameList(
    ids.map((id) => fig.place(id)),
    lang,
  );
}

/** Reads the recorded moves: each cross-county site with its figures and every origin a source names. */
export function buildFlow(lang: Lang, fig: Figures): FlowData {
  const { charts: t, punct } = getDict(lang);
  return {
    kind: "flow",
    legend:
      lang === "zh"
        ? "实线：跨县搬迁；虚线：安置点所在县本县的搬迁。线的粗细不代表人数。"
        : "Solid line: a move across county lines; dashed: from the site’s own county. Line width does not show numbers.",
    sites: crossCountySites().map((site) => {
      const label = site.name[lang];
      const factIds = siteFacts(site);
      const valueText = joinValues(factIds, fig);
      const sourceId = site.originsEvidence?.source ?? site.source;
      const first = factIds[0];
      return {
        key: site.id,
        label,
        valueText,
        factIds,
        sourceId,
        tip: first ? tipOf(label, valueText, getFact(first), lang) : label,
        links: site.origins.map((origin) => {
          const name = getPlaceName(origin, lang);
          return {
            key: origin,
            label: name,
            crossCounty: origin !== site.county,
            tip: `${name} → ${label} (${t.source}${punct.colon}${sourceId})`,
          };
        }),
      };
    }),
  };
}

/** 6. Where people were moved across county lines: origin counties → receiving site (S04). */
export const crossCountyMoves: ChartDefinition<FlowData> = {
  id: "cross-county-moves",
  datasets: ["resettlement-sites"],
  title: {
    zh: (f) => `${origins(f, "zh", "others")}的群众跨县搬迁到${mainSite().subDistrict.zh}`,
    en: (f) => `${origins(f, "en", "others")} sent people to ${mainSite().subDistrict.en}`,
  },
  subtitle: {
    zh: () =>
      `来源列出的安置点居民来源县：每条线是一处有记录的来源，不代表人数（${mainSite().originsEvidence?.source ?? ""}）`,
    en: () =>
      `The counties a source names as where a site’s residents came from; each line is a recorded origin, not a number of people (${mainSite().originsEvidence?.source ?? ""})`,
  },
  takeaway: {
    zh: (f) => {
      const site = mainSite();
      return `${f.place(site.id)}是全州跨县易地扶贫搬迁的主要承接地，安置了${f.value(`${site.id}-households`)}、${f.value(`${site.id}-people`)}，来自${origins(f, "zh", "all")}。没有来源给出各县各有多少人。`;
    },
    en: (f) => {
      const site = mainSite();
      return `The ${f.place(site.id)}, the prefecture’s main destination for moves across county lines, took in ${f.value(`${site.id}-people`)} in ${f.value(`${site.id}-households`)} from ${origins(f, "en", "all")}. No source says how many came from each county.`;
    },
  },
  annotation: {
    text: { zh: "没有来源给出各县各有多少人搬到这里", en: "No source says how many came from each county" },
    marks: () => crossCountySites().map((site) => site.id),
  },
  alt: {
    zh: "流向图：搬迁群众从来源县到安置点。",
    en: "Flow graphic of people moved from their home counties to a resettlement site.",
  },
  notes: [
    {
      zh: "线只表示来源点名了这个来源县，所以各线一样粗；没有来源给出任何一个县的人数。",
      en: "A line only means that a source names the county as an origin, so all lines are the same width; no source gives a number for any county.",
    },
    {
      zh: "只画来源记录的搬迁。其他安置点没有来源列出跨县的来源县。",
      en: "Only moves a source records are drawn. No source lists origins in another county for any other site.",
    },
  ],
  noteFacts: [`${mainSite().id}-people`],
  build: buildFlow,
  render: renderFlow,
};
