import { describe, expect, it } from "vitest";
import { fillTemplate } from "./template";

describe("fillTemplate", () => {
  it("fills placeholders and names a missing one", () => {
    expect(fillTemplate("{a} → {b}", { a: "甲", b: "乙" })).toBe("甲 → 乙");
    expect(() => fillTemplate("{a}", {})).toThrow(/\{a\}/);
  });
});
