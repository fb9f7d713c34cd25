import { buildBars, type BarGroupSpec, type BarSpec } from "./bars/spec";
import { renderBars } from "./bars/render";
import { formatNumber } from "~/core/format";
import { renderStack } from "./stack/render";
import type { BarChartData, ChartDefinition, StackData, WaffleData } from "./types";
import { renderWaffle } from "./waffle/render";

/** A bar chart declared by its facts: everything but the build and render steps, which follow from the spec. */
export type BarChartDeclaration = Omit<ChartDefinition<BarChartData>, "build" | "render"> & { spec: BarSpec };

/** Defines a bar chart from a declaration of its groups and facts. */
export function defineBars({ spec, ...chart }: BarChartDeclaration): ChartDefinition<BarChartData> {
  return {
    ...chart,
    build: (lang, fig) => buildBars(spec, lang, fig),
    render: renderBars,
  };
}

/** A waffle declared by its whole and parts (one stacked group), the size of a square and its legend. */
export type WaffleDeclaration = Omit<ChartDefinition<WaffleData>, "build" | "render"> & {
  group: BarGroupSpec & { total: string; stack: true };
  /** How many of the figures' unit one square stands for. */
  unit: number;
  /** The legend of the squares, with `{n}` where the unit goes. */
  unitText: { zh: string; en: string };
};

/** Defines a unit (waffle) chart: its figures are read like a stacked bar's, then drawn as squares. */
export function defineWaffle({ group, unit, unitText, ...chart }: WaffleDeclaration): ChartDefinition<WaffleData> {
  return {
    ...chart,
    build: (lang, fig) => {
      const [built] = buildBars({ scale: "shared", groups: [group] }, lang, fig).groups;
      if (!built) throw new Error(`chart "${chart.id}" has no group`);
      return {
        kind: "waffle",
        groups: [built],
        unit,
        unitText: unitText[lang].replace("{n}", formatNumber(unit, lang)),
      };
    },
    render: renderWaffle,
  };
}

/** Stacked bars declared like a bar chart: each group is drawn as one bar of its parts. */
export type StackDeclaration = Omit<ChartDefinition<StackData>, "build" | "render"> & { spec: BarSpec };

/** Defines a stacked-bar chart: its figures are read like a bar chart's, then each group drawn as one bar. */
export function defineStack({ spec, ...chart }: StackDeclaration): ChartDefinition<StackData> {
  return {
    ...chart,
    build: (lang, fig) => ({ kind: "stack", groups: buildBars(spec, lang, fig).groups }),
    render: renderStack,
  };
}
