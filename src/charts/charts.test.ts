import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getFact } from "~/data/facts";
import { langs } from "~/i18n";
import { intersects, textRect, type Rect } from "./annotation";
import { layoutBars } from "./bars/layout";
import { barMetrics } from "./layout";
import { layoutTimeline, radius } from "./timeline/layout";
import { layoutWaffle } from "./waffle/layout";
import { layoutStack } from "./stack/layout";
import { layoutFlow } from "./flow/layout";
import { getDataset } from "~/data/index";
import { dotRadius, layoutDots } from "./dots/layout";
import { palette } from "~/core/palette";
import { chartedDisagreements } from "./disagreements";
import { chartCsv, exportSvg } from "./exports";
import { resolveText } from "./figures";
import { getChart, getCharts, getChartView, pageVariants, renderChartElement } from "./index";
import type { ChartData, ChartText, Figures } from "./types";

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
    // The one known exception, checked in its own test: the 1999 classes, as written, add up to more than their total.
    const overruns = new Set(["rocky-desertification/severity-1999"]);
    for (const chart of charts) {
      const { data } = getChartView(chart, "en");
      if (data.kind === "timeline" || data.kind === "flow") continue;
      for (const group of data.groups) {
        const stacked = group.rows.length > 1 && group.rows.some((r) => r.start > 0);
        if (!stacked || group.whole === null || overruns.has(`${chart.id}/${group.key}`)) continue;
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

  it.each(langs.flatMap((lang) => pageVariants.map((v) => [lang, v.width] as const)))(
    "(%s, %i px) keeps every label clear of its value: a value too wide to share the line goes below it",
    (lang, width) => {
      const view = getChartView(getChart("source-disagreements"), lang);
      if (view.data.kind !== "dots") throw new Error("source-disagreements is drawn as a dot plot");
      const { lineHeight } = barMetrics(width);
      const { texts } = layoutDots(view.data, width);
      const values = texts.filter((t) => t.anchor === "end").map((t) => textRect(t, lineHeight));
      for (const label of texts.filter((t) => t.anchor === "start"))
        for (const value of values) expect(intersects(textRect(label, lineHeight), value)).toBe(false);
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
              : data.kind === "stack"
                ? layoutStack(data, width)
                : data.kind === "flow"
                  ? layoutFlow(data, width)
                  : layoutTimeline(data, width, lang);
      const note = layout.annotation;
      if (!note) throw new Error(`${chart.id} draws no annotation`);
      const marks: Rect[] =
        "bars" in layout
          ? [...layout.bars, ...("swatches" in layout ? (layout.swatches as Rect[]) : [])]
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

describe("the stacked bars", () => {
  const view = getChartView(getChart("rocky-desertification"), "en");
  if (view.data.kind !== "stack") throw new Error("rocky-desertification is drawn as stacked bars");
  const data = view.data;

  it.each(pageVariants.map((v) => v.width))(
    "at %i px, each part is as long as its figure on its bar's scale, end to end, inside the chart",
    (width) => {
      const layout = layoutStack(data, width);
      for (const group of data.groups) {
        const parts = group.rows.map((row) => layout.bars.find((b) => b.key === row.key));
        const end = group.rows.reduce((sum, r) => sum + r.value, 0);
        const scale = width / Math.max(group.whole ?? 0, end);
        group.rows.forEach((row, i) => {
          const part = parts[i];
          if (!part) throw new Error(`${row.key} is not drawn`);
          // Parts too small to see are drawn as a 1.5 px sliver.
          expect(part.x2 - part.x1).toBeCloseTo(Math.max(row.value * scale, 1.5), 6);
          expect(part.x1).toBeCloseTo(Math.min(row.start * scale, width - 1.5), 6);
          expect(part.x2).toBeLessThanOrEqual(width + 0.01);
        });
        // One bar per group: its parts share a row.
        expect(new Set(parts.map((p) => p?.y1)).size).toBe(1);
      }
    },
  );

  it("lets the 1999 classes run past the paper's total when, as written, they add up to more", () => {
    const severity = data.groups.find((g) => g.key === "severity-1999");
    if (!severity || severity.whole === null) throw new Error("the 1999 classes are drawn over their stated total");
    const end = severity.rows.reduce((sum, r) => sum + r.value, 0);
    expect(end).toBeGreaterThan(severity.whole);
    const layout = layoutStack(data, 800);
    const track = layout.tracks.find((t) => t.key === "severity-1999-track");
    const last = layout.bars.find((b) => b.key === severity.rows.at(-1)?.key);
    expect(last?.x2).toBeGreaterThan(track?.x2 ?? Infinity);
    expect(view.notes.join(" ")).toMatch(/add up to more than the paper’s own total/);
  });
});

describe("the week calendar", () => {
  const view = getChartView(getChart("completion-timeline"), "en");
  if (view.data.kind !== "timeline") throw new Error("completion-timeline is drawn as a week calendar");
  const data = view.data;
  /** The Monday of a date's week, worked out here rather than by the layout's d3 intervals. */
  const mondayOf = (date: string) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  };

  it.each(pageVariants.map((v) => v.width))("at %i px, each date's dot is in the band of its week", (width) => {
    const layout = layoutTimeline(data, width, "en");
    for (const row of data.rows) {
      const dot = layout.dots.find((d) => d.key === row.key);
      const band = layout.weeks.find((w) => w.key === mondayOf(row.date));
      if (!dot || !band) throw new Error(`${row.key} has no dot or no week band`);
      expect(dot.y).toBeGreaterThan(band.y1);
      expect(dot.y).toBeLessThan(band.y2);
      expect(dot.x).toBeGreaterThan(band.x1);
      expect(dot.x).toBeLessThan(band.x2);
    }
    // Every week from the first date's to the last's has a band, the empty ones included.
    const first = new Date(`${mondayOf(data.rows[0]?.date ?? "")}T00:00:00Z`);
    const last = new Date(`${mondayOf(data.rows.at(-1)?.date ?? "")}T00:00:00Z`);
    expect(layout.weeks).toHaveLength((last.getTime() - first.getTime()) / (7 * 864e5) + 1);
  });

  it("brackets together the counties whose dates the source gives in one quote", () => {
    const byQuote = new Map<string, string[]>();
    for (const row of data.rows) {
      const quote = getFact(row.key).evidence?.quote ?? "";
      byQuote.set(quote, [...(byQuote.get(quote) ?? []), row.key]);
    }
    const layout = layoutTimeline(data, 520, "en");
    const spines = layout.brackets.filter((b) => b.x1 === b.x2);
    const reported = [...byQuote.values()].filter((keys) => keys.length > 1);
    expect(spines).toHaveLength(reported.length);
    for (const keys of reported) {
      const ys = keys.map((k) => layout.dots.find((d) => d.key === k)?.y ?? NaN);
      expect(spines.some((s) => s.y1 === Math.min(...ys) && s.y2 === Math.max(...ys))).toBe(true);
    }
  });
});

describe("the flow of moves", () => {
  const view = getChartView(getChart("cross-county-moves"), "en");
  if (view.data.kind !== "flow") throw new Error("cross-county-moves is drawn as a flow");
  const data = view.data;
  const recorded = getDataset("resettlement-sites", "sites").rows.filter((r) => r.origins.some((o) => o !== r.county));

  it("draws exactly the moves the sites dataset records, dashed where the origin is the site's own county", () => {
    expect(data.sites.map((s) => s.key)).toEqual(recorded.map((r) => r.id));
    const layout = layoutFlow(data, 520);
    for (const row of recorded) {
      for (const origin of row.origins) {
        const curve = layout.curves.find((c) => c.key === `${row.id}-${origin}`);
        expect(curve?.dashed).toBe(origin === row.county);
      }
    }
    expect(layout.curves).toHaveLength(recorded.reduce((n, r) => n + r.origins.length, 0));
  });

  it.each(pageVariants.map((v) => v.width))(
    "at %i px, each curve runs from its origin's dot into its site's bar, and no text overlaps another",
    (width) => {
      const layout = layoutFlow(data, width);
      const m = barMetrics(width);
      for (const curve of layout.curves) {
        const site = layout.bars.find((b) => curve.key.startsWith(`${b.key}-`));
        const dot = layout.dots.find((d) => d.key === curve.key);
        if (!site || !dot) throw new Error(`${curve.key} has no site bar or no origin dot`);
        expect(curve.y1).toBe(dot.y);
        expect(curve.x2).toBeLessThanOrEqual(site.x1);
        expect(curve.y2).toBeGreaterThan(site.y1);
        expect(curve.y2).toBeLessThan(site.y2);
      }
      const boxes = layout.texts.map((t) => textRect(t, m.lineHeight));
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
      for (const box of boxes) expect(box.x2).toBeLessThanOrEqual(width + 0.5);
    },
  );

  it("cites the source that names the origins, and lists every move in its alt text", () => {
    for (const row of recorded) expect(view.sources.map((s) => s.id)).toContain(row.originsEvidence?.source);
    for (const site of data.sites)
      for (const link of site.links) expect(view.alt).toContain(`${link.label} → ${site.label}`);
  });
});

describe("rendered SVG", () => {
  it("is an accessible image: title and description tied to it, Plot's groups given a role", () => {
    const chart = getChart("rocky-desertification");
    const svg = renderChartElement(getChartView(chart, "zh"), 520, "test").outerHTML;
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/aria-labelledby="test-title"/);
    expect(svg).toMatch(/<title id="test-title">/);
    expect(svg).toMatch(/<desc id="test-desc">/);
    expect(svg).not.toMatch(/<g(?![^>]*role=)[^>]*aria-label=/);
  });

  it("escapes data strings", () => {
    const chart = getChart("rocky-desertification");
    const view = getChartView(chart, "en");
    const svg = renderChartElement({ ...view, title: "<script>alert(1)</script>" }, 320, "x").outerHTML;
    expect(svg).not.toContain("<script>");
  });

  /** What a chart must draw, each with its tooltip and the text written beside its mark. */
  function drawnFigures(data: ChartData): { tip: string; text: string }[] {
    switch (data.kind) {
      case "timeline":
        return data.rows.map((r) => ({ tip: r.tip, text: r.dateText }));
      case "flow":
        return data.sites.flatMap((s) => [
          { tip: s.tip, text: s.valueText },
          ...s.links.map((l) => ({ tip: l.tip, text: l.label })),
        ]);
      default:
        return data.groups.flatMap((g) => g.rows.map((r) => ({ tip: r.tip, text: r.valueText })));
    }
  }

  // The renderers are snapshotted on fixture data (renderers.test.ts); the live charts by what they must show.
  it.each(getCharts().flatMap((c) => langs.map((lang) => [c.id, lang] as const)))(
    "%s (%s) draws every figure: a titled mark and its value written beside it, in every layout",
    (id, lang) => {
      const view = getChartView(getChart(id), lang);
      const rows = drawnFigures(view.data);
      expect(rows.length).toBeGreaterThan(0);
      for (const { width } of pageVariants) {
        const svg = renderChartElement(view, width, "x");
        const tips = [...svg.querySelectorAll("g title")].map((t) => t.textContent);
        // A label may wrap over lines: compare the drawn text with its blanks taken out.
        const drawn = [...svg.querySelectorAll("text")]
          .map((t) => t.textContent)
          .join("")
          .replace(/\s+/g, "");
        for (const row of rows) {
          expect(tips, `${width} px`).toContain(row.tip);
          expect(drawn, `${width} px`).toContain(row.text.replace(/\s+/g, ""));
        }
      }
    },
  );
});

describe("exports", () => {
  const view = getChartView(getChart("rocky-desertification"), "zh");

  it("writes a stand-alone SVG: white background, dark text, title, credit and link", () => {
    const svg = exportSvg(view, 800, "https://example.org/");
    const { document } = parseHTML(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('color="#1c1b19"');
    expect(svg).toContain(view.title);
    expect(svg).toContain("CC BY 4.0");
    expect(svg).toContain("https://example.org/charts/rocky-desertification/");
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
    const bytes = readFileSync(new URL("../browser/embed.js", import.meta.url)).byteLength;
    expect(bytes).toBeLessThan(3000);
  });
});
