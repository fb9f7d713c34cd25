import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getChart } from "~/charts/index";
import { getFact } from "~/data/facts";
import { getDict, type Lang } from "~/i18n";
import { isMapLayer } from "~/map/types";
import { getPlaceholders, homeSteps } from "./homeSteps";

const langs: Lang[] = ["zh", "en"];

describe("getPlaceholders", () => {
  it("lists the {name} placeholders in order, and none in plain text", () => {
    expect(getPlaceholders("规划搬迁{total}，其中{poor}。")).toEqual(["total", "poor"]);
    expect(getPlaceholders("no figures here")).toEqual([]);
  });
});

describe("the home page's steps", () => {
  it("have one key each", () => {
    expect(new Set(homeSteps.map((s) => s.key)).size).toBe(homeSteps.length);
  });

  it.each(homeSteps.map((s) => [s.key, s] as const))("%s: its graphic and story exist", (_, step) => {
    if ("chart" in step.graphic) expect(getChart(step.graphic.chart).id).toBe(step.graphic.chart);
    else expect(isMapLayer(step.graphic.map)).toBe(true);
    for (const lang of langs) expect(existsSync(`content/stories/${step.story}.${lang}.mdx`), lang).toBe(true);
  });

  it.each(homeSteps.map((s) => [s.key, s] as const))(
    "%s: in both languages every figure in the text is a known fact, and every fact is used",
    (_, step) => {
      for (const fact of Object.values(step.facts)) expect(() => getFact(fact)).not.toThrow();
      for (const lang of langs) {
        const { title, text } = getDict(lang).home.steps[step.key];
        expect(title.trim(), lang).not.toBe("");
        expect([...getPlaceholders(text)].sort(), lang).toEqual(Object.keys(step.facts).sort());
        // No figure typed by hand: outside the placeholders, the only digits are years and the plan's
        // ordinal name (“13th Five-Year Plan”).
        const typed =
          text
            .replace(/\{\w+\}/g, "")
            .replace(/\b13th\b/g, "")
            .match(/\d+(?:[.,]\d+)*/g) ?? [];
        expect(
          typed.filter((n) => !/^(19|20)\d\d$/.test(n)),
          lang,
        ).toEqual([]);
      }
    },
  );
});
