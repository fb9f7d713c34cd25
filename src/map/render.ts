/**
 * Draws a laid-out scene of the map (see `scene.ts`) as SVG with a given `document` (linkedom at
 * build time): the counties, then one group per layer (labels, sites, moves), the inset for 义龙新区
 * and, for downloads, the frame. It places nothing itself. Pure: no side effects.
 * Colours are written as attributes (the light scheme) so that the SVG stands alone in a PNG or a
 * download; on a page, CSS classes let the stylesheet switch the scheme and the visible layer.
 */
import { mapPalette } from "~/core/palette";
import { getDict } from "~/i18n";
import { imageFontFamily } from "~/core/png";
import type { FrameLayout } from "./frame";
import { LABEL_LINE, type LayerLabels } from "./labelLayout";
import type { LabelRun } from "./labels";
import type { ScreenLayout } from "./layout";
import type { MapScene } from "./scene";
import type { MapLayer } from "./types";
import type { CountyFill, LegendEntry, MapState } from "./views";

const SVG = "http://www.w3.org/2000/svg";
const round1 = (v: number) => Math.round(v * 10) / 10;

/** How to draw the map. */
export interface RenderOptions {
  document: Document;
  /** Layers drawn: one for an image or a story, all three for the map page (CSS shows one). */
  layers: readonly MapLayer[];
  /** Make every feature a link to its entry in the list (`#map-item-…`): the map page without JavaScript. */
  links?: boolean;
  /** A county to bring forward: heavy outline, the others muted. */
  focus?: string | null;
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  /** Title of the picture (defaults to the first layer's title). */
  title?: string;
}

/** The id of a feature's entry in the list beside the map. */
export const listItemId = (key: string) => `map-item-${key}`;

type Attrs = Record<string, string | number | null | undefined>;

