import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getFact } from "~/data/facts";
import { langs } from "~/i18n";
import { intersects, textRect, type Rect } from "./annotation";
import { barMetrics, layoutBars } from "./bars/layout";
import { layoutTimeline, radius } from "./timeline/layout";
import { layoutWaffle } from "./waffle/layout";
import { dotRadius, layoutDots } from "./dots/layout";
import { palette } from "./palette";
import { chartedDisagreements } from "./disagreements";
import { chartCsv, exportSvg } from "./exports";
import { resolveText } from "./figures";
import { getChart, getCharts, getChartView, pageVariants, renderChartElement } from "./index";
import type { ChartText, Figures } from "./types";

/** Figures that write the fact id instead of its value, to check that no text types a number by hand. */
const placeholders: Figures = {
  value: (id) => (getFact(id), `⟨${id}⟩`),
  number: (id) => (getFact(id), `⟨${id}⟩`),
  date: (id) => (getFact(id), `⟨${id}⟩`),
  measure: (id) => (getFact(id), `⟨${id}⟩`),
  place: (id) => `⟨${id}⟩`,
  datasetTitle: (id) => `⟨${id}⟩`,
};

/** What a hand-written text may contain besides words: source ids (S00, S16a). Figures come from the data. */
function handTypedDigits(text: string): string[] {
  return (
    text
      .replace(/⟨[^⟩]*⟩/g, "")
      .replace(/\bS\d{2}[a-z]?\b/g, "")
      .match(/\d+/g) ?? []
  );
}

