import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/builtSite";
import { distDir } from "../support/site";

/**
 * Every built HTML page validates with html-validate's recommended rules, with zero errors. The
 * configuration is the project's `.htmlvalidate.json`, read explicitly (the built site may live
 * outside the repository, where html-validate would not find it). Why each rule there is tuned
 * is written in the README, under "Checks on the built site".
 */
const configPath = fileURLToPath(new URL("../../.htmlvalidate.json", import.meta.url));
const config = JSON.parse(readFileSync(configPath, "utf8")) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

const pages = builtPages();

describe("HTML validity (html-validate, recommended preset)", () => {
  it("finds the built pages", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("%s has no errors", async (file) => {
    const report = await validator.validateFile(join(distDir, file));
    const errors = report.results.flatMap((result) =>
      result.messages
        .filter((m) => m.severity === 2)
        .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ""}`),
    );
    expect(errors).toEqual([]);
  });
});
