/**
 * The layout of the frame drawn around the map in its downloadable pictures: the title band above,
 * and below the legend, notes and credits. Every line is wrapped and placed here, in pixels of the
 * picture; `render.ts` only draws what this returns.
 */
import { wrapClamped } from "~/core/text";
import { getDict } from "~/i18n";
import type { ScreenLayout } from "./layout";
import type { LegendEntry, MapState } from "./views";
import type { MapLayer } from "./types";

/** A line of text and its vertical centre (the title: its baseline). */
export interface FrameLine {
  text: string;
  y: number;
}

/** The frame of a picture, placed. */
export interface FrameLayout {
  /** Left edge of the text. */
  x: number;
  /** The base font size (the legend's); the title is 1.35 times it, the sources 0.85. */
  fontSize: number;
  /** Height of the title band; the map is drawn below it. */
  top: number;
  /** Height of the whole picture: title band, map and legend. */
  height: number;
  title: FrameLine[];
  /** The legend's entries: each symbol centred on `cy`, its text wrapped beside it. */
  entries: { entry: LegendEntry; cy: number; lines: FrameLine[] }[];
  notes: FrameLine[];
  sources: FrameLine[];
}

const X = 20;
/** Title size and line height, relative to the base font size. */
const TITLE = 1.35;
/** Legend line height, in ems of the base font. */
const LINE = 1.45;
/** Gaps between the parts of the frame, in pixels. */
const GAP = { aboveTitle: 20, belowTitle: 10, aboveLegend: 16, aboveNotes: 8, aboveSources: 6, bottom: 14 };

/**
 * Lays out the frame of a picture of `layer` around a map `layout`: the legend's title above it,
 * its entries (text beside a 3-em symbol), notes, the schematic notice and the credits below.
 */
export function layoutFrame(state: MapState, layer: MapLayer, layout: ScreenLayout): FrameLayout {
  const t = getDict(state.lang);
  const legend = state.legends[layer];
  const fontSize = 13 * (layout.width / 640);
  const textWidth = layout.width - 2 * X;
  const titleSize = fontSize * TITLE;
  // Measured at regular weight, like the Open Graph titles: the bundled font's bold CJK is no wider.
  const titleLines = wrapClamped(legend.title, textWidth, titleSize, 2);
  const top = GAP.aboveTitle + titleLines.length * titleSize * 1.3 + GAP.belowTitle;
  const line = fontSize * LINE;
  let y = top + layout.height + GAP.aboveLegend;
  const rows = (texts: string[]): FrameLine[] =>
    texts.map((text) => {
      const placed = { text, y: y + line * 0.5 };
      y += line;
      return placed;
    });
  const entryText = (e: LegendEntry) => (e.date ? `${e.date}  ${e.label}` : e.label);
  const entries = legend.entries.map((entry) => {
    const cy = y + line * 0.5;
    return { entry, cy, lines: rows(wrapClamped(entryText(entry), textWidth - 3 * fontSize, fontSize, 3)) };
  });
  y += GAP.aboveNotes;
  const notes = rows([...legend.notes, t.map.schematic].flatMap((n) => wrapClamped(n, textWidth, fontSize, 3)));
  y += GAP.aboveSources;
  const credit = `${t.map.sourceLine}${t.punct.colon}${legend.sources.map((s) => `${s.id} (${s.grade})`).join(", ")} · ${t.map.boundaryCredit} (R-ECHARTS) · ${t.site.name}`;
  const sources = rows(wrapClamped(credit, textWidth, fontSize * 0.85, 3));
  return {
    x: X,
    fontSize,
    top,
    height: y + GAP.bottom,
    title: titleLines.map((text, i) => ({ text, y: GAP.aboveTitle + (i + 1) * titleSize * 1.2 })),
    entries,
    notes,
    sources,
  };
}
