/**
 * The site's type scale, in CSS pixels (1 rem = 16 px): the steps of the `--text-*` variables that
 * size every text on the pages (src/styles/base.css, checked against this by typeScale.test.ts).
 * Build-time graphics (charts and their exported files) set their SVG text in the same steps, so a
 * chart's label is the size of the page's small text beside it.
 */
export const typeScale = {
  xs: 12,
  sm: 14,
  base: 16,
  lg: 18,
  xl: 20,
  "2xl": 24,
  "3xl": 30,
  "4xl": 36,
  "5xl": 48,
} as const;

/** The scale as CSS custom properties in rem (`--text-xs: 0.75rem;` …), as base.css declares them. */
export function typeScaleDeclarations(): string[] {
  return Object.entries(typeScale).map(([step, px]) => `--text-${step}: ${px / 16}rem;`);
}
