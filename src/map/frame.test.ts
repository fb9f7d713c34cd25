import { describe, expect, it } from "vitest";
import { mapFeatures, mapInput } from "../../tests/fixtures/mapFixture";
import { textWidth } from "~/core/text";
import { layoutFrame } from "./frame";
import { buildGeoLayout, projectLayout } from "./layout";
import { buildMapState } from "./state";

describe("layoutFrame", () => {
  const state = buildMapState(mapInput, "en");
  const layout = projectLayout(mapFeatures, buildGeoLayout(mapFeatures, state), { width: 400 });

  it("puts the title above the map and the legend, notes and credits below it, line after line", () => {
    const frame = layoutFrame(state, "completion", layout);
    expect(frame.title.length).toBeGreaterThan(0);
    for (const { y } of frame.title) expect(y).toBeLessThan(frame.top);
    const below = [...frame.entries.flatMap((e) => e.lines), ...frame.notes, ...frame.sources].map((l) => l.y);
    expect(below[0]).toBeGreaterThan(frame.top + layout.height);
    for (let i = 1; i < below.length; i++) expect(below[i]).toBeGreaterThan(below[i - 1] as number);
    expect(frame.height).toBeGreaterThan(below[below.length - 1] as number);
    expect(frame.entries.map((e) => e.entry.label)).toEqual(state.legends.completion.entries.map((e) => e.label));
  });

  it("wraps every line to the picture's width", () => {
    const frame = layoutFrame(state, "moves", layout);
    const room = layout.width - 2 * frame.x;
    for (const { text } of frame.title) expect(textWidth(text, frame.fontSize * 1.35)).toBeLessThanOrEqual(room);
    for (const { text } of frame.notes) expect(textWidth(text, frame.fontSize)).toBeLessThanOrEqual(room);
    for (const { text } of frame.sources) expect(textWidth(text, frame.fontSize * 0.85)).toBeLessThanOrEqual(room);
    expect(frame.notes.length).toBeGreaterThan(1);
  });
});
