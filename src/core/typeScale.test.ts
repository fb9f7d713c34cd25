import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { typeScale, typeScaleDeclarations } from "./typeScale";

describe("the type scale", () => {
  it("is the one the site's stylesheet declares, step for step", () => {
    const css = readFileSync(new URL("../styles/base.css", import.meta.url), "utf8");
    const declared = [...css.matchAll(/--text-[\w]+:\s*[\d.]+rem;/g)].map((m) => m[0].replace(/:\s*/, ": "));
    expect(declared).toEqual(typeScaleDeclarations());
  });

  it("grows at every step", () => {
    const steps = Object.values(typeScale);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1] ?? 0);
  });
});
