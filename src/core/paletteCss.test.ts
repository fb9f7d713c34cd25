import { describe, expect, it } from "vitest";
import { darkPalette, palette, paper, type Tone } from "./palette";
import { paletteCss, toneVariable } from "./paletteCss";

/** The value a CSS block gives a custom property. */
const valueIn = (block: string, variable: string) => new RegExp(`${variable}: (#[0-9a-f]{6});`).exec(block)?.[1];

describe("paletteCss", () => {
  const css = paletteCss();
  const [light = "", mediaDark = "", forcedDark = ""] = css.split("\n");

  it("gives every tone its palette value on a light page", () => {
    for (const [tone, hex] of Object.entries(palette)) expect(valueIn(light, toneVariable(tone as Tone))).toBe(hex);
  });

  it("gives the dark tones their dark values under both the reader's setting and a forced dark theme", () => {
    expect(mediaDark).toMatch(/^@media \(prefers-color-scheme: dark\) \{ :root:not\(\[data-theme="light"\]\)/);
    expect(forcedDark).toMatch(/^:root\[data-theme="dark"\]/);
    for (const [tone, hex] of Object.entries(darkPalette)) {
      expect(valueIn(mediaDark, toneVariable(tone as Tone))).toBe(hex);
      expect(valueIn(forcedDark, toneVariable(tone as Tone))).toBe(hex);
    }
  });

  it("maps every literal fill and stroke of a chart's SVG to its tone's variable, and the halo to the paper", () => {
    for (const [tone, hex] of Object.entries(palette)) {
      expect(css).toContain(`.chart svg [fill="${hex}"] { fill: var(${toneVariable(tone as Tone)}); }`);
      expect(css).toContain(`.chart svg [stroke="${hex}"] { stroke: var(${toneVariable(tone as Tone)}); }`);
    }
    expect(css).toContain(`.chart svg [stroke="${paper}"] { stroke: var(--paper); }`);
  });
});
