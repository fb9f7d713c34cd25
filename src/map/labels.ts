/**
 * Label placement with collision avoidance, shared by the build-time SVG (boxes estimated from
 * character widths) and the Leaflet map (boxes measured in the browser). Pure: no DOM.
 *
 * Each label offers forms in order of preference (full name with the date on a second line, then
 * shorter or one-line forms, then smaller type). A label goes where its best form fits: on its
 * point, nudged off it, or further away with a leader line back to the point. It never leaves the
 * bounds and never overlaps another label or an obstacle (a site marker, the inset box, a control).
 */

/** A box in pixels: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One way of writing a label, with its size in pixels. */
export interface LabelForm {
  width: number;
  height: number;
}

/** A label to place: its point and its forms, best first. */
export interface LabelRequest {
  id: string;
  anchor: [number, number];
  forms: readonly LabelForm[];
}

/** Where a label went: the form used, the centre of its box, and whether a leader line is drawn. */
export interface LabelPlacement {
  id: string;
  form: number;
  /** Centre of the box. */
  centre: [number, number];
  box: Box;
  /** A leader line runs from the anchor to the box's nearest edge point. */
  leader: [number, number] | null;
  /** False when no position was free (the label is then drawn at its least-crowded position). */
  fits: boolean;
}

export interface PlacementOptions {
  bounds: Box;
  obstacles?: readonly Box[];
  /** Space kept between labels, and between a label and the bounds or an obstacle. */
  gap?: number;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

const inside = (a: Box, b: Box, gap: number) =>
  a.x0 >= b.x0 + gap && a.y0 >= b.y0 + gap && a.x1 <= b.x1 - gap && a.y1 <= b.y1 - gap;

/** The point of a box nearest to p. */
function nearestPoint(box: Box, p: [number, number]): [number, number] {
  return [Math.max(box.x0, Math.min(box.x1, p[0])), Math.max(box.y0, Math.min(box.y1, p[1]))];
}

/** Whether a segment crosses a box (sampled; the boxes are far larger than the step). */
function segmentHits(a: [number, number], b: [number, number], box: Box): boolean {
  const steps = 12;
  for (let i = 1; i < steps; i++) {
    const x = a[0] + ((b[0] - a[0]) * i) / steps;
    const y = a[1] + ((b[1] - a[1]) * i) / steps;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

interface Candidate {
  form: number;
  centre: [number, number];
  box: Box;
  leader: [number, number] | null;
  cost: number;
}

/** Every position tried for a label, cheapest first. */
function candidates(request: LabelRequest): Candidate[] {
  const list: Candidate[] = [];
  const [ax, ay] = request.anchor;
  request.forms.forEach((form, f) => {
    const { width: w, height: h } = form;
    const push = (dx: number, dy: number, cost: number) => {
      const centre: [number, number] = [ax + dx, ay + dy];
      const box = { x0: centre[0] - w / 2, y0: centre[1] - h / 2, x1: centre[0] + w / 2, y1: centre[1] + h / 2 };
      const onPoint = ax >= box.x0 && ax <= box.x1 && ay >= box.y0 && ay <= box.y1;
      const leader = onPoint ? null : nearestPoint(box, request.anchor);
      // A shorter form costs more than a small move; a leader line costs more than both.
      list.push({ form: f, centre, box, leader, cost: f * 6 + cost + (leader ? 4 : 0) });
    };
    push(0, 0, 0);
    // Nudges that keep the point inside the box.
    for (const [dx, dy] of [
      [0, -0.35],
      [0, 0.35],
      [-0.35, 0],
      [0.35, 0],
      [-0.3, -0.3],
      [0.3, -0.3],
      [-0.3, 0.3],
      [0.3, 0.3],
    ] as const)
      push(dx * w, dy * h, 1 + Math.hypot(dx, dy));
    // Further out, in eight directions, with a leader line.
    for (const reach of [0.7, 1.3, 2.2, 3.4]) {
      for (let i = 0; i < 16; i++) {
        const a = (i * Math.PI) / 8;
        const dx = Math.cos(a) * (w / 2 + reach * h);
        const dy = Math.sin(a) * (h / 2 + reach * h);
        push(dx, dy, 2 + reach * 2 + (i % 2) * 0.3);
      }
    }
  });
  return list.sort((a, b) => a.cost - b.cost);
}

/** Places labels in the order given, retrying with a label that found no room moved to the front. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): LabelPlacement[] {
  const gap = options.gap ?? 2;
  const obstacles = options.obstacles ?? [];
  const all = new Map(requests.map((r) => [r.id, candidates(r)]));
  let order = [...requests];
  let best: LabelPlacement[] | null = null;
  for (let attempt = 0; attempt <= requests.length; attempt++) {
    const placed: LabelPlacement[] = [];
    let failed: LabelRequest | null = null;
    for (const request of order) {
      const list = all.get(request.id) ?? [];
      const free = (c: Candidate) =>
        inside(c.box, options.bounds, gap) &&
        !obstacles.some((o) => overlaps(c.box, o, gap)) &&
        !placed.some((p) => overlaps(c.box, p.box, gap)) &&
        // A leader line must not run through another label, nor another's line through this one.
        !(c.leader && placed.some((p) => segmentHits(request.anchor, c.leader as [number, number], p.box))) &&
        !placed.some((p) => p.leader && segmentHits(anchorOf(requests, p.id), p.leader, c.box));
      // Of the free positions, the cheapest, counting the other labels' points a box would cover.
      const covers = (c: Candidate) =>
        requests.filter(
          (r) =>
            r.id !== request.id &&
            r.anchor[0] > c.box.x0 &&
            r.anchor[0] < c.box.x1 &&
            r.anchor[1] > c.box.y0 &&
            r.anchor[1] < c.box.y1,
        ).length;
      let chosen: Candidate | undefined;
      let chosenCost = Infinity;
      for (const c of list) {
        if (c.cost >= chosenCost) break; // sorted by cost: nothing later can be cheaper
        if (!free(c)) continue;
        const total = c.cost + 3 * covers(c);
        if (total < chosenCost) [chosen, chosenCost] = [c, total];
      }
      const fits = chosen !== undefined;
      if (!chosen) {
        failed ??= request;
        // Least overlap with what is already placed, inside the bounds if possible.
        const crowding = (c: Candidate) =>
          placed.reduce((s, p) => s + overlapArea(c.box, p.box), 0) +
          obstacles.reduce((s, o) => s + overlapArea(c.box, o), 0) +
          (inside(c.box, options.bounds, 0) ? 0 : 1e9) +
          c.cost;
        chosen = [...list].sort((a, b) => crowding(a) - crowding(b))[0];
      }
      if (!chosen) continue;
      placed.push({
        id: request.id,
        form: chosen.form,
        centre: chosen.centre,
        box: chosen.box,
        leader: chosen.leader,
        fits,
      });
    }
    const score = (ps: LabelPlacement[]) => ps.filter((p) => !p.fits).length;
    if (!best || score(placed) < score(best)) best = placed;
    if (!failed) break;
    order = [failed, ...order.filter((r) => r !== failed)];
  }
  const byId = new Map((best ?? []).map((p) => [p.id, p]));
  return requests.map((r) => byId.get(r.id)).filter((p): p is LabelPlacement => p !== undefined);
}

function anchorOf(requests: readonly LabelRequest[], id: string): [number, number] {
  return requests.find((r) => r.id === id)?.anchor ?? [0, 0];
}

/** A county's name without its administrative suffix (兴义市 → 兴义, Xingyi City → Xingyi). */
export function shortCountyName(name: string): string {
  return name.replace(/(市|县|新区)$/u, "").replace(/ (City|County|New Area)$/u, "");
}

/** A date label without its year and with a short month (23 March 2019 → 23 Mar); 3月23日 stays. */
export function shortDateLabel(date: string): string {
  return date.replace(/^(\d{1,2}) ([A-Z][a-z]{2})[a-z]* \d{4}$/u, "$1 $2");
}

/** A run of label text, bold or not. */
export interface LabelRun {
  text: string;
  bold: boolean;
}

/** A way of writing a county's label: lines of runs, at a share of the base type size. */
export interface LabelText {
  lines: LabelRun[][];
  scale: number;
}

/**
 * A county label's forms, best first. With a date: the name and, on a second line, the date; then
 * one line; then the short name and date; then smaller type. Without: the name, the short name,
 * smaller type.
 */
export function countyLabelForms(name: string, date: string | null): LabelText[] {
  const short = shortCountyName(name);
  const b = (text: string): LabelRun => ({ text, bold: true });
  const r = (text: string): LabelRun => ({ text, bold: false });
  if (!date) {
    return [
      { lines: [[r(name)]], scale: 1 },
      { lines: [[r(short)]], scale: 1 },
      { lines: [[r(short)]], scale: 0.85 },
      { lines: [[r(short)]], scale: 0.72 },
    ];
  }
  const shortDate = shortDateLabel(date);
  const forms: LabelText[] = [
    { lines: [[b(name)], [r(date)]], scale: 1 },
    { lines: [[b(name), r(` ${date}`)]], scale: 1 },
    { lines: [[b(short)], [r(date)]], scale: 1 },
    { lines: [[b(short)], [r(shortDate)]], scale: 1 },
    { lines: [[b(short), r(` ${shortDate}`)]], scale: 1 },
    { lines: [[b(short)], [r(shortDate)]], scale: 0.85 },
    { lines: [[b(short), r(` ${shortDate}`)]], scale: 0.85 },
    { lines: [[b(short)], [r(shortDate)]], scale: 0.72 },
    { lines: [[b(short), r(` ${shortDate}`)]], scale: 0.72 },
  ];
  // Drop forms identical to an earlier one (a name without a suffix, a date already short).
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = JSON.stringify(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
