/**
 * Charts merged into another chart. Journalists embedded and linked them, so their old pages,
 * embeds and files lead to the chart that replaced them: a redirect page at each old page and
 * embed URL (src/pages/[...lang]/charts/[retired].astro, …/embed/[retired].astro) and a 301 for
 * hosts that read `_redirects` (src/pages/[redirects].ts). No imports: astro.config.mjs reads it
 * to keep the redirect pages out of the sitemap.
 */
export const retiredCharts: readonly { id: string; replacedBy: string }[] = [
  // Both became the two panels of rocky-desertification (its stacked bars show every figure both did).
  { id: "land-composition", replacedBy: "rocky-desertification" },
  { id: "desertification-severity", replacedBy: "rocky-desertification" },
];
