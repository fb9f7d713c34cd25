/**
 * Polygon rings: rounding and validity checks for the boundary file.
 *
 * Winding follows d3-geo, which reads a ring as enclosing the area on its right: exterior rings
 * run clockwise and holes anticlockwise (with longitude to the east and latitude to the north).
 * This is the opposite of the RFC 7946 recommendation, which d3-geo would read as "the whole
 * globe except this county". Leaflet ignores winding.
 */
import type { Position } from "./echartsDecode";

/** Twice the signed area of a ring in the lon/lat plane: negative when it runs clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i] as Position;
    const [x1, y1] = ring[i + 1] as Position;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** True when a ring runs clockwise (north up, east right). */
export function isClockwise(ring: readonly Position[]): boolean {
  return signedArea2(ring) < 0;
}

/**
 * Rounds every position to `decimals` places and drops positions that then repeat the one
 * before, keeping the ring closed.
 */
export function roundRing(ring: readonly Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const round = (v: number) => Math.round(v * f) / f;
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p: Position = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

/**
 * What is wrong with a ring, as readable sentences (empty when it is valid): it must be closed,
 * have at least four positions (a triangle), no repeated consecutive positions, finite
 * coordinates within lon/lat bounds, a non-zero area and the winding d3-geo expects.
 */
export function ringProblems(ring: readonly Position[], role: "exterior" | "hole"): string[] {
  const problems: string[] = [];
  if (ring.length < 4) problems.push(`has ${ring.length} positions; a ring needs at least 4`);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push("is not closed");
  if (ring.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90))
    problems.push("has a coordinate outside longitude/latitude bounds");
  const repeats = ring.filter((p, i) => i > 0 && p[0] === ring[i - 1]?.[0] && p[1] === ring[i - 1]?.[1]).length;
  if (repeats > 0) problems.push(`repeats a position ${repeats} time(s) in a row`);
  const area = signedArea2(ring);
  if (area === 0) problems.push("has no area");
  else if ((role === "exterior") !== area < 0)
    problems.push(role === "exterior" ? "runs anticlockwise (d3-geo needs clockwise exteriors)" : "runs clockwise");
  return problems;
}

/** A ring wound the way d3-geo expects for its role. */
export function windForD3(ring: Position[], role: "exterior" | "hole"): Position[] {
  const clockwise = isClockwise(ring);
  return (role === "exterior") === clockwise ? ring : [...ring].reverse();
}
