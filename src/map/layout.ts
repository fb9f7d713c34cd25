/**
 * The map's positions. Two steps: `buildGeoLayout` places everything in longitude/latitude
 * (label points, sites at county seats, move arcs and arrowheads), which Leaflet uses as it is;
 * `projectLayout` projects that onto an SVG canvas for the build-time map.
 */
import { geoArea, geoCentroid, geoContains, geoMercator, geoPath, geoStream, type GeoProjection } from "d3";
import type { CountyFeature } from "./boundaries";
import type { Position } from "./echartsDecode";
import type { MapState } from "./views";

/** Everything placed in longitude/latitude. */
export interface GeoLayout {
  /** Where each county's label goes (inside its largest polygon). */
  labels: Map<string, Position>;
  /** Each site's position, or null for a site drawn in the schematic inset (义龙新区). */
  sites: Map<string, Position | null>;
  /** Each move's curve (ending short of its site's marker) and arrowhead triangle. */
  moves: Map<string, { line: Position[]; head: Position[] }>;
}

/** Sizes in degrees of latitude, so that arrows and loops scale with the map. */
export const geoSizes = {
  /** Gap left between an arrow's tip and the centre of the site it points at. */
  markerGap: 0.045,
  arrowLength: 0.07,
  arrowHalfWidth: 0.035,
  loopRadius: 0.06,
  /** How far an arc bows out, as a share of its length. */
  bend: 0.22,
  /** Gap between a county's label point and the start of an arrow leaving it. */
  arrowStartGap: 0.06,
  /** Closest a county label may be to a site marker at its seat. */
  labelClearance: 0.11,
};

// Arcs and arrowheads are drawn in a local equirectangular frame (x = lon·cos φ0, y = lat) so
// that they keep their shape at this latitude; the results are turned back into lon/lat.
type XY = [number, number];

function frame(latitude: number) {
  const k = Math.cos((latitude * Math.PI) / 180);
  return {
    to: ([lon, lat]: Position): XY => [lon * k, lat],
    from: ([x, y]: XY): Position => [x / k, y],
  };
}

const sub = (a: XY, b: XY): XY => [a[0] - b[0], a[1] - b[1]];
const add = (a: XY, b: XY): XY => [a[0] + b[0], a[1] + b[1]];
const scale = (a: XY, s: number): XY => [a[0] * s, a[1] * s];
const length = (a: XY) => Math.hypot(a[0], a[1]);
const unit = (a: XY): XY => scale(a, 1 / (length(a) || 1));

function arrowhead(tip: XY, direction: XY): XY[] {
  const d = unit(direction);
  const n: XY = [-d[1], d[0]];
  const base = sub(tip, scale(d, geoSizes.arrowLength));
  return [tip, add(base, scale(n, geoSizes.arrowHalfWidth)), add(base, scale(n, -geoSizes.arrowHalfWidth)), tip];
}

/**
 * Ends a sampled curve with an arrowhead at its last point; the line stops inside the head so that
 * its stroke does not blunt the tip.
 */
function withArrowhead(points: XY[]): { line: XY[]; head: XY[] } {
  const tip = points[points.length - 1] as XY;
  const before = points[points.length - 2] as XY;
  const direction = unit(sub(tip, before));
  const inside = geoSizes.arrowLength * 0.8;
  const line = [...points.filter((p) => length(sub(tip, p)) > inside), sub(tip, scale(direction, inside))];
  return { line, head: arrowhead(tip, direction) };
}

/**
 * An arc from `start` to `end` bowing to the left of its direction, sampled as a polyline that
 * stops `markerGap` short of `end`, with an arrowhead whose tip is where the line stops.
 */
export function arcGeometry(start: XY, end: XY, samples = 24): { line: XY[]; head: XY[] } {
  const chord = sub(end, start);
  const normal: XY = [-chord[1], chord[0]];
  const control = add(scale(add(start, end), 0.5), scale(normal, geoSizes.bend));
  const at = (t: number): XY =>
    add(add(scale(start, (1 - t) ** 2), scale(control, 2 * (1 - t) * t)), scale(end, t * t));
  const points: XY[] = [];
  for (let i = 0; i <= samples; i++) {
    const p = at(i / samples);
    if (length(sub(end, p)) < geoSizes.markerGap) break;
    points.push(p);
  }
  if (points.length < 2) throw new Error("arcGeometry: start and end are too close for an arrow");
  return withArrowhead(points);
}

/**
 * A loop that leaves a point and comes back to it, on the side given by `outward` (a direction),
 * with an arrowhead pointing back at the point: a move within one county.
 */
