import { describe, expect, it } from "vitest";
import * as colours from "./palette";
import { paletteCss, toneVariable } from "./paletteCss";

/** The value a CSS block gives a custom property. */
const valueIn = (block: string, variable: string) => new RegExp(`${variable}: (#[0-9a-f]{6});`).exec(block)?.[1];

describe("paletteCss", () => {
  const css = paletteCss();
  const [light = "", mediaDark = "", forcedDark = "", print = ""] = css.split("\n");

  it("gives every tone its palette value on a light page", () => {
    for (const [tone, hex] of Object.entries(colours.palette))
      expect(valueIn(light, toneVariable(tone as colours.Tone))).toBe(hex);
  });

  it("gives the dark tones their dark values under both the reader's setting and a forced dark theme", () => {
    expect(mediaDark).toMatch(/^@media \(prefers-color-scheme: dark\) \{ :root:not\(\[data-theme="light"\]\)/);
    expect(forcedDark).toMatch(/^:root\[data-theme="dark"\]/);
    for (const [tone, hex] of Object.entries(colours.darkPalette)) {
      expect(valueIn(mediaDark, toneVariable(tone as colours.Tone))).toBe(hex);
      expect(valueIn(forcedDark, toneVariable(tone as colours.Tone))).toBe(hex);
    }
  });

  it("gives the page's and the map's colours their light values, and their dark values under both dark rules", () => {
    for (const [key, hex] of Object.entries(colours.pageColours)) expect(valueIn(light, `--${key}`), key).toBe(hex);
    for (const [key, hex] of Object.entries(colours.darkPageColours)) {
      expect(valueIn(mediaDark, `--${key}`), key).toBe(hex);
      expect(valueIn(forcedDark, `--${key}`), key).toBe(hex);
    }
    for (const [key, hex] of Object.entries(colours.darkMapColours)) {
      expect(valueIn(light, `--map-${key}`), key).toBe(colours.mapPalette[key as keyof typeof colours.mapPalette]);
      expect(valueIn(mediaDark, `--map-${key}`), key).toBe(hex);
      expect(valueIn(forcedDark, `--map-${key}`), key).toBe(hex);
    }
  });

  it("writes each dark colour once, in palette.ts: the two dark rules declare the same variables", () => {
    const declared = (block: string) => block.slice(block.indexOf("--"));
    expect(declared(mediaDark).replace(/ \} \}$/, "")).toBe(declared(forcedDark).replace(/ \}$/, ""));
  });

  it("prints black on white", () => {
    expect(print).toBe("@media print { :root { --paper: #fff; --ink: #000; } }");
  });

  it("maps every literal fill and stroke of a chart's SVG to its tone's variable, and the halo to the paper", () => {
    for (const [tone, hex] of Object.entries(colours.palette)) {
      expect(css).toContain(`.chart svg [fill="${hex}"] { fill: var(${toneVariable(tone as colours.Tone)}); }`);
      expect(css).toContain(`.chart svg [stroke="${hex}"] { stroke: var(${toneVariable(tone as colours.Tone)}); }`);
    }
    expect(css).toContain(`.chart svg [stroke="${colours.paper}"] { stroke: var(--paper); }`);
  });
});
