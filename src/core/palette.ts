/**
 * The site's one palette: the chart series (Okabe–Ito, which readers with the common forms of
 * colour blindness can tell apart), their dark-scheme values, the page colours written into
 * standalone pictures, the map's colours and its sequential scale. Charts, the map and the Open
 * Graph cards read their colours from here and write the hex values literally, so that a
 * downloaded SVG or PNG stands alone; on the site, CSS maps each value to a scheme-aware variable
 * (`--tone-blue` …, generated from this module by paletteCss.ts), so the same SVG follows light and
 * dark schemes. Every mark also carries a text label: colour is never the only cue.
 */
import { interpolateYlGnBu, rgb } from "d3";

/** The chart series. */
export const palette = {
  blue: "#0072b2",
  orange: "#e69f00",
  green: "#009e73",
  pink: "#cc79a7",
  sky: "#56b4e9",
  vermillion: "#d55e00",
  yellow: "#f0e442",
  neutral: "#8f8a7c",
} as const;

/** A named colour of the palette. */
export type Tone = keyof typeof palette;

/** The page's colours in the light scheme (global.css `--paper`, `--ink`, `--muted`, `--accent`). */
export const pageColours = {
  paper: "#fdfcf9",
  ink: "#1c1b19",
  muted: "#5c5950",
  accent: "#005a8c",
} as const;

/**
 * The tones that change on a dark page: the blue and the neutral are lightened so that they keep
 * their contrast on the dark paper; the others already read on both.
 */
export const darkPalette: Partial<Record<Tone, string>> = {
  blue: "#4ea8de",
  neutral: "#7b776c",
};

/** Text colour of exported images (on white); on the page, text uses `currentColor`. */
export const exportInk = pageColours.ink;

/** Secondary text colour of exported images. */
export const exportMuted = pageColours.muted;

/** The background of exported images, also used for text halos (mapped to the page colour on the site). */
export const paper = "#ffffff";

/** The map's colours that do not depend on the data, light scheme (global.css `--map-…` switches them for dark). */
export const mapPalette = {
  land: "#e9e5da",
  origin: "#f3d3b5",
  border: pageColours.paper,
  outline: palette.neutral,
  site: palette.vermillion,
  siteStroke: pageColours.paper,
  move: pageColours.accent,
  ink: pageColours.ink,
  paper: pageColours.paper,
  muted: pageColours.muted,
  /** Ink on the darker completion fills. */
  lightInk: "#ffffff",
  /** The number on a site marker (vermillion behind it in both schemes). */
  siteNumber: "#000000",
} as const;

/**
 * The sequential scale of the map's completion dates at `t` in [0, 1], pale yellow to dark blue:
 * ColorBrewer's YlGnBu, which colour-blind readers can order. Its palest and darkest ends are left
 * out so every fill stands out from the paper and carries a readable label.
 */
export function sequentialColour(t: number): string {
  return rgb(interpolateYlGnBu(0.15 + 0.8 * t)).formatHex();
}
