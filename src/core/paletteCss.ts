import {
  darkMapColours,
  darkPageColours,
  darkPalette,
  mapPalette,
  pageColours,
  palette,
  paper,
  printColours,
  type Tone,
} from "./palette.ts";

/** The scheme-aware CSS variable of a palette tone. */
export const toneVariable = (tone: Tone): string => `--tone-${tone}`;

/** CSS variable → colour. */
type Variables = Record<string, string | undefined>;

/** The colours of a set as CSS variables named by `name`. */
const asVariables = <K extends string>(colours: Partial<Record<K, string>>, name: (key: K) => string): Variables =>
  Object.fromEntries(Object.entries(colours).map(([key, colour]) => [name(key as K), colour as string]));

const pageVariable = (key: string) => `--${key}`;
const mapVariable = (key: string) => `--map-${key}`;
const mapKeys = Object.keys(darkMapColours) as (keyof typeof mapPalette)[];

/** Every scheme-aware variable with its light value: the page's, the map's and the chart tones'. */
const light: Variables = {
  ...asVariables(pageColours, pageVariable),
  ...asVariables(Object.fromEntries(mapKeys.map((key) => [key, mapPalette[key]])), mapVariable),
  ...asVariables(palette, toneVariable),
};

/** The variables that change in the dark scheme, with their dark values. */
const dark: Variables = {
  ...asVariables(darkPageColours, pageVariable),
  ...asVariables(darkMapColours, mapVariable),
  ...asVariables(darkPalette, toneVariable),
};

const declarations = (variables: Variables): string =>
  Object.entries(variables)
    .map(([variable, colour]) => `${variable}: ${colour};`)
    .join(" ");

/**
 * The site's colour variables and the rules that switch them, each colour written once (in
 * palette.ts): the page's (`--paper`, `--ink` …), the map's (`--map-land` …) and one per chart
 * tone (`--tone-blue` …), light by default, dark where the scheme is dark (by the reader's setting
 * unless an embed forces `data-theme="light"`, or forced by `data-theme="dark"`), black on white in
 * print. Then the rules that let a chart's SVG, which carries the palette's hex values literally (so
 * that a download stands alone), follow the scheme: each literal fill and stroke mapped to its
 * tone's variable, and the paper white of text halos to the page's paper. Served to the site as the
 * module `virtual:palette.css` (src/integrations/paletteCss.ts), after the stylesheets that use the
 * variables.
 */
export function paletteCss(): string {
  const darkRules = declarations(dark);
  const tones = Object.keys(palette) as Tone[];
  const marks = tones.flatMap((tone) =>
    (["fill", "stroke"] as const).map(
      (property) => `.chart svg [${property}="${palette[tone]}"] { ${property}: var(${toneVariable(tone)}); }`,
    ),
  );
  return [
    `:root { ${declarations(light)} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { ${darkRules} } }`,
    `:root[data-theme="dark"] { ${darkRules} }`,
    `@media print { :root { ${declarations(asVariables(printColours, pageVariable))} } }`,
    ...marks,
    `.chart svg [stroke="${paper}"] { stroke: var(--paper); }`,
    "",
  ].join("\n");
}
