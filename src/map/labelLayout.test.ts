import { describe, expect, it } from "vitest";
import { mapFeatures, mapInput } from "../../tests/fixtures/mapFixture";
import { layoutLabels } from "./labelLayout";
import { buildGeoLayout, projectLayout } from "./layout";
import { buildMapState } from "./state";

describe("layoutLabels", () => {
  const state = buildMapState(mapInput, "zh");
  const layout = projectLayout(mapFeatures, buildGeoLayout(mapFeatures, state), { width: 400 });

  it("labels every county with a shape, with its date on the completion layer only", () => {
    const completion = layoutLabels(state, layout, "completion");
    const sites = layoutLabels(state, layout, "sites");
    expect(completion.labels.map((l) => l.view.id)).toEqual(layout.counties.map((c) => c.id));
    const text = (l: (typeof completion.labels)[number]) =>
      l.form.lines
        .flat()
        .map((r) => r.text)
        .join("");
    const a = completion.labels.find((l) => l.view.id === "a");
    expect(a && text(a)).toContain(a?.view.dateLabel ?? "no date");
    for (const label of sites.labels) expect(text(label)).not.toMatch(/月/);
    expect(sites.fontSize).toBeCloseTo(completion.fontSize * 0.9);
  });

  it("keeps every label on the canvas", () => {
    for (const layer of ["completion", "sites", "moves"] as const)
      for (const label of layoutLabels(state, layout, layer).labels) {
        expect(label.x).toBeGreaterThan(0);
        expect(label.x).toBeLessThan(layout.width);
        expect(label.y).toBeGreaterThan(0);
        expect(label.y).toBeLessThan(layout.height);
      }
  });
});