function make(doc: Document, name: string, attrs: Attrs = {}, text?: string): SVGElement {
  const el = doc.createElementNS(SVG, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function fillColour(fill: CountyFill): string {
  return fill.kind === "data" ? fill.colour : fill.kind === "origin" ? mapPalette.origin : mapPalette.land;
}

/** A feature's accessible name: the one its entry in the list gives it. */
function ariaLabel(state: MapState, key: string): string {
  const { counties, sites, moves } = state.list;
  const item = [...counties, ...sites, ...moves].find((i) => i.key === key);
  if (!item) throw new Error(`renderMap: no list entry for "${key}"`);
  return item.ariaLabel;
}

/** A feature as a link to its list entry, or a plain group. */
function featureWrap(doc: Document, links: boolean, key: string, label: string): SVGElement {
  return links
    ? make(doc, "a", { href: `#${listItemId(key)}`, "aria-label": label, class: "map-feature", "data-key": key })
    : make(doc, "g", { class: "map-feature", "data-key": key });
}

/** Draws the map as laid out in `scene` (see `scene.ts`); returns the `<svg>` element. */
export function renderMap(state: MapState, scene: MapScene, options: RenderOptions): SVGSVGElement {
  const { document: doc, layers, links = false, focus = null, idPrefix } = options;
  const { layout, frame } = scene;
  const first = layers[0];
  if (!first) throw new Error("renderMap: no layer to draw");
  const u = layout.width / 640;
  const fontSize = 13 * u;
  const title = options.title ?? state.legends[first].title;

  const top = frame?.top ?? 0;
  const totalHeight = frame?.height ?? layout.height;
  const svg = make(doc, "svg", {
    xmlns: SVG,
    viewBox: `0 0 ${layout.width} ${Math.ceil(totalHeight)}`,
    width: layout.width,
    height: Math.ceil(totalHeight),
    class: "map-svg",
    "data-layer": first,
    role: links ? "group" : "img",
    "aria-labelledby": `${idPrefix}-title`,
    "aria-describedby": `${idPrefix}-desc`,
    "font-family": frame ? imageFontFamily : null,
  }) as SVGSVGElement;
  svg.append(
    make(doc, "title", { id: `${idPrefix}-title` }, title),
    make(doc, "desc", { id: `${idPrefix}-desc` }, layers.map((l) => state.descriptions[l]).join(" ")),
  );
  if (frame)
    svg.append(
      make(doc, "rect", { width: "100%", height: "100%", fill: mapPalette.paper }),
      renderFrameTitle(doc, frame),
    );
  const map = make(doc, "g", { transform: top ? `translate(0 ${top})` : null });
  svg.append(map);

  // Counties: one shape each, filled for the first layer; the page's CSS refills them per layer.
  const countyGroup = make(doc, "g", { class: "map-counties" });
  for (const shape of layout.counties) {
    const view = state.counties.find((c) => c.id === shape.id);
    if (!view) throw new Error(`renderMap: no county "${shape.id}" in the state`);
    const fill = view.fills[first];
    const wrap = featureWrap(doc, links, view.key, ariaLabel(state, view.key));
    wrap.append(
      make(doc, "path", {
        d: shape.d,
        class: "map-county",
        "data-fill": fill.kind,
        "data-origin": view.fills.moves.kind === "origin" ? "true" : null,
        "data-focus": focus === view.id ? "true" : focus ? "false" : null,
        fill: fillColour(fill),
        "fill-opacity": focus && focus !== view.id ? 0.45 : null,
        stroke: focus === view.id ? mapPalette.ink : mapPalette.border,
        "stroke-width": (focus === view.id ? 3 : 1) * u,
        "stroke-linejoin": "round",
      }),
    );
    countyGroup.append(wrap);
  }
  map.append(countyGroup);

  map.append(renderInsetFrame(doc, state, layout, u, fontSize));
  for (const layer of layers) {
    const labels = scene.labels.get(layer);
    if (!labels) throw new Error(`renderMap: the scene has no labels for the ${layer} layer`);
    map.append(renderLayer(doc, state, layout, layer, labels, { links, u, fontSize }));
  }
  if (frame) svg.append(renderFrameLegend(doc, frame, u));
  return svg;
}

/** The county labels of one layer, as placed, with their leader lines underneath. */
function countyLabels(doc: Document, placed: LayerLabels): SVGElement {
  const { withDates, fontSize } = placed;
  const group = make(doc, "g", {
    class: withDates ? "map-labels map-labels-data" : "map-labels map-labels-plain",
    "text-anchor": "middle",
    "font-size": fontSize,
    "paint-order": "stroke",
    "stroke-linejoin": "round",
    "aria-hidden": "true",
  });
  const leaders = make(doc, "g", { class: "map-label-leaders", stroke: mapPalette.ink, "stroke-width": 1 });
  for (const { view, form, formIndex, size, x, y, leader } of placed.labels) {
    const fill = view.fills.completion;
    const data = withDates && fill.kind === "data";
    if (leader) {
      const [px, py] = leader.from;
      leaders.append(
        make(doc, "line", { x1: px, y1: py, x2: leader.to[0], y2: leader.to[1], class: "map-label-leader" }),
        make(doc, "circle", { cx: px, cy: py, r: 2, fill: mapPalette.ink, stroke: "none", class: "map-label-point" }),
      );
    }
    const text = make(doc, "text", {
      x,
      y,
      "font-size": form.scale === 1 ? null : round1(size),
      fill: data ? fill.ink : mapPalette.ink,
      stroke: data ? fill.colour : mapPalette.land,
      "stroke-width": round1(size * 0.25),
      "font-weight": data ? 700 : 400,
      "data-ink": data ? (fill.ink === mapPalette.ink ? "dark" : "light") : null,
      "data-key": view.key,
      "data-form": formIndex,
    });
    form.lines.forEach((line, i) => {
      const tspan = make(doc, "tspan", {
        x,
        dy: i === 0 ? null : `${LABEL_LINE}em`,
        class: i > 0 ? "map-label-date" : null,
      });
      // Runs that are not bold inside a bold label (the date) are set at normal weight.
      const normal = (run: LabelRun) => (data && !run.bold ? 400 : null);
      if (line.length === 1 && line[0]) {
        const weight = normal(line[0]);
        if (weight) tspan.setAttribute("font-weight", String(weight));
        tspan.textContent = line[0].text;
      } else for (const run of line) tspan.append(make(doc, "tspan", { "font-weight": normal(run) }, run.text));
      text.append(tspan);
    });
    group.append(text);
  }
  // Leader lines (if any) go under the labels.
  if (leaders.childNodes.length > 0) group.prepend(leaders);
  return group;
}

function siteMarker(doc: Document, at: [number, number], n: number, u: number): SVGElement[] {
  return [
    make(doc, "circle", {
      cx: at[0],
      cy: at[1],
      r: 9 * u,
      class: "map-site",
      fill: mapPalette.site,
      stroke: mapPalette.siteStroke,
      "stroke-width": 1.5 * u,
    }),
    make(
      doc,
      "text",
      {
        x: at[0],
        y: at[1],
        dy: "0.35em",
        "text-anchor": "middle",
        "font-size": 11 * u,
        "font-weight": 700,
        fill: mapPalette.siteNumber,
        class: "map-site-number",
        "aria-hidden": "true",
      },
      String(n),
    ),
  ];
}

function renderLayer(
  doc: Document,
  state: MapState,
  layout: ScreenLayout,
  layer: MapLayer,
  labels: LayerLabels,
  o: { links: boolean; u: number; fontSize: number },
): SVGElement {
  const group = make(doc, "g", { class: `map-layer map-layer-${layer}`, "data-layer": layer });
  const yilong = state.counties.find((c) => !c.hasBoundary);
  const unitFill = yilong ? yilong.fills[layer] : null;
  group.append(countyLabels(doc, labels));
  // 义龙新区's schematic dot, in the inset box.
  if (yilong && unitFill) {
    const wrap = featureWrap(doc, o.links, yilong.key, `${ariaLabel(state, yilong.key)} (${t(state).insetTitle})`);
    wrap.append(
      make(doc, "circle", {
        cx: layout.inset.unit[0],
        cy: layout.inset.unit[1],
        r: 8 * o.u,
        class: "map-county map-unit",
        "data-fill": unitFill.kind,
        fill: fillColour(unitFill),
        stroke: mapPalette.outline,
        "stroke-width": 1.5 * o.u,
        "stroke-dasharray": `${3 * o.u} ${2 * o.u}`,
      }),
    );
    group.append(wrap);
    if (layer === "completion" && yilong.dateLabel)
      group.append(
        make(
          doc,
          "text",
          {
            x: layout.inset.unit[0] + 14 * o.u,
            y: layout.inset.unit[1],
            dy: "0.35em",
            "font-size": o.fontSize * 0.9,
            fill: mapPalette.ink,
            class: "map-inset-text",
            "aria-hidden": "true",
          },
          yilong.dateLabel,
        ),
      );
  }
  if (layer === "sites") {
    state.sites.forEach((site, i) => {
      const at = layout.sites.get(site.id);
      if (!at) return;
      const wrap = featureWrap(doc, o.links, site.key, `${i + 1} ${ariaLabel(state, site.key)}`);
      wrap.append(...siteMarker(doc, at, i + 1, o.u));
      group.append(wrap);
    });
  }
  if (layer === "moves") {
    for (const move of state.moves) {
      const geometry = layout.moves.get(move.key);
      if (!geometry) continue;
      const wrap = featureWrap(doc, o.links, move.key, ariaLabel(state, move.key));
      wrap.append(
        make(doc, "path", {
          d: geometry.d,
          class: "map-move",
          fill: "none",
          stroke: mapPalette.move,
          "stroke-width": 2.5 * o.u,
          "stroke-linecap": "round",
        }),
        make(doc, "polygon", { points: geometry.head, class: "map-move-head", fill: mapPalette.move }),
      );
      group.append(wrap);
    }
    // The sites the moves lead to.
    const targets = new Set(state.moves.map((m) => m.to));
    state.sites.forEach((site, i) => {
      const at = layout.sites.get(site.id);
      if (at && targets.has(site.id)) group.append(...siteMarker(doc, at, i + 1, o.u));
    });
  }
  return group;
}

const t = (state: MapState) => getDict(state.lang).map;

function renderInsetFrame(doc: Document, state: MapState, layout: ScreenLayout, u: number, fontSize: number) {
  const { x, y, width, height } = layout.inset;
  const g = make(doc, "g", { class: "map-inset", "aria-hidden": "true" });
  g.append(
    make(doc, "rect", {
      x,
      y,
      width,
      height,
      rx: 4 * u,
      fill: mapPalette.paper,
      "fill-opacity": 0.85,
      stroke: mapPalette.outline,
      "stroke-dasharray": `${4 * u} ${3 * u}`,
      class: "map-inset-box",
    }),
    make(
      doc,
      "text",
      {
        x: x + 8 * u,
        y: y + fontSize * 1.3,
        "font-size": fontSize * 0.9,
        "font-weight": 700,
        fill: mapPalette.ink,
        class: "map-inset-text",
      },
      t(state).insetTitle,
    ),
  );
  // The note sits below the box so it never crowds the dots.
  g.append(
    make(
      doc,
      "text",
      {
        // Aligned on the box's right edge, so that a long note (English) grows inwards, not off the map.
        x: x + width,
        y: y + height + fontSize * 1.1,
        "font-size": fontSize * 0.75,
        "text-anchor": "end",
        fill: mapPalette.muted,
        class: "map-inset-note",
      },
      t(state).insetNote,
    ),
  );
  return g;
}

/** The title band above the map, as laid out. */
function renderFrameTitle(doc: Document, frame: FrameLayout): SVGElement {
  const g = make(doc, "g", { class: "map-frame-title" });
  for (const { text, y } of frame.title)
    g.append(
      make(
        doc,
        "text",
        { x: frame.x, y, "font-size": frame.fontSize * 1.35, "font-weight": 700, fill: mapPalette.ink },
        text,
      ),
    );
  return g;
}

/** A legend entry's symbol, centred vertically on `cy`. */
function legendSymbol(
  doc: Document,
  symbol: LegendEntry["symbol"],
  colour: string | undefined,
  x: number,
  cy: number,
  u: number,
): SVGElement[] {
  if (symbol === "swatch" || symbol === "origin")
    return [
      make(doc, "rect", {
        x,
        y: cy - 6 * u,
        width: 18 * u,
        height: 12 * u,
        fill: colour ?? mapPalette.origin,
        stroke: mapPalette.outline,
        "stroke-width": 0.5,
      }),
    ];
  if (symbol === "site") return [make(doc, "circle", { cx: 29 * u, cy, r: 6 * u, fill: mapPalette.site })];
  if (symbol === "inset")
    return [
      make(doc, "circle", {
        cx: 29 * u,
        cy,
        r: 6 * u,
        fill: mapPalette.land,
        stroke: mapPalette.outline,
        "stroke-dasharray": "3 2",
      }),
    ];
  return [
    make(doc, "path", {
      d: symbol === "arrow" ? `M${x} ${cy}h${12 * u}` : `M${24 * u} ${cy + 4 * u}a${5 * u} ${5 * u} 0 1 1 ${8 * u} 0`,
      stroke: mapPalette.move,
      "stroke-width": 2.5 * u,
      fill: "none",
    }),
    make(doc, "polygon", {
      points:
        symbol === "arrow"
          ? `${38 * u},${cy} ${30 * u},${cy - 4 * u} ${30 * u},${cy + 4 * u}`
          : `${32 * u},${cy + 7 * u} ${28 * u},${cy + 1 * u} ${36 * u},${cy + 1 * u}`,
      fill: mapPalette.move,
    }),
  ];
}

/** The legend, notes and credits below the map, as laid out. */
function renderFrameLegend(doc: Document, frame: FrameLayout, u: number): SVGElement {
  const { x, fontSize } = frame;
  const g = make(doc, "g", { class: "map-frame-legend", "font-size": fontSize, fill: mapPalette.ink });
  for (const { entry, cy, lines } of frame.entries) {
    g.append(...legendSymbol(doc, entry.symbol, entry.colour, x, cy, u));
    for (const { text, y } of lines) g.append(make(doc, "text", { x: x + 26 * u, y, dy: "0.35em" }, text));
  }
  for (const { text, y } of frame.notes)
    g.append(make(doc, "text", { x, y, dy: "0.35em", fill: mapPalette.muted }, text));
  for (const { text, y } of frame.sources)
    g.append(make(doc, "text", { x, y, dy: "0.35em", "font-size": fontSize * 0.85, fill: mapPalette.muted }, text));
  return g;
}
