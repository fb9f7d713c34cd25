import { describe, expect, it } from "vitest";
import {
  findBareFractions,
  findBlockFacts,
  findDoubledDateCharacters,
  findChartIds,
  findFactIds,
  findPunctuationStarts,
  findTypedNumbers,
  findUnlinkedCounties,
  type RenderedFact,
} from "./storyCheck";

const story = (body: string) => `---\ntitle: 搬迁\nstandfirst: 标准\n---\n\nimport X from "./x";\n\n${body}\n`;

describe("findTypedNumbers", () => {
  it("passes figures that come from <Fact> and years, ordinals and allowed names", () => {
    const ok = story(
      [
        '“十三五”期间（2016—2020年），黔西南州搬迁了 <Fact id="relocation-planned-total" />。',
        "In the 13th Five-Year Plan, by June 2019, the “1+13” policy system ruled.",
        "2019年6月20日，望谟县完成搬迁入住任务。",
        '<Chart id="rocky-desertification" width={640} />',
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

describe("findChartIds", () => {
  it("finds every chart id with its line, whatever the attribute order", () => {
    expect(
      findChartIds(story('<Chart id="land-composition" />\n\n<Chart layout="wide" id="who-was-moved" />')),
    ).toMatchObject([{ text: "land-composition" }, { text: "who-was-moved" }]);
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

describe("findPunctuationStarts", () => {
  it("passes paragraphs that open on words or on a <Fact>", () => {
    const ok = story('第一段。\n\n望谟县于<Fact id="completion-2019-wangmo" />报告完成。\n\n## 标题\n\nThe end.');
    expect(findPunctuationStarts(ok)).toEqual([]);
  });

  it("finds a paragraph, or the line after a lone <Fact>, that opens on punctuation", () => {
    const bad = story('第一段。\n\n，第二段。\n\n<Fact id="a" />\n，明确任务。');
    expect(findPunctuationStarts(bad)).toEqual([
      { line: 10, column: 1, text: "，第二段。" },
      { line: 13, column: 1, text: "，明确任务。" },
    ]);
  });
});

describe("findBlockFacts", () => {
  it("finds a paragraph that opens on <Fact>, which Prettier would split onto a line of its own", () => {
    expect(findBlockFacts(story('<Fact id="a" />，望谟县报告完成。'))).toEqual([
      { line: 8, column: 1, text: '<Fact id="a" />' },
    ]);
  });

  it("passes a <Fact> inside its sentence", () => {
    expect(findBlockFacts(story('州里出台<Fact id="a" />，明确<Fact id="b" />具体工作。'))).toEqual([]);
  });

  it("finds a <Fact> alone on its line next to prose, with file line", () => {
    const bad = story('州里又出台\n<Fact id="policy-five-systems-document" />\n，明确任务。');
    expect(findBlockFacts(bad)).toEqual([{ line: 9, column: 1, text: '<Fact id="policy-five-systems-document" />' }]);
  });
});

/** A renderer over a tiny table of facts, as the build's renderer would write them. */
const render =
  (table: Record<string, RenderedFact>) =>
  (id: string): RenderedFact | null =>
    table[id] ?? null;

describe("findDoubledDateCharacters", () => {
  const facts = render({
    end2017: { text: "2017年底", isDate: true, writtenInWords: false },
    june20: { text: "2019年6月20日", isDate: true, writtenInWords: false },
    year: { text: "2019年", isDate: true, writtenInWords: false },
    count: { text: "13项", isDate: false, writtenInWords: false },
  });

  it("passes dates followed by other characters, and counts followed by 年", () => {
    const ok = story('则说是<Fact id="end2017" />。<Fact id="year" />底完成。<Fact id="count" />年');
    expect(findDoubledDateCharacters(ok, facts)).toEqual([]);
  });

  it("finds 2017年底底 and 2019年6月20日日", () => {
    const bad = story('则说是<Fact id="end2017" />底。于<Fact id="june20" />日完成。');
    expect(findDoubledDateCharacters(bad, facts)).toEqual([
      { line: 8, column: 4, text: "2017年底底" },
      { line: 8, column: 28, text: "2019年6月20日日" },
    ]);
  });
});

describe("findBareFractions", () => {
  it("passes fractions in words, and digit fractions the source wrote in digits", () => {
    const facts = render({
      words: { text: "三分之二", isDate: false, writtenInWords: true },
      digits: { text: "1/2", isDate: false, writtenInWords: false },
    });
    expect(findBareFractions(story('<Fact id="words" /> <Fact id="digits" />'), facts)).toEqual([]);
  });

  it("finds a figure rendered 2/3 where the source wrote two-thirds", () => {
    const facts = render({ share: { text: "2/3", isDate: false, writtenInWords: true } });
    expect(findBareFractions(story('其中<Fact id="share" />已开放。'), facts)).toEqual([
      { line: 8, column: 3, text: "2/3" },
    ]);
  });
});

describe("findUnlinkedCounties", () => {
  const counties = [
    { id: "qinglong", names: ["晴隆", "Qinglong"] },
    { id: "wangmo", names: ["望谟"] },
    { id: "puan", names: ["Pu'an"] },
  ];
  const link = (id: string, text: string) => `<PlaceName id="${id}">${text}</PlaceName>`;

  it("passes a story that links the first mention of each county in every section", () => {
    const ok = story(
      [
        `${link("qinglong", "晴隆县")}的三宝乡，晴隆县城。`,
        "",
        "## 搬迁",
        "",
        `据报道，${link("qinglong", "晴隆")}和${link("wangmo", "望谟县")}先后完成；晴隆最早。`,
        "",
        `In ${link("puan", "Pu’an")} county; Pu'an again.`,
      ].join("\n"),
    );
    expect(findUnlinkedCounties(ok, counties)).toEqual([]);
  });

  it("finds the first plain mention in each section, with line and column", () => {
    const bad = story(
      [`${link("qinglong", "晴隆县")}的三宝乡。`, "", "## 搬迁", "", "后来晴隆县和望谟县都完成了。"].join("\n"),
    );
    expect(findUnlinkedCounties(bad, counties)).toEqual([
      { line: 12, column: 3, text: "晴隆" },
      { line: 12, column: 7, text: "望谟" },
    ]);
  });

  it("wants the first mention linked, not a later one", () => {
    const bad = story(`晴隆县城在${link("qinglong", "晴隆县")}。`);
    expect(findUnlinkedCounties(bad, counties)).toEqual([{ line: 8, column: 1, text: "晴隆" }]);
  });

  it("leaves headings, the frontmatter, link texts and attributes alone, and matches Latin names as words", () => {
    const source = `---\ntitle: 晴隆\nstandfirst: 望谟\n---\n\n## 晴隆的故事\n\n见[《晴隆》](/stories/x/)。<Chart id="qinglong" caption="望谟" />\n\nThe Qinglongese.`;
    expect(findUnlinkedCounties(source, counties)).toEqual([]);
  });

  it("finds a link whose text names another county", () => {
    const bad = story(`${link("wangmo", "晴隆县")}。`);
    expect(findUnlinkedCounties(bad, counties).map((s) => s.text)).toEqual([
      '<PlaceName id="wangmo"> reads "晴隆县"',
      "晴隆",
    ]);
  });
});
