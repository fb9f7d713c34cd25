import { describe, expect, it } from "vitest";
import { builtPages } from "../support/builtSite";
import { findJava, nuErrors } from "../support/nu";
import { distDir } from "../support/site";

/**
 * Every built HTML page has zero errors in the W3C Nu HTML Checker, the reference validator. The
 * whole of dist/ is checked in one JVM run, which takes seconds. Without Java the test is skipped
 * with a warning, except under `CI`.
 */
const java = findJava();
if (!java) {
  if (process.env.CI) throw new Error("CI is set but no Java was found: apt-get install -y default-jre-headless");
  console.warn(
    '\n⚠ Nu HTML Checker skipped: no Java found. Install it with "sudo apt-get install -y default-jre-headless".\n',
  );
}

describe.skipIf(!java)("HTML validity (W3C Nu HTML Checker, vnu-jar)", () => {
  it("reports no error on any built page", () => {
    expect(builtPages().length).toBeGreaterThan(20);
    expect(nuErrors(java ?? "java", distDir)).toEqual([]);
  }, 300_000);
});
