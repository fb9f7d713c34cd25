import { describe, expect, it } from "vitest";
import { pruneUnreadProperties } from "../../src/integrations/criticalCss";

describe("pruneUnreadProperties", () => {
  const css = [
    '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
    '@property --tw-leading{syntax:"*";inherits:false}',
    "@supports (x:y){*,:before,:after{--tw-shadow:0 0 #0000;--tw-leading:initial}::backdrop{--tw-shadow:0 0 #0000}}",
    ".leading-6{--tw-leading:1.5rem;line-height:var(--tw-leading)}",
    ".font-bold{--tw-font-weight:700;font-weight:700}",
  ].join("");

  it("drops the @property rules and fallbacks of properties nothing reads, and keeps the rest", () => {
    expect(pruneUnreadProperties(css)).toBe(
      [
        '@property --tw-leading{syntax:"*";inherits:false}',
        "@supports (x:y){*,:before,:after{--tw-leading:initial}::backdrop{}}",
        ".leading-6{--tw-leading:1.5rem;line-height:var(--tw-leading)}",
        ".font-bold{font-weight:700}",
      ].join(""),
    );
  });

  it("drops the fallback block when nothing in it is read", () => {
    expect(pruneUnreadProperties(css.replace("var(--tw-leading)", "1.5rem"))).toBe(
      ".leading-6{line-height:1.5rem}.font-bold{font-weight:700}",
    );
  });
});
