/**
 * The chart palette: Okabe–Ito, which readers with the common forms of colour blindness can tell
 * apart. Charts write these hex values literally so that a downloaded SVG or PNG stands alone; on
 * the site, CSS maps each value to a scheme-aware variable (`--tone-blue` …, generated from this
 * module by paletteCss.ts), so the same SVG follows light and dark schemes. Every mark also carries a text label: colour is never
 * the only cue.
 */
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

/**
 * The tones that change on a dark page: the blue and the neutral are lightened so that they keep
 * their contrast on the dark paper; the others already read on both.
 */
export const darkPalette: Partial<Record<Tone, string>> = {
  blue: "#4ea8de",
  neutral: "#7b776c",
};

/** Text colour of exported images (on white); on the page, text uses `currentColor`. */
export const exportInk = "#1c1b19";

/** Secondary text colour of exported images. */
export const exportMuted = "#5c5950";

/** The background of exported images, also used for text halos (mapped to the page colour on the site). */
export const paper = "#ffffff";
