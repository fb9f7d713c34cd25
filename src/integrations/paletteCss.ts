import type { Plugin } from "vite";
import { paletteCss } from "../core/paletteCss.ts";

/** The id a stylesheet imports to get the palette's colour rules. */
const id = "virtual:palette.css";
/** Ends in .css so that Vite's CSS pipeline bundles it with the site's other stylesheets. */
const resolved = "\0virtual-palette.css";

/**
 * A Vite plugin serving `virtual:palette.css`: the chart-colour rules generated from
 * src/core/palette.ts at build time, so that no colour is typed twice.
 */
export function paletteCssPlugin(): Plugin {
  return {
    name: "palette-css",
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? paletteCss() : undefined),
  };
}
