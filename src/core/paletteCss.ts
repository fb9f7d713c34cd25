import { darkPalette, palette, paper, type Tone } from "./palette.ts";

/** The scheme-aware CSS variable of a palette tone. */
export const toneVariable = (tone: Tone): string => `--tone-${tone}`;

const tones = Object.keys(palette) as Tone[];

const declarations = (colours: Partial<Record<Tone, string>>): string =>
  tones
    .filter((tone) => colours[tone] !== undefined)
    .map((tone) => `${toneVariable(tone)}: ${colours[tone]};`)
    .join(" ");

/**
 * The stylesheet that lets a chart's SVG, which carries the palette's hex values literally (so that
 * a download stands alone), follow the page's light or dark scheme: one variable per tone (dark
 * values where the scheme is dark, by the reader's setting or an embed's `data-theme`), and rules
 * mapping each literal fill and stroke to its variable. The paper white of text halos becomes the
 * page's paper. Served to the site as the module `virtual:palette.css` (src/integrations/paletteCss.ts).
 */
export function paletteCss(): string {
  const dark = declarations(darkPalette);
  const marks = tones.flatMap((tone) =>
    (["fill", "stroke"] as const).map(
      (property) => `.chart svg [${property}="${palette[tone]}"] { ${property}: var(${toneVariable(tone)}); }`,
    ),
  );
  return [
    `:root { ${declarations(palette)} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { ${dark} } }`,
    `:root[data-theme="dark"] { ${dark} }`,
    ...marks,
    `.chart svg [stroke="${paper}"] { stroke: var(--paper); }`,
    "",
  ].join("\n");
}
