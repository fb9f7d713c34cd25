import { describe, expect, it } from "vitest";
import { getDict } from "~/i18n";
import { correctionsPath } from "./urls";
import { fillReport, rowIdFromSearch } from "./corrections";

describe("rowIdFromSearch", () => {
  it("reads the id that a row's report link carries", () => {
    const url = new URL(correctionsPath("en", "completion-2019-qinglong"), "https://example.org");
    expect(url.hash).toBe("#corrections");
    expect(rowIdFromSearch(url.search)).toBe("completion-2019-qinglong");
    expect(rowIdFromSearch("?sort=grade&row=s00-total")).toBe("s00-total");
  });

  it("returns null without a row, or for a value that is not a row id", () => {
    for (const search of [
      "",
      "?q=1",
      "?row=",
      "?row=%3Cscript%3E",
      "?row=a%20b",
      "?row=-x",
      "?row=X1",
      `?row=${"a".repeat(121)}`,
    ])
      expect(rowIdFromSearch(search), search).toBeNull();
  });
});

describe("fillReport", () => {
  it("puts the row and its link into each language's template", () => {
    for (const lang of ["zh", "en"] as const) {
      const template = getDict(lang).about.correctionsTemplate;
      const text = fillReport(
        template,
        "completion-2019-qinglong",
        "https://example.org/evidence/#e-completion-2019-qinglong",
      );
      expect(text).toContain("completion-2019-qinglong\n");
      expect(text).toContain("https://example.org/evidence/#e-completion-2019-qinglong\n");
      expect(text).not.toMatch(/\{(row|link)\}/);
    }
  });
});
