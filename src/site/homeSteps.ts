import type { Dict } from "~/i18n/dict";
import type { MapLayer } from "~/map/types";

/** Where a step's text lives in the dictionaries (`home.steps.<key>`): every step there has one here. */
export type HomeStepKey = keyof Dict["home"]["steps"];

/** One step of the home page's visual lede: a graphic, two sentences, and the story they come from. */
export interface HomeStep {
  key: HomeStepKey;
  /** The graphic: a chart id from src/charts/registry.ts, or a layer of the build-time map. */
  graphic: { chart: string } | { map: MapLayer };
  /** The slug of the story the step links to (content/stories/<slug>.<lang>.mdx). */
  story: string;
  /** Fact ids for the `{name}` placeholders in the step's text, in both languages. */
  facts: Record<string, string>;
}

/**
 * The home page tells the story in six steps, in reading order: the karst land, who was moved, how
 * fast, where they went, what was built, and what is not known. The text is in the dictionaries
 * (`home.steps`); every figure in it comes from the facts named here.
 */
const steps: Record<HomeStepKey, Omit<HomeStep, "key">> = {
  land: {
    graphic: { chart: "rocky-desertification" },
    story: "why-move",
    facts: { karst: "land-karst-share", rd: "land-rd-share-of-karst" },
  },
  who: {
    graphic: { chart: "who-was-moved" },
    story: "moving-out",
    facts: {
      total: "relocation-planned-total",
      share: "relocation-share-of-resident-population",
      poor: "relocation-registered-poor",
    },
  },
  pace: {
    graphic: { chart: "completion-timeline" },
    story: "moving-out",
    facts: {
      earlier: "relocation-batch-2016-2017",
      batch2018: "relocation-batch-2018",
      done: "policy-move-in-completed",
    },
  },
  where: {
    graphic: { map: "sites" },
    story: "running-communities",
    facts: { sites: "relocation-resettlement-sites", areas: "relocation-residential-areas" },
  },
  built: {
    graphic: { chart: "services-built" },
    story: "staying",
    facts: { schools: "services-schools-built", clinics: "services-medical-institutions" },
  },
  unknown: {
    graphic: { chart: "source-disagreements" },
    story: "methods",
    facts: { total: "relocation-planned-total", other: "relocation-total-s01" },
  },
};

/** The steps in reading order. */
export const homeSteps: readonly HomeStep[] = (Object.keys(steps) as HomeStepKey[]).map((key) => ({
  key,
  ...steps[key],
}));

/** The `{name}` placeholders of a dictionary text, in order of appearance. */
export function getPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
}
