import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prefixHeaderPaths } from "../../src/integrations/securityHeaders";
import { headersFor, parseCsp, parseHeaders, patternRegExp } from "../support/headers";

describe("_headers parsing and matching", () => {
  const rules = parseHeaders(`# comment
/*
  X-A: 1
  X-B: one
/embed/*
  X-B: two
  ! X-A
/docs/:page/
  X-C: yes
`);

  it("reads rules, headers and detach lines", () => {
    expect(rules.map((r) => r.pattern)).toEqual(["/*", "/embed/*", "/docs/:page/"]);
    expect(rules[1]?.headers).toEqual([["X-B", "two"]]);
    expect(rules[1]?.detach).toEqual(["X-A"]);
  });

  it("matches splats (any characters, none included) and placeholders (one segment)", () => {
    expect(patternRegExp("/embed/*").test("/embed/")).toBe(true);
    expect(patternRegExp("/embed/*").test("/embed/a/b")).toBe(true);
    expect(patternRegExp("/embed/*").test("/en/embed/a")).toBe(false);
    expect(patternRegExp("/docs/:page/").test("/docs/x/")).toBe(true);
    expect(patternRegExp("/docs/:page/").test("/docs/x/y/")).toBe(false);
    expect(patternRegExp("/").test("/about/")).toBe(false);
  });

  it("combines matching rules like Cloudflare Pages", () => {
    expect(headersFor(rules, "/about/")).toEqual({ "x-a": "1", "x-b": "one" });
    expect(headersFor(rules, "/embed/x/")).toEqual({ "x-b": "one, two" });
    expect(headersFor(rules, "/docs/x/")).toEqual({ "x-a": "1", "x-b": "one", "x-c": "yes" });
  });

  it("rejects a header line before any pattern", () => {
    expect(() => parseHeaders("  X-A: 1\n")).toThrow(/line 1/);
  });

  it("splits a policy into directives", () => {
    const csp = parseCsp("default-src 'self'; img-src 'self' data:;");
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  });
});

describe("the project's _headers under a base path", () => {
  const text = readFileSync(fileURLToPath(new URL("../../public/_headers", import.meta.url)), "utf8");

  it("is left alone for the root", () => {
    expect(prefixHeaderPaths(text, "/")).toBe(text);
  });

  it("gets every pattern prefixed, comments and headers untouched", () => {
    const prefixed = parseHeaders(prefixHeaderPaths(text, "/relocation/"));
    const original = parseHeaders(text);
    expect(prefixed.map((r) => r.pattern)).toEqual(original.map((r) => `/relocation${r.pattern}`));
    expect(prefixed.map((r) => r.headers)).toEqual(original.map((r) => r.headers));
    expect(headersFor(prefixed, "/relocation/embed/x/")["content-security-policy"]).toMatch(/frame-ancestors \*/);
    expect(headersFor(prefixed, "/relocation/")["content-security-policy"]).toMatch(/frame-ancestors 'self'/);
  });
});
