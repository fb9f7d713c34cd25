import { describe, expect, it } from "vitest";
import { findCaveats, measureStory, proseLength, reportLine } from "./report-stories";

/** A fact as Fact.astro renders it: the value, the source marker and a popover with a quote. */
const fact = (value: string) =>
  `<span class="fact"><a class="fact-value" href="#">${value}</a><button class="fact-ref">S04</button>` +
  `<span popover class="fact-popover"><q>来源没有说明 原文引语 does not say</q></span></span>`;

const page = (body: string) =>
  `<!doctype html><html><body><header><p>标题里的字不算 the site</p></header>` +
  `<div class="story-body">${body}</div></body></html>`;

describe("measureStory", () => {
  it("counts Han characters, figures and caveats in prose only, not in popovers, figures, tables or details", () => {
    const html = page(
      `<p>全州搬迁${fact("33.85万人")}，来源没有说明原因。</p>` +
        `<ul><li>学校${fact("104所")}</li></ul>` +
        `<figure><p>图表注释本站${fact("1")}</p></figure>` +
        `<table><tr><td><p>表格${fact("2")}</p></td></tr></table>` +
        `<details><p>细节本站${fact("3")}</p></details>`,
    );
    const m = measureStory(html, "zh");
    // "全州搬迁33.85万人，来源没有说明原因。" (21) + "学校104所" (6): the values are read, the S04 markers are not.
    expect(m.length).toBe(27);
    expect(m.figures).toBe(2);
    expect(m.density).toBeCloseTo((2 / 27) * 1000);
    expect(m.caveats).toEqual(["来源没有说明"]);
    expect(m.minutes).toBe(1);
  });

  it("counts English words and figures per 100 words", () => {
    const words = Array.from({ length: 48 }, () => "word").join(" ");
    const html = page(`<p>${words} ${fact("338,506 people")}. We do not know why; the source does not say.</p>`);
    const m = measureStory(html, "en");
    // 48 + "338,506 people." (2) + 10 words after it; the popover and the S04 marker are left out.
    expect(m.length).toBe(60);
    expect(m.figures).toBe(1);
    expect(m.density).toBeCloseTo((1 / 60) * 100);
    expect(m.caveats).toEqual(["We do not know", "does not say"]);
  });

  it("fails loudly on a page that is not a story", () => {
    expect(() => measureStory("<html><body><p>x</p></body></html>", "zh")).toThrow(/story-body/);
  });
});

describe("findCaveats and proseLength", () => {
  it("counts the longest phrase once, not its shorter parts", () => {
    expect(findCaveats("来源没有说明；报告没有说明。", "zh")).toEqual(["来源没有说明", "没有说明"]);
  });

  it("matches English phrases on word boundaries only", () => {
    expect(findCaveats("the sites were new; the site's builders", "en")).toEqual(["the site"]);
  });

  it("counts Chinese characters without whitespace, punctuation and digits included", () => {
    expect(proseLength("搬迁 338,506人。\n", "zh")).toBe(11);
  });

  it("does not count punctuation or bare symbols as English words", () => {
    expect(proseLength("Moving out — whole villages, 2019 – 2020", "en")).toBe(6);
  });
});

describe("reportLine", () => {
  const m = { length: 1000, minutes: 3, figures: 12, density: 12, caveats: ["本站"] };

  it("marks a narrative story over the figure target", () => {
    expect(reportLine("why-move", "zh", m)).toMatch(/✗ 12\.0 per 1,000 chars/);
    expect(reportLine("why-move", "zh", m)).toMatch(/✓ 1 caveats \(本站\)/);
  });

  it("does not hold the methods story to the targets", () => {
    expect(reportLine("methods", "zh", m)).toContain("[targets do not apply]");
    expect(reportLine("methods", "zh", m)).not.toContain("✗");
  });
});
