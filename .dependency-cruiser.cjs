/**
 * The layers of src/, checked by `npm run check:static` (depcruise). Imports point one way:
 *
 *   i18n → core → data → charts, map → site → components, layouts, pages
 *                                   browser (runs in the reader's browser) → core, map's shared pure modules
 *
 * A module may import its own layer and the layers before it, never a later one, and no two
 * modules may import each other through any chain (no cycles).
 */
const layers = ["i18n", "core", "data", "charts|map", "site", "components|layouts|pages|integrations"];

/** A rule forbidding layer `i` to import any later layer. */
function upward(i) {
  const later = layers.slice(i + 1).join("|");
  return {
    name: `no-upward-from-${layers[i].replace(/\|/g, "-")}`,
    comment: `src/{${layers[i]}} sits below src/{${later}} and must not import it`,
    severity: "error",
    from: { path: `^src/(${layers[i]})/` },
    to: { path: `^src/(${later}|browser)/` },
  };
}

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "modules that import each other, however indirectly, cannot be understood or tested apart",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...layers.slice(0, -1).map((_, i) => upward(i)),
    {
      name: "charts-and-map-apart",
      comment: "charts and the map are siblings: what both need lives in src/core or src/data",
      severity: "error",
      from: { path: "^src/(charts|map)/" },
      to: { path: "^src/(charts|map)/", pathNot: "^src/$1/" },
    },
    {
      name: "browser-stays-light",
      comment:
        "browser code ships to readers: it may import src/core, the language list and the map's pure hash, label and type modules, nothing that pulls in data or build-time code",
      severity: "error",
      from: { path: "^src/browser/" },
      to: { path: "^src/", pathNot: "^src/(browser|core|i18n/locales\\.ts$|map/(hash|labels|types)\\.ts$)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.ts$" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs", ".astro"] },
  },
};
