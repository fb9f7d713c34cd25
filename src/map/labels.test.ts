import { describe, expect, it } from "vitest";
import { countyLabelForms, placeLabels, shortCountyName, shortDateLabel, type Box } from "./labels";

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const bounds = { x0: 0, y0: 0, x1: 300, y1: 300 };

describe("placeLabels", () => {
  it("keeps a label on its point in its first form when there is room", () => {
    const [p] = placeLabels([{ id: "a", anchor: [150, 150], forms: [{ width: 60, height: 30 }] }], { bounds });
    expect(p).toMatchObject({ id: "a", form: 0, centre: [150, 150], leader: null, fits: true });
  });

  it("separates labels whose points crowd each other, inside the bounds, with leaders where moved off", () => {
    const requests = Array.from({ length: 6 }, (_, i) => ({
      id: `l${i}`,
      anchor: [60 + i * 36, 150 + (i % 2) * 6] as [number, number],
      forms: [
        { width: 90, height: 32 },
        { width: 50, height: 16 },
      ],
    }));
    const placed = placeLabels(requests, { bounds, gap: 2 });
    expect(placed).toHaveLength(6);
    for (const p of placed) {
      expect(p.fits).toBe(true);
      expect(p.box.x0).toBeGreaterThanOrEqual(0);
      expect(p.box.x1).toBeLessThanOrEqual(300);
      expect(p.box.y0).toBeGreaterThanOrEqual(0);
      expect(p.box.y1).toBeLessThanOrEqual(300);
    }
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
    expect(placed.some((p) => p.leader !== null)).toBe(true);
  });

  it("moves a label off an obstacle and away from the edge", () => {
    const [p] = placeLabels([{ id: "a", anchor: [5, 5], forms: [{ width: 40, height: 20 }] }], {
      bounds,
      obstacles: [{ x0: 0, y0: 0, x1: 30, y1: 30 }],
    });
    if (!p) throw new Error("no placement");
    expect(p.fits).toBe(true);
    expect(overlap(p.box, { x0: 0, y0: 0, x1: 30, y1: 30 })).toBe(false);
    expect(p.box.x0).toBeGreaterThanOrEqual(0);
  });

  it("uses a smaller form when the larger fits nowhere", () => {
    const [p] = placeLabels(
      [
        {
          id: "a",
          anchor: [50, 10],
          forms: [
            { width: 120, height: 30 },
            { width: 40, height: 12 },
          ],
        },
      ],
      { bounds: { x0: 0, y0: 0, x1: 100, y1: 20 } },
    );
    expect(p).toMatchObject({ form: 1, fits: true });
  });
});

describe("label forms", () => {
  it("shortens names and dates in both languages", () => {
    expect(shortCountyName("兴义市")).toBe("兴义");
    expect(shortCountyName("Qinglong County")).toBe("Qinglong");
    expect(shortCountyName("Yilong New Area")).toBe("Yilong");
    expect(shortDateLabel("23 March 2019")).toBe("23 Mar");
    expect(shortDateLabel("3月23日")).toBe("3月23日");
  });

  it("offers the name with the date on a second line first, then shorter and smaller forms", () => {
    const forms = countyLabelForms("Xingren City", "27 March 2019");
    expect(forms[0]?.lines.map((l) => l.map((r) => r.text).join(""))).toEqual(["Xingren City", "27 March 2019"]);
    expect(forms.at(-1)?.scale).toBeLessThan(1);
    expect(new Set(forms.map((f) => JSON.stringify(f))).size).toBe(forms.length);
    expect(countyLabelForms("兴仁市", null)[0]?.lines).toEqual([[{ text: "兴仁市", bold: false }]]);
  });
});
