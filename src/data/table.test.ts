import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ObservationRow } from "./schemas/observations";
import { CompletionRow } from "./schemas/completion";
import { SiteRow } from "./schemas/sites";
import { doc } from "./schemas/common";
import { columnsOf, flattenRow } from "./table";

describe("columnsOf", () => {
  it("documents every column of every dataset kind in both languages", () => {
    for (const schema of [ObservationRow, SiteRow]) {
      for (const column of columnsOf(schema)) {
        expect(column.doc.en, column.name).toMatch(/\S/);
        expect(column.doc.zh, column.name).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it("splits bilingual fields and nested evidence into snake_case columns", () => {
    const names = columnsOf(SiteRow).map((c) => c.name);
    expect(names).toContain("name_zh");
    expect(names).toContain("name_en");
    expect(names).toContain("people_as_written");
    expect(names).toContain("origins_evidence_quote");
  });

  it("merges the columns of a union and marks kind-specific ones nullable", () => {
    const columns = columnsOf(ObservationRow);
    expect(columns.find((c) => c.name === "quote")?.nullable).toBe(true);
    expect(columns.find((c) => c.name === "derivation_op")?.nullable).toBe(true);
    expect(columns.find((c) => c.name === "value")).toMatchObject({ type: "number", nullable: false });
    expect(columns.find((c) => c.name === "kind")?.enum).toEqual(["reported", "derived"]);
  });

  it("marks dates at the source's precision, and nothing else", () => {
    const columns = columnsOf(CompletionRow);
    expect(columns.find((c) => c.name === "date")?.partialDate).toBe(true);
    // The completion date and the date a second source says it was done by (S03's "截至5月30日").
    expect(columns.filter((c) => c.partialDate).map((c) => c.name)).toEqual(["date", "corroboration_by"]);
    expect(columnsOf(SiteRow).some((c) => c.partialDate)).toBe(false);
  });

  it("refuses an undocumented field", () => {
    expect(() => columnsOf(z.strictObject({ id: doc(z.string(), "Id", "编号"), bare: z.string() }))).toThrow(
      /"bare" has no documentation/,
    );
  });
});

describe("flattenRow", () => {
  it("writes lists as one cell and missing values as null", () => {
    const schema = z.strictObject({
      ids: doc(z.array(z.string()), "Ids", "编号"),
      note: doc(z.string().nullable(), "Note", "说明"),
    });
    expect(flattenRow({ ids: ["a", "b"], note: null }, columnsOf(schema))).toEqual({ ids: "a; b", note: null });
  });
});
