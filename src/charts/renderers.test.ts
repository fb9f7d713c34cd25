import { describe, expect, it } from "vitest";
import { langs } from "~/i18n";
import {
  barsFixture,
  dotsFixture,
  flowFixture,
  stackFixture,
  timelineFixture,
  waffleFixture,
} from "../../tests/fixtures/chartFixture";
import { renderFlow } from "./flow/render";
import { renderStack } from "./stack/render";
import { renderBars } from "./bars/render";
import { renderDots } from "./dots/render";
import { pageVariants } from "./index";
import { chartDocument } from "./svg";
import { renderTimeline } from "./timeline/render";
import type { Lang } from "~/i18n/locales";
import { renderWaffle } from "./waffle/render";

/**
 * A stable text of an SVG for snapshots: coordinates rounded to one decimal, generated ids
 * renumbered in order of appearance, Plot's class name made generic.
 */
function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/-?\d+\.\d+/g, (n) => {
      const rounded = Number(Number(n).toFixed(1));
      return String(Object.is(rounded, -0) ? 0 : rounded);
    })
    .replace(/plot-[0-9a-f]{6}/g, "plot")
    .replace(/\bid="([^"]+)"/g, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(
      /aria-(labelledby|describedby)="([^"]+)"/g,
      (_, attr: string, id: string) => `aria-${attr}="${ids.get(id) ?? id}"`,
    )
    .replace(/></g, ">\n<");
}

const width = Object.fromEntries(pageVariants.map((v) => [v.name, v.width])) as Record<"s" | "m" | "l", number>;

/**
 * Each renderer on the fixture data (tests/fixtures/chartFixture.ts), at the widths where its
 * layout changes, in both languages. Bars: the narrow layout wraps the long label and may move a
 * value below its label; the wide one keeps every value on its label's line.
 */
const cases: { name: string; width: number; render: (lang: Lang, width: number) => SVGSVGElement }[] = [
  { name: "bars-s", width: width.s, render: (lang, w) => renderBars(barsFixture(lang), options(lang, w)) },
  { name: "bars-l", width: width.l, render: (lang, w) => renderBars(barsFixture(lang), options(lang, w)) },
  { name: "dots-m", width: width.m, render: (lang, w) => renderDots(dotsFixture(lang), options(lang, w)) },
  {
    name: "timeline-m",
    width: width.m,
    render: (lang, w) => renderTimeline(timelineFixture(lang), options(lang, w)),
  },
  { name: "waffle-m", width: width.m, render: (lang, w) => renderWaffle(waffleFixture(lang), options(lang, w)) },
  { name: "stack-s", width: width.s, render: (lang, w) => renderStack(stackFixture(lang), options(lang, w)) },
  { name: "flow-m", width: width.m, render: (lang, w) => renderFlow(flowFixture(lang), options(lang, w)) },
];

function options(lang: Lang, w: number) {
  return { width: w, lang, document: chartDocument() };
}

describe("the renderers, on fixture data", () => {
  it.each(cases.flatMap((c) => langs.map((lang) => [c.name, lang, c] as const)))(
    "%s (%s) matches its reviewed snapshot",
    async (name, lang, { width: w, render }) => {
      const svg = render(lang, w).outerHTML;
      await expect(normaliseSvg(svg)).toMatchFileSnapshot(`./__snapshots__/${name}.${lang}.svg`);
    },
  );
});
