import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDataRelease } from "~/data/downloads";

/** CITATION.cff is written by hand; it must follow the data release in data/changelog.json. */
describe("CITATION.cff", () => {
  const cff = readFileSync(new URL("../../CITATION.cff", import.meta.url), "utf8");

  it("names the current data version and release date", () => {
    const { version, date } = getDataRelease();
    expect(cff).toMatch(new RegExp(`^version: "${version.replace(/\./g, "\\.")}"$`, "m"));
    expect(cff).toMatch(new RegExp(`^date-released: "${date}"$`, "m"));
  });

  it("declares the data licence", () => {
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
  });
});
