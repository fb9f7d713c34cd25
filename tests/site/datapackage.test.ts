import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distDir } from "../support/site";

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema?: { fields: { name: string; type: string; description: string }[] };
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

  it.each(datapackage.resources.map((r) => [r.path, r] as const))(
    "%s exists with the declared size and hash",
    (path, resource) => {
      const file = join(distDir, path);
      expect(existsSync(file)).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.byteLength).toBe(resource.bytes);
      expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    },
  );

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
