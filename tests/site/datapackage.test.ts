import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distDir } from "../support/site";

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema?: { fields: { name: string; type: string; description: string }[] };
  /** The same table in other forms (Excel CSV, JSON, XLSX), on a CSV resource. */
  alternatives?: Omit<Resource, "name" | "alternatives">[];
}

const datapackage = JSON.parse(readFileSync(join(distDir, "datapackage.json"), "utf8")) as {
  resources: Resource[];
  licenses: { name: string }[];
  version: string;
};

describe("datapackage.json", () => {
  it("carries a version and the data licence", () => {
    expect(datapackage.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(datapackage.licenses.map((l) => l.name)).toContain("CC-BY-4.0");
  });

  const files = datapackage.resources.flatMap((r) => [r, ...(r.alternatives ?? [])]);

  it("lists every dataset's CSV, Excel CSV, JSON and XLSX", () => {
    for (const resource of datapackage.resources.filter((r) => r.schema))
      expect(
        [resource, ...(resource.alternatives ?? [])].map((r) => r.path),
        resource.name,
      ).toEqual([".csv", "-excel.csv", ".json", ".xlsx"].map((f) => resource.path.replace(/\.csv$/, f)));
  });

  it.each(files.map((r) => [r.path, r] as const))("%s exists with the declared size and hash", (path, resource) => {
    const file = join(distDir, path);
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    expect(bytes.byteLength).toBe(resource.bytes);
    expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
  });

  it("describes every field of every CSV resource", () => {
    const tabular = datapackage.resources.filter((r) => r.schema);
    expect(tabular.length).toBeGreaterThan(10);
    for (const resource of tabular) {
      const header = readFileSync(join(distDir, resource.path), "utf8")
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0]
        ?.split(",");
      expect(
        resource.schema?.fields.map((f) => f.name),
        resource.path,
      ).toEqual(header);
      for (const field of resource.schema?.fields ?? [])
        expect(field.description, `${resource.path} ${field.name}`).toMatch(/\S/);
    }
  });
});

/** The parts of the Frictionless JS client (npm `datapackage`, untyped) that the test uses. */
interface FrictionlessResource {
  name: string;
  tabular: boolean;
  valid: boolean;
  errors: Error[];
  descriptor: { path: string; schema?: { fields: { name: string; type: string }[] } };
  read(options: { keyed: true; cast: true; forceCast: true }): Promise<(Record<string, unknown> | TableError)[]>;
}
interface TableError extends Error {
  rowNumber?: number;
  errors?: Error[];
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}
const { Package } = createRequire(import.meta.url)("datapackage") as {
  Package: { load(descriptor: string, options: { basePath: string }): Promise<FrictionlessPackage> };
};

/** What a value of each Table Schema type must be after casting (null is an empty cell). */
const castChecks: Record<string, (value: unknown) => boolean> = {
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean",
  date: (v) => v instanceof Date && !Number.isNaN(v.getTime()),
  string: (v) => typeof v === "string",
};

const pkg = await Package.load(join(distDir, "datapackage.json"), { basePath: distDir });
const tabular = pkg.resources.filter((r) => r.tabular);

describe("datapackage.json read by a Frictionless client (npm datapackage)", () => {
  it("loads as a valid descriptor, every resource valid", () => {
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(
      pkg.resources.filter((r) => !r.valid).map((r) => `${r.name}: ${r.errors.map((e) => e.message).join("; ")}`),
    ).toEqual([]);
  });

  it("has exactly the plain CSVs as its tabular resources (what the client takes as tables)", () => {
    expect(tabular.length).toBeGreaterThan(10);
    expect(
      tabular
        .map((r) => r.descriptor.path)
        .filter((p) => !/^downloads\/[a-z0-9-]+\.csv$/.test(p) || p.endsWith("-excel.csv")),
    ).toEqual([]);
    expect(tabular.filter((r) => !r.descriptor.schema).map((r) => r.name)).toEqual([]);
    expect(pkg.resources.filter((r) => !r.tabular && r.descriptor.schema).map((r) => r.name)).toEqual([]);
  });

  it("declares dates as dates somewhere (a column of full YYYY-MM-DD dates)", () => {
    expect(tabular.some((r) => r.descriptor.schema?.fields.some((f) => f.type === "date"))).toBe(true);
  });

  it.each(tabular.map((r) => [r.name, r] as const))(
    "%s reads with casting, every row, with its declared types",
    async (_name, resource) => {
      const rows = await resource.read({ keyed: true, cast: true, forceCast: true });
      const problems: string[] = [];
      const fields = resource.descriptor.schema?.fields ?? [];
      rows.forEach((row, index) => {
        if (row instanceof Error) {
          const reasons = (row as TableError).errors?.map((e) => e.message) ?? [row.message];
          problems.push(`row ${(row as TableError).rowNumber ?? index + 2}: ${reasons.join("; ")}`);
          return;
        }
        for (const field of fields) {
          const value = row[field.name];
          const check = castChecks[field.type];
          if (value !== null && value !== undefined && !check?.(value))
            problems.push(`row ${index + 2}, ${field.name}: ${String(value)} did not read as ${field.type}`);
        }
      });
      expect(problems).toEqual([]);
      // Every row of the JSON download came back.
      const json = JSON.parse(
        readFileSync(join(distDir, resource.descriptor.path.replace(/\.csv$/, ".json")), "utf8"),
      ) as { rows: unknown[] };
      expect(rows.length).toBe(json.rows.length);
    },
  );
});
