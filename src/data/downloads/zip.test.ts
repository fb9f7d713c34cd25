import { describe, expect, it } from "vitest";
import type { Column } from "../table";
import { formulaStarts, toCsv } from "./formats";
import { zipReadme } from "./zip";

const site = "http://localhost:4321/";

describe("the zip's README", () => {
  it("names every character the Excel CSV escapes", () => {
    const line = zipReadme(site)
      .split("\r\n")
      .find((l) => l.includes("run as a formula"));
    const listed = /\(([^)]*)\)$/.exec(line ?? "")?.[1]?.split(", ");
    expect(listed).toEqual(formulaStarts.map((f) => f.name));
    // The Excel CSV escapes each of them, and not a start such as "#".
    const columns: Column[] = [
      { name: "text", path: ["text"], type: "string", nullable: false, list: false, doc: { en: "", zh: "" } },
    ];
    for (const { char } of formulaStarts) {
      const csv = toCsv(columns, [{ text: `${char}1` }], true);
      expect(csv, JSON.stringify(char)).toContain(`'${char}1`);
    }
    expect(toCsv(columns, [{ text: "#1" }], true)).not.toContain("'#1");
  });
});
