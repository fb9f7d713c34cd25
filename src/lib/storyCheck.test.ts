import { describe, expect, it } from "vitest";
import { findFactIds, findTypedNumbers } from "./storyCheck";

const story = (body: string) => `---\ntitle: 搬迁\nstandfirst: 标准\n---\n\nimport X from "./x";\n\n${body}\n`;

describe("findTypedNumbers", () => {
  it("passes figures that come from <Fact> and years, ordinals and allowed names", () => {
    const ok = story(
      [
        '“十三五”期间（2016—2020年），黔西南州搬迁了 <Fact id="relocation-planned-total" />。',
        "In the 13th Five-Year Plan, by June 2019, the “1+13” policy system ruled.",
        "2019年6月20日，望谟县完成搬迁入住任务。",
        '<Chart id="land-composition" width={640} />',
      ].join("\n"),
    );
    expect(findTypedNumbers(ok)).toEqual([]);
  });

  it("finds digits typed by hand, with line and column", () => {
    const bad = story("全州搬迁了338506人。\nSome 33.85 thousand more.");
    expect(findTypedNumbers(bad)).toEqual([
      { line: 8, column: 6, text: "338506" },
      { line: 9, column: 6, text: "33.85" },
      { line: 9, column: 12, text: "thousand" },
    ]);
  });

  it("finds Chinese numerals that state a figure", () => {
    expect(findTypedNumbers(story("近三十多万人搬出大山。")).map((s) => s.text)).toEqual(["三十多万"]);
  });

  it("checks the title and standfirst in the frontmatter, not the other fields", () => {
    expect(
      findTypedNumbers("---\ntitle: 搬迁338506人\norder: 3\nupdated: 2026-11-29\n---\n").map((s) => s.text),
    ).toEqual(["338506"]);
  });
});

describe("findFactIds", () => {
  it("lists every cited fact with its line", () => {
    expect(findFactIds(story('A <Fact id="a-b" /> and\n<Fact unit={false} id="c" />'))).toMatchObject([
      { line: 8, text: "a-b" },
      { line: 9, text: "c" },
    ]);
  });
});