export function loopGeometry(point: XY, outward: XY, samples = 28): { line: XY[]; head: XY[] } {
  const r = geoSizes.loopRadius;
  const centre = add(point, scale(unit(outward), r + geoSizes.markerGap * 0.6));
  const towardsPoint = Math.atan2(point[1] - centre[1], point[0] - centre[0]);
  const gap = 0.55; // radians left open where the loop meets the marker
  const points: XY[] = [];
  for (let i = 0; i <= samples; i++) {
    const a = towardsPoint + gap + ((2 * Math.PI - 2 * gap) * i) / samples;
    points.push(add(centre, [r * Math.cos(a), r * Math.sin(a)]));
  }
  return withArrowhead(points);
}

/**
 * Of the eight compass directions (north first), the one furthest in angle from all the given
 * unit vectors: where a loop can open without crossing arrows or labels.
 */
export function freestDirection(avoid: readonly XY[]): XY {
  let best: XY = [0, 1];
  let bestScore = -Infinity;
  for (let i = 0; i < 8; i++) {
    const a = Math.PI / 2 - (i * Math.PI) / 4;
    const d: XY = [Math.cos(a), Math.sin(a)];
    const score = Math.min(
      ...avoid.map((v) => Math.acos(Math.max(-1, Math.min(1, v[0] * d[0] + v[1] * d[1])))),
      Math.PI,
    );
    if (score > bestScore + 1e-9) [best, bestScore] = [d, score];
  }
  return best;
}

/** The label point of a county: the centroid of its largest polygon, or its seat if that falls outside. */
function labelPoint(feature: CountyFeature): Position {
  const g = feature.geometry;
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const largest = polygons
    .map((coordinates) => ({ type: "Polygon" as const, coordinates }))
    .sort((a, b) => geoArea(b) - geoArea(a))[0];
  const centroid = largest ? (geoCentroid(largest) as Position) : feature.properties.cp;
  return geoContains(feature, centroid) ? centroid : feature.properties.cp;
}

/**
 * Moves a county's label off its seat when a site marker sits there: further along the line from
 * the seat to the label if it can, otherwise south, north, east or west, keeping it in the county.
 */
function clearOfSeat(feature: CountyFeature, label: Position, f: ReturnType<typeof frame>): Position {
  const seat = f.to(feature.properties.cp);
  const offset = sub(f.to(label), seat);
  if (length(offset) >= geoSizes.labelClearance) return label;
  const step = geoSizes.labelClearance * 1.4;
  const directions: XY[] = [...(length(offset) > 0.01 ? [unit(offset)] : []), [0, -1], [0, 1], [1, 0], [-1, 0]];
  for (const d of directions) {
    const candidate = f.from(add(seat, scale(d, step)));
    if (geoContains(feature, candidate)) return candidate;
  }
  return label;
}

/** Places the counties' labels, the sites and the moves in longitude/latitude. */
export function buildGeoLayout(features: readonly CountyFeature[], state: MapState): GeoLayout {
  const byId = new Map(features.map((f) => [f.id, f]));
  const latitudes = features.map((f) => f.properties.cp[1]);
  const f = frame(latitudes.reduce((a, b) => a + b, 0) / (latitudes.length || 1));
  const { to, from } = f;
  const seatsWithSites = new Set(state.sites.filter((s) => !s.inInset).map((s) => s.county));
  const labels = new Map(
    features.map((feature) => {
      const label = labelPoint(feature);
      return [feature.id, seatsWithSites.has(feature.id) ? clearOfSeat(feature, label, f) : label];
    }),
  );

  const sites = new Map<string, Position | null>();
  for (const site of state.sites)
    sites.set(site.id, site.inInset ? null : (byId.get(site.county)?.properties.cp ?? null));

  const moves = new Map<string, { line: Position[]; head: Position[] }>();
  for (const move of state.moves) {
    const target = sites.get(move.to);
    if (!target) throw new Error(`move ${move.key}: its site "${move.to}" has no position on the map`);
    const end = to(target);
    let geometry: { line: XY[]; head: XY[] };
    if (move.loop) {
      // Open the loop away from the arrows that arrive at the same site and from the county's label.
      const avoid = [
        ...state.moves.filter((m) => m.to === move.to && !m.loop).map((m) => labels.get(m.fromCounty)),
        labels.get(move.toCounty),
      ]
        .filter((p): p is Position => p !== undefined)
        .map((p) => unit(sub(to(p), end)));
      geometry = loopGeometry(end, freestDirection(avoid));
    } else {
      const label = labels.get(move.fromCounty);
      if (!label) throw new Error(`move ${move.key}: no county "${move.fromCounty}" on the map`);
      // Start just off the county's label, towards the site, so the label stays readable.
      const start = add(to(label), scale(unit(sub(end, to(label))), geoSizes.arrowStartGap));
      geometry = arcGeometry(start, end);
    }
    moves.set(move.key, { line: geometry.line.map(from), head: geometry.head.map(from) });
  }
  return { labels, sites, moves };
}

