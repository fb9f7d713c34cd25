// @ts-check
/**
 * The site's Astro config with the chart registry repeated: `npm run bench` builds with
 * `--config scripts/bench/astro.config.mjs` and `BENCH_CHART_COPIES=4` (or 16) to see how the
 * build time grows with the number of charts. The copies are the registry's charts under new ids
 * (`rocky-desertification-copy2`, …): same data, same rendering, their own pages, embeds, oEmbed
 * documents, images and downloads. Nothing in src/ changes: a Vite plugin appends the copies to
 * the registry module when it is loaded.
 */
import config from "../../astro.config.mjs";

const copies = Number(process.env.BENCH_CHART_COPIES ?? "1");
if (!Number.isInteger(copies) || copies < 1) throw new Error(`BENCH_CHART_COPIES must be a whole number ≥ 1`);

/** @returns {import("vite").Plugin} */
function chartCopies() {
  return {
    name: "bench-chart-copies",
    enforce: "pre",
    transform(code, id) {
      if (copies === 1 || !id.replace(/\\/g, "/").endsWith("/src/charts/registry.ts")) return null;
      if (!/export const chartRegistry\b/.test(code)) {
        throw new Error(
          "bench: src/charts/registry.ts no longer exports chartRegistry; update scripts/bench/astro.config.mjs",
        );
      }
      const append = `
;{
  const originals = [...chartRegistry];
  for (let copy = 2; copy <= ${copies}; copy++) {
    for (const chart of originals) (chartRegistry as unknown as unknown[]).push({ ...chart, id: \`\${chart.id}-copy\${copy}\` });
  }
}
`;
      return { code: code + append, map: null };
    },
  };
}

export default {
  ...config,
  vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), chartCopies()] },
};
