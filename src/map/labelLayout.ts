/**
 * Where each county's label goes on the build-time canvas, per layer: its form (full, short or
 * smaller), the position of its first baseline, and a leader line back to its point when it had to
 * move away. Sizes are estimated from character widths (erring wide); `render.ts` only draws them.
 */
import { textWidth } from "~/core/text";
import { getDict } from "~/i18n";
import { countyLabelForms, placeLabels, type Box, type LabelText } from "./labels";
import type { ScreenLayout } from "./layout";
import type { CountyView, MapState } from "./views";
import type { MapLayer } from "./types";

/** Line spacing of a label, in ems. */
export const LABEL_LINE = 1.2;

/** A county's label, placed. */
export interface PlacedLabel {
  view: CountyView;
  form: LabelText;
  /** Its index among the county's forms (0: the full label). */
  formIndex: number;
  /** Font size of this form, in pixels. */
  size: number;
  /** The horizontal centre of the label and the baseline of its first line. */
  x: number;
  y: number;
  /** A leader line from the county's label point to the label, when the label moved away from it. */
  leader: { from: [number, number]; to: [number, number] } | null;
}

/** The labels of one layer: the completion layer writes names with dates, the others names only, a little smaller. */
export interface LayerLabels {
  withDates: boolean;
  fontSize: number;
  labels: PlacedLabel[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The size of a label form in SVG pixels, estimated from character widths (erring wide). */
function formSize(form: LabelText, fontSize: number): { width: number; height: number } {
  const size = fontSize * form.scale;
  const widths = form.lines.map((line) => line.reduce((w, run) => w + textWidth(run.text, size, run.bold), 0));
  return {
    width: Math.max(...widths) + 0.3 * size,
    // Line boxes as tall as a CJK font's ascent and descent (the tallest a reader's fonts make them).
    height: ((form.lines.length - 1) * LABEL_LINE + 1.45) * size,
  };
}

/** What a layer's labels must keep clear of: the inset box and its note, and the site markers. */
function labelObstacles(state: MapState, layout: ScreenLayout, layer: MapLayer, fontSize: number): Box[] {
  const u = layout.width / 640;
  const { x, y, width, height } = layout.inset;
  const note = textWidth(getDict(state.lang).map.insetNote, fontSize * 0.75);
  const boxes: Box[] = [
    { x0: x, y0: y, x1: x + width, y1: y + height },
    { x0: x + width - note, y0: y + height, x1: x + width, y1: y + height + fontSize * 1.4 },
  ];
  const targets = new Set(state.moves.map((m) => m.to));
  const shown = state.sites.filter((s) => layer === "sites" || (layer === "moves" && targets.has(s.id)));
  for (const site of shown) {
    const at = layout.sites.get(site.id);
    const r = 10 * u;
    if (at) boxes.push({ x0: at[0] - r, y0: at[1] - r, x1: at[0] + r, y1: at[1] + r });
  }
  return boxes;
}

/** Places the counties' labels of `layer` on the canvas, clear of each other, the inset and the site markers. */
export function layoutLabels(state: MapState, layout: ScreenLayout, layer: MapLayer): LayerLabels {
  const base = 13 * (layout.width / 640);
  const withDates = layer === "completion";
  const fontSize = withDates ? base : base * 0.9;
  const shapes = layout.counties.flatMap((shape) => {
    const view = state.counties.find((c) => c.id === shape.id);
    return view ? [{ shape, view, forms: countyLabelForms(view.name, withDates ? view.dateLabel : null) }] : [];
  });
  const placements = placeLabels(
    shapes.map(({ view, shape, forms }) => ({
      id: view.id,
      anchor: shape.label,
      forms: forms.map((f) => formSize(f, fontSize)),
    })),
    {
      bounds: { x0: 0, y0: 0, x1: layout.width, y1: layout.height },
      // The obstacles are measured at the base size, whichever layer.
      obstacles: labelObstacles(state, layout, layer, base),
      gap: fontSize * 0.2,
    },
  );
  const labels = shapes.flatMap(({ shape, view, forms }): PlacedLabel[] => {
    const placed = placements.find((p) => p.id === view.id);
    const form = placed ? forms[placed.form] : forms[0];
    if (!placed || !form) return [];
    const size = fontSize * form.scale;
    const [cx, cy] = placed.centre.map(round1) as [number, number];
    return [
      {
        view,
        form,
        formIndex: placed.form,
        size,
        x: cx,
        // The first baseline sits 1.16 em below the top of the box (its CJK ascent).
        y: round1(cy - formSize(form, fontSize).height / 2 + 1.16 * size),
        leader: placed.leader ? { from: shape.label, to: placed.leader.map(round1) as [number, number] } : null,
      },
    ];
  });
  return { withDates, fontSize, labels };
}
