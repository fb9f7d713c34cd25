import { buildBars, type BarSpec } from "./bars/spec";
import { renderBars } from "./bars/render";
import type { BarChartData, ChartDefinition } from "./types";

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