describe("the chart registry", () => {
  const charts = getCharts();

  it("declares each chart once, with a kebab-case id", () => {
    expect(charts.length).toBeGreaterThan(0);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    for (const chart of charts) expect(chart.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(charts.map((c) => c.id))("%s: hand-written texts type no figure (figures come from the data)", (id) => {
    const chart = charts.find((c) => c.id === id);
    if (!chart) throw new Error(id);
    const texts: ChartText[] = [
      chart.title,
      chart.subtitle,
      chart.takeaway,
      chart.annotation.text,
      chart.alt,
      ...chart.notes,
    ];
    for (const lang of langs) {
      for (const text of texts) expect(handTypedDigits(resolveText(text, lang, placeholders))).toEqual([]);
    }
  });

  it.each(charts.map((c) => c.id))("%s: builds in both languages with sources, alt text and notes", (id) => {
    const chart = charts.find((c) => c.id === id);
    if (!chart) throw new Error(id);
    for (const lang of langs) {
      const view = getChartView(chart, lang);
      expect(view.entries.length).toBeGreaterThan(0);
      expect(view.sources.length).toBeGreaterThan(0);
      expect(view.title.length).toBeGreaterThan(3);
      // The alt text carries every figure the chart draws.
      for (const entry of view.entries.filter((e) => e.group === null || view.data.kind === "bars"))
        expect(view.alt).toContain(entry.valueText);
      expect(view.factNotes.every((n) => n.text.length > 0)).toBe(true);
    }
  });

  it("draws the parts of a stated whole end to end, and they add up to it", () => {
    for (const chart of charts) {
      const { data } = getChartView(chart, "en");
      if (data.kind === "timeline") continue;
      for (const group of data.groups) {
        const stacked = group.rows.length > 1 && group.rows.some((r) => r.start > 0);
        if (!stacked || group.whole === null) continue;
        const end = group.rows.reduce((sum, r) => sum + r.value, 0);
        expect(end, `${chart.id}/${group.key}`).toBeCloseTo(group.whole, 6);
      }
    }
  });

  it("marks computed figures as computed in both languages", () => {
    const zh = getChartView(getChart("who-was-moved"), "zh");
    const en = getChartView(getChart("who-was-moved"), "en");
    expect(zh.alt).toContain("本站计算");
    expect(en.alt).toContain("(computed)");
  });
});

describe("chart 12: where sources disagree", () => {
  const keys = chartedDisagreements().map((d) => d.key);

  it("shows the headline disagreement, 338,506 against 33.83万", () => {
    expect(keys).toContain("qianxinan/relocated-total");
  });

  it.each(pageVariants.map((v) => v.width))(
    "at %i px, a dot per source: in the measure's order of values, its grade beside it, clear of the others",
    (width) => {
      const view = getChartView(getChart("source-disagreements"), "en");
      if (view.data.kind !== "dots") throw new Error("source-disagreements is drawn as a dot plot");
      const layout = layoutDots(view.data, width);
      const m = barMetrics(width);
      const rows = view.data.groups.flatMap((g) => g.rows);
      expect(layout.dots.map((d) => d.key)).toEqual(rows.map((r) => r.key));
      for (const group of view.data.groups) {
        const dots = group.rows.map((r) => layout.dots.find((d) => d.key === r.key));
        // Greater figures sit further right, equal ones at the same place.
        for (const [i, a] of group.rows.entries())
          for (const [j, b] of group.rows.entries()) {
            const [da, db] = [dots[i], dots[j]];
            if (!da || !db) throw new Error("a dot is missing");
            if (a.value < b.value) expect(da.x).toBeLessThan(db.x);
            if (a.value === b.value) expect(da.x).toBeCloseTo(db.x, 6);
          }
      }
      for (const [i, text] of layout.dotTexts.entries()) {
        expect(text.lines[0]).toBe(rows[i]?.dotLabel);
        const box = textRect(text, m.lineHeight);
        expect(box.x1).toBeGreaterThanOrEqual(0);
        expect(box.x2).toBeLessThanOrEqual(width);
        for (const other of layout.texts) expect(intersects(box, textRect(other, m.lineHeight))).toBe(false);
        for (const dot of layout.dots)
          expect(
            intersects(box, {
              x1: dot.x - dotRadius,
              x2: dot.x + dotRadius,
              y1: dot.y - dotRadius,
              y2: dot.y + dotRadius,
            }),
          ).toBe(false);
      }
    },
  );

  it("leaves out figures in different units (fen against mu) and quarrels among grade C sources only", () => {
    expect(keys).not.toContain("sanbao/farmland-per-capita");
    expect(keys.some((k) => k.endsWith("/land-area"))).toBe(false);
  });
});

describe("annotations", () => {
  /** Every chart at every page width in both languages, with its layout's boxes. */
  const cases = getCharts().flatMap((chart) =>
    langs.flatMap((lang) => pageVariants.map((v) => ({ chart, lang, width: v.width }))),
  );

  it.each(cases.map((c) => [c.chart.id, c.lang, c.width, c] as const))(
    "%s (%s, %i px): the note clears every value, label and mark, and stays inside the chart",
    (_id, _lang, width, { chart, lang }) => {
      const view = getChartView(chart, lang);
      const m = barMetrics(width);
      const { data } = view;
      const layout =
        data.kind === "bars"
          ? layoutBars(data, width)
          : data.kind === "waffle"
            ? layoutWaffle(data, width)
            : data.kind === "dots"
              ? layoutDots(data, width)
              : layoutTimeline(data, width, lang);
      const note = layout.annotation;
      if (!note) throw new Error(`${chart.id} draws no annotation`);
      const marks: Rect[] =
        "bars" in layout
          ? layout.bars
          : "cells" in layout
            ? [...layout.cells, ...layout.swatches]
            : "dotTexts" in layout
              ? [
                  ...layout.dotTexts.map((t) => textRect(t, m.lineHeight)),
                  ...layout.dots.map((d) => ({
                    x1: d.x - dotRadius,
                    x2: d.x + dotRadius,
                    y1: d.y - dotRadius,
                    y2: d.y + dotRadius,
                  })),
                ]
              : layout.dots.map((d) => ({ x1: d.x - radius, x2: d.x + radius, y1: d.y - radius, y2: d.y + radius }));
      const obstacles: Rect[] = [...layout.texts.map((t) => textRect(t, m.lineHeight)), ...marks];
      for (const box of obstacles) expect(intersects(note.box, box), JSON.stringify(box)).toBe(false);
      // The leader runs between the mark and the note and crosses nothing.
      const leader = { x1: note.leader.x - 1, x2: note.leader.x + 1, y1: note.leader.y1, y2: note.leader.y2 };
      for (const box of obstacles) expect(intersects(leader, box), JSON.stringify(box)).toBe(false);
      expect(note.box.x1).toBeGreaterThanOrEqual(0);
      expect(note.box.x2).toBeLessThanOrEqual(width + 0.5);
      expect(note.box.y2).toBeLessThanOrEqual(layout.height);
    },
  );

  it.each(getCharts().map((c) => c.id))("%s: the note is in the accessible description, in both languages", (id) => {
    for (const lang of langs) {
      const view = getChartView(getChart(id), lang);
      expect(view.annotation.length).toBeGreaterThan(3);
      expect(view.alt).toContain(view.annotation);
      const svg = renderChartElement(view, 320, "a").outerHTML;
      expect(svg).toContain('class="chart-annotation"');
      expect(svg).toContain('class="chart-highlight"');
    }
  });

  it("follows the data: the note's figures are the facts' values", () => {
    const view = getChartView(getChart("who-was-moved"), "en");
    expect(view.annotation).toContain(
      view.entries.find((e) => e.fact.id === "relocation-not-registered-poor")?.valueText,
    );
  });
});

describe("the waffle", () => {
  it.each(pageVariants.map((v) => v.width))(
    "at %i px, each part's squares are in proportion to its figure",
    (width) => {
      const view = getChartView(getChart("who-was-moved"), "en");
      if (view.data.kind !== "waffle") throw new Error("who-was-moved is drawn as a waffle");
      const layout = layoutWaffle(view.data, width);
      const [group] = view.data.groups;
      const first = layout.cells[0];
      if (!first) throw new Error("no squares drawn");
      const side = first.x2 - first.x1;
      for (const row of group.rows) {
        const fill = layout.cells.filter((c) => c.fill === palette[row.tone]);
        const area = fill.reduce((sum, c) => sum + (c.x2 - c.x1) * (c.y2 - c.y1), 0);
        expect(area / (side * side)).toBeCloseTo(row.value / view.data.unit, 6);
      }
      for (const cell of layout.cells) expect(cell.x2).toBeLessThanOrEqual(width);
    },
  );
});

describe("rendered SVG", () => {
  it("is an accessible image: title and description tied to it, Plot's groups given a role", () => {
    const chart = getChart("land-composition");
    const svg = renderChartElement(getChartView(chart, "zh"), 520, "test").outerHTML;
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/aria-labelledby="test-title"/);
    expect(svg).toMatch(/<title id="test-title">/);
    expect(svg).toMatch(/<desc id="test-desc">/);
    expect(svg).not.toMatch(/<g(?![^>]*role=)[^>]*aria-label=/);
  });

  it("escapes data strings", () => {
    const chart = getChart("land-composition");
    const view = getChartView(chart, "en");
    const svg = renderChartElement({ ...view, title: "<script>alert(1)</script>" }, 320, "x").outerHTML;
    expect(svg).not.toContain("<script>");
  });

  // The renderers are snapshotted on fixture data (renderers.test.ts); the live charts by what they must show.
  it.each(getCharts().flatMap((c) => langs.map((lang) => [c.id, lang] as const)))(
    "%s (%s) draws every figure: a titled mark and its value written beside it, in every layout",
    (id, lang) => {
      const view = getChartView(getChart(id), lang);
      const rows =
        view.data.kind === "timeline"
          ? view.data.rows.map((r) => ({ tip: r.tip, text: r.dateText }))
          : view.data.groups.flatMap((g) => g.rows.map((r) => ({ tip: r.tip, text: r.valueText })));
      expect(rows.length).toBeGreaterThan(0);
      for (const { width } of pageVariants) {
        const svg = renderChartElement(view, width, "x");
        const tips = [...svg.querySelectorAll("g title")].map((t) => t.textContent);
        const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
        for (const row of rows) {
          expect(tips, `${width} px`).toContain(row.tip);
          expect(texts, `${width} px`).toContain(row.text);
        }
      }
    },
  );
});

describe("exports", () => {
  const view = getChartView(getChart("land-composition"), "zh");

  it("writes a stand-alone SVG: white background, dark text, title, credit and link", () => {
    const svg = exportSvg(view, 800, "https://example.org/");
    const { document } = parseHTML(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('color="#1c1b19"');
    expect(svg).toContain(view.title);
    expect(svg).toContain("CC BY 4.0");
    expect(svg).toContain("https://example.org/charts/land-composition/");
    expect(document.querySelectorAll("svg svg").length).toBe(1);
    expect(svg).not.toContain("<style");
  });

  it("writes the chart's figures as CSV that parses back, one row per figure", () => {
    const parsed = Papa.parse<Record<string, string>>(chartCsv(view).trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(view.entries.length);
    expect(parsed.data[0]?.fact_id).toBe(view.entries[0]?.fact.id);
    expect(parsed.data.every((r) => r.source !== "" || r.computed === "true")).toBe(true);
  });
});

describe("embed.js", () => {
  it("stays under 3 KB", () => {
    const bytes = readFileSync(new URL("../../public/embed.js", import.meta.url)).byteLength;
    expect(bytes).toBeLessThan(3000);
  });
});