/** Everything placed on the SVG canvas, in pixels. */
export interface ScreenLayout {
  width: number;
  height: number;
  counties: { id: string; d: string; label: [number, number] }[];
  sites: Map<string, [number, number]>;
  moves: Map<string, { d: string; head: string }>;
  /** The box for units without a boundary (义龙新区), and the schematic points inside it. */
  inset: { x: number; y: number; width: number; height: number; unit: [number, number]; site: [number, number] };
}

/** Options for the canvas. */
export interface ScreenOptions {
  width: number;
  /** Space kept free around the counties. */
  margin?: number;
}

/** The rings of a feature, projected: each an array of pixel positions (not repeating the first). */
function projectedRings(feature: CountyFeature, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  geoStream(
    feature,
    projection.stream({
      point: (x, y) => void ring.push([x, y]),
      lineStart: () => void (ring = []),
      lineEnd: () => void rings.push(ring),
      polygonStart: () => undefined,
      polygonEnd: () => undefined,
      sphere: () => undefined,
    }),
  );
  return rings;
}

/**
 * A compact SVG path for rings: positions snapped to whole pixels, repeats and points on a straight
 * line dropped, then written as relative moves. Every step looks at a point and its neighbours
 * only, so a border shared by two counties is simplified the same way on both sides (no slivers).
 */
export function compactPath(rings: readonly (readonly [number, number][])[]): string {
  let d = "";
  for (const ring of rings) {
    const snapped: [number, number][] = [];
    for (const [x, y] of ring) {
      const p: [number, number] = [Math.round(x), Math.round(y)];
      const last = snapped[snapped.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) snapped.push(p);
    }
    const first = snapped[0];
    const end = snapped[snapped.length - 1];
    if (snapped.length > 1 && first && end && first[0] === end[0] && first[1] === end[1]) snapped.pop();
    const n = snapped.length;
    const kept = snapped.filter((p, i) => {
      const a = snapped[(i - 1 + n) % n] as [number, number];
      const b = snapped[(i + 1) % n] as [number, number];
      return (p[0] - a[0]) * (b[1] - p[1]) - (p[1] - a[1]) * (b[0] - p[0]) !== 0;
    });
    if (kept.length < 3) continue;
    const [x0, y0] = kept[0] as [number, number];
    const steps = kept.slice(1).map((p, i) => {
      const prev = kept[i] as [number, number];
      return `${p[0] - prev[0]},${p[1] - prev[1]}`;
    });
    d += `M${x0},${y0}l${steps.join(" ").replace(/ -/g, "-")}z`;
  }
  return d;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const pointsAttr = (points: [number, number][]) => points.map(([x, y]) => `${round1(x)},${round1(y)}`).join(" ");

/**
 * Projects the geographic layout onto a canvas `width` pixels wide (Web Mercator, like Leaflet),
 * with the 义龙新区 inset box in the top-right corner, which the prefecture leaves empty.
 */
export function projectLayout(
  features: readonly CountyFeature[],
  geo: GeoLayout,
  options: ScreenOptions,
): ScreenLayout {
  const { width } = options;
  const margin = options.margin ?? Math.round(width * 0.03);
  const collection = { type: "FeatureCollection" as const, features: features as CountyFeature[] };
  const probe = geoMercator().fitWidth(width - 2 * margin, collection);
  const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(collection);
  const height = Math.ceil(((y1 - y0) / (x1 - x0)) * (width - 2 * margin) + 2 * margin);
  const projection = geoMercator().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    collection,
  );
  const project = (p: Position): [number, number] => {
    const xy = projection(p);
    if (!xy) throw new Error(`cannot project ${p.join(",")}`);
    return xy;
  };
  const counties = features.map((f) => ({
    id: f.id,
    d: compactPath(projectedRings(f, projection)),
    label: project(geo.labels.get(f.id) ?? f.properties.cp).map(round1) as [number, number],
  }));
  const sites = new Map<string, [number, number]>();
  const insetWidth = Math.round(width * 0.3);
  const inset = {
    x: width - margin * 0.5 - insetWidth,
    y: margin * 0.5,
    width: insetWidth,
    height: Math.round(width * 0.11),
    unit: [0, 0] as [number, number],
    site: [0, 0] as [number, number],
  };
  inset.unit = [round1(inset.x + inset.width * 0.12), round1(inset.y + inset.height * 0.62)];
  inset.site = [round1(inset.unit[0] + width * 0.045), inset.unit[1]];
  for (const [id, at] of geo.sites) sites.set(id, at ? (project(at).map(round1) as [number, number]) : inset.site);
  const moves = new Map<string, { d: string; head: string }>();
  for (const [key, m] of geo.moves) {
    const line = m.line.map(project);
    moves.set(key, { d: `M${pointsAttr(line).replace(/ /g, "L")}`, head: pointsAttr(m.head.map(project)) });
  }
  return { width, height, counties, sites, moves, inset };
}
