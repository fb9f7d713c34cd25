import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartCredit } from "~/charts/exports";
import { getChart, getChartView } from "~/charts/index";
import { creditSeparator, graphicCredit, sourceLineText } from "~/data/citation";
import { getDict, langs } from "~/i18n";
import { allMapSources, mapCreditLine, mapCredits } from "~/map/credit";
import { getMapView } from "~/map/index";
import { countyCredits, countySources } from "~/site/countyEmbed";
import { builtPages, readBuilt } from "../support/builtSite";

/**
 * A built source line's words, with each grade badge read as the text lines write a grade, e.g.
 * "Sources: S03 (A), S00 (B) · Chart: …" (the badge shows the bare letter in a box).
 */
function lineText(line: Element, lang: (typeof langs)[number]): string {
  const { punct } = getDict(lang);
  // The badge's own space before it is the opening bracket's (" (" in English, "（" in Chinese).
  for (const badge of line.querySelectorAll("abbr.grade"))
    badge.textContent = `\u2063${badge.textContent}${punct.close}`;
  return (line.textContent ?? "")
    .replace(/\s*\u2063/g, punct.open)
    .replace(/\s+/g, " ")
    .trim();
}

/** The text drawn in a built SVG, without spaces (it wraps lines at spaces) and with plain quotes. */
function drawnText(path: string): string {
  return readBuilt(path)
    .replace(/<[^>]+>/g, "")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, "");
}
const squeeze = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, "");

/** The source lines of a built page. */
function sourceLines(path: string): Element[] {
  const { document } = parseHTML(readBuilt(path));
  return [...document.querySelectorAll(".source-line")];
}

const prefix = (lang: (typeof langs)[number]) => (lang === "zh" ? "" : "en/");

describe.each(langs)("source lines (%s)", (lang) => {
  const t = getDict(lang);
  const chart = "rocky-desertification";
  const view = getChartView(getChart(chart), lang);

  it("a chart page, its embed and its downloads write the same line: sources with grades, then the chart's credit", () => {
    const expected = sourceLineText(view.sources, lang, [graphicCredit("chart", lang)]);
    expect(chartCredit(view)).toBe(expected);
    const [page] = sourceLines(`${prefix(lang)}charts/${chart}/index.html`);
    expect(page && lineText(page, lang)).toBe(expected);
    const [embed] = sourceLines(`${prefix(lang)}embed/${chart}/index.html`);
    expect(embed && lineText(embed, lang)).toBe(`${expected}${creditSeparator}${t.embed.viewOn}`);
    expect(drawnText(`charts/${chart}.${lang}.svg`)).toContain(squeeze(expected));
  });

  it("every chart in a story or a home-page step writes the chart's line, then the link to its page", () => {
    const pages = builtPages().filter((p) => (lang === "zh" ? !p.startsWith("en/") : p.startsWith("en/")));
    const home = sourceLines(`${prefix(lang)}index.html`);
    expect(home.length).toBeGreaterThan(0);
    let charts = 0;
    for (const path of pages.filter((p) => /(^|\/)(index\.html|stories\/[^/]+\/index\.html)$/.test(p))) {
      const { document } = parseHTML(readBuilt(path));
      for (const block of document.querySelectorAll(".story-chart")) {
        const line = block.querySelector(".source-line");
        expect(line, `${path}: a story chart has its source line`).not.toBeNull();
        const links = [...(line?.querySelectorAll("a") ?? [])];
        const chartId = (links.at(-1)?.getAttribute("href") ?? "").replace(/\/$/, "").split("/").pop() ?? "";
        const credit = chartCredit(getChartView(getChart(chartId), lang));
        expect(line && lineText(line, lang)).toBe(`${credit}${creditSeparator}${t.charts.open}`);
        charts++;
      }
    }
    expect(charts).toBeGreaterThan(5);
  }, 30_000);

  it("the map page, its pictures and its embed caption write the map's line", () => {
    const sources = allMapSources(getMapView(lang).state);
    const [line] = sourceLines(`${prefix(lang)}map/index.html`);
    expect(line && lineText(line, lang)).toBe(mapCreditLine(sources, lang));
    const completion = getMapView(lang).state.legends.completion.sources;
    expect(drawnText(`${prefix(lang)}map/completion.svg`)).toContain(squeeze(mapCreditLine(completion, lang)));
    expect(mapCredits(lang)).toEqual([graphicCredit("map", lang), t.map.boundaryCredit]);
  });

  it("a county page and its embed write the county map's line", () => {
    const expected = sourceLineText(countySources(lang), lang, countyCredits(lang));
    const [page] = sourceLines(`${prefix(lang)}counties/qinglong/index.html`);
    expect(page && lineText(page, lang)).toBe(expected);
    const [embed] = sourceLines(`${prefix(lang)}embed/county-qinglong/index.html`);
    expect(embed && lineText(embed, lang)).toBe(`${expected}${creditSeparator}${t.embed.viewOn}`);
  });
});
