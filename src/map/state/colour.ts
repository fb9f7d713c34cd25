/** The map's data colours: the completion scale over the dates, and the ink that reads on a fill. */
import { rgb } from "d3";
import { mapPalette, sequentialColour } from "~/core/palette";
import type { CompletionScale } from "../views";

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** The palette's sequential scale over the completion dates, linear in time: first date palest, last darkest. */
export function buildCompletionScale(dates: readonly string[]): CompletionScale {
  if (dates.length === 0) throw new Error("buildCompletionScale: no dates");
  const sorted = [...dates].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const span = dayOf(last) - dayOf(first);
  return {
    first,
    last,
    colour(date) {
      const t = span === 0 ? 1 : (dayOf(date) - dayOf(first)) / span;
      if (t < 0 || t > 1) throw new RangeError(`${date} is outside ${first}–${last}`);
      return sequentialColour(t);
    },
  };
}

/** Dark ink on light fills, white on dark ones (WCAG relative luminance). */
export function inkFor(colour: string): string {
  const parsed = rgb(colour);
  if (Number.isNaN(parsed.r)) throw new Error(`inkFor: cannot read colour "${colour}"`);
  const [r, g, b] = [parsed.r, parsed.g, parsed.b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black text against contrast with white text: take the larger.
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? mapPalette.ink : mapPalette.lightInk;
}
