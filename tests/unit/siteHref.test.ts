import { describe, expect, it } from "vitest";
import { siteHref } from "~/core/urls";

describe("siteHref", () => {
  it("puts the base path in front of root-relative site paths", () => {
    expect(siteHref("/data/employment/", "/relocation/")).toBe("/relocation/data/employment/");
    expect(siteHref("/en/sources/#gaps", "/relocation")).toBe("/relocation/en/sources/#gaps");
  });

  it("leaves relative, absolute, protocol-relative, fragment and already-prefixed URLs alone", () => {
    for (const href of ["data/", "https://example.org/x", "//cdn.example.org/x", "#top", "/relocation/data/"]) {
      expect(siteHref(href, "/relocation/")).toBe(href);
    }
  });

  it("changes nothing at the root", () => {
    expect(siteHref("/data/", "/")).toBe("/data/");
  });
});
