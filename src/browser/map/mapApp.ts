/**
 * The map page in the browser: replaces the build-time SVG by a Leaflet map of the same counties
 * (from the same boundary file, fetched from this site), with no tile layer until the reader asks
 * for one. The list beside the map stays the source of truth: positions, colours and names come
 * from its `data-*` attributes, and opening an entry selects the feature (and the reverse).
 * Layer and selection live in the URL hash; the language switch keeps it.
 */
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import geoUrl from "../../../data/geo/qianxinan-counties.geojson?url";
import { formatMapHash, parseMapHash, type MapHashState } from "~/map/hash";
import { countyLabelForms, placeLabels, type Box, type LabelText } from "~/map/labels";
import { isMapLayer, type MapLayer } from "~/map/types";

const TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

interface Strings {
  zoomIn: string;
  zoomOut: string;
  insetTitle: string;
  insetNote: string;
  boundaryCredit: string;
  osmAttribution: string;
  mapLabel: string;
}

/** One entry of the list and what Leaflet draws for it. */
interface Feature {
  key: string;
  kind: "county" | "site" | "move";
  /** The layer a site or move belongs to (counties show on every layer). */
  layer: MapLayer | null;
  details: HTMLDetailsElement;
  /** Elements a reader can focus for it on the map (a path, a marker, an inset button). */
  targets: () => Element[];
  /** Brings the map to it. */
  bounds: () => L.LatLngBounds | null;
  restyle: (palette: Palette) => void;
}

/** The map's colours, from the page's CSS (they follow the colour scheme). */
interface Palette {
  land: string;
  origin: string;
  move: string;
  ink: string;
  border: string;
}

type LonLat = [number, number];

const parsePoint = (text: string | undefined): L.LatLng | null => {
  if (!text) return null;
  const [lon, lat] = text.split(",").map(Number) as LonLat;
  return Number.isFinite(lon) && Number.isFinite(lat) ? L.latLng(lat, lon) : null;
};
const parseLine = (text: string | undefined): L.LatLng[] =>
  (text ?? "")
    .split(";")
    .map(parsePoint)
    .filter((p): p is L.LatLng => p !== null);

/**
 * Reads the palette once for a whole restyle: reading a computed style between Leaflet's writes
 * would make the browser recalculate the page's styles for every feature.
 */
function readPalette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    land: get("--map-land"),
    origin: get("--map-origin"),
    move: get("--map-move"),
    ink: get("--ink"),
    border: get("--map-border"),
  };
}

/** Makes an element of the map a keyboard-operable button named after its list entry. */
function makeOperable(element: Element | undefined | null, label: string, onSelect: (keyboard: boolean) => void) {
  if (!element) return;
  element.setAttribute("tabindex", "0");
  element.setAttribute("role", "button");
  element.setAttribute("aria-label", label);
  if ((element as HTMLElement).dataset?.operable === "true") return;
  (element as HTMLElement).dataset.operable = "true";
  element.addEventListener("keydown", (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === "Enter" || key === " ") {
      event.preventDefault();
      event.stopPropagation();
      onSelect(true);
    }
  });
}

class MapApp {
  private readonly root: HTMLElement;
  private readonly strings: Strings;
  private map!: L.Map;
  private features = new Map<string, Feature>();
  private layerGroups = {} as Record<MapLayer, L.LayerGroup>;
  private tiles: L.TileLayer | null = null;
  private state: MapHashState = parseMapHash("");
  private langSwitchBase: string | null = null;
  /** Where the current selection was made with the keyboard: Escape returns there. */
  private origin: Element | null = null;
  /** The county labels of each layer, placed anew whenever the view or the layer changes. */
  private labels = {} as Record<MapLayer, CountyLabel[]>;
  /** Measured sizes of each label form, by label and form (type sizes do not change with the view). */
  private formSizes = new Map<string, { width: number; height: number }[]>();

  constructor(root: HTMLElement) {
    this.root = root;
    this.strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  }

  async start(): Promise<void> {
    const response = await fetch(geoUrl);
    if (!response.ok) throw new Error(`boundaries: HTTP ${response.status}`);
    const boundaries = (await response.json()) as GeoJSON.FeatureCollection;
    const container = this.root.querySelector<HTMLElement>("[data-map-leaflet]");
    if (!container) return;
    // A reader who tabbed into the build-time map keeps focus on the same feature in Leaflet's.
    const active = document.activeElement;
    const focusedKey =
      active instanceof Element && active.closest(".map-static")
        ? (active.closest<HTMLElement | SVGElement>("[data-key]")?.dataset.key ?? null)
        : null;
    container.hidden = false;
    this.root.classList.add("is-enhanced");
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", this.strings.mapLabel);
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    this.map = L.map(container, {
      zoomControl: false,
      zoomSnap: 0.25,
      attributionControl: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
    });
    L.control.zoom({ zoomInTitle: this.strings.zoomIn, zoomOutTitle: this.strings.zoomOut }).addTo(this.map);
    L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(this.map);
    for (const layer of ["completion", "sites", "moves"] as const) this.layerGroups[layer] = L.layerGroup();

    // The view first: Leaflet adds layers (and creates their elements) only once it has one.
    const bounds = L.geoJSON(boundaries).getBounds();
    this.map.fitBounds(bounds, { padding: [12, 12] });
    this.map.setMaxBounds(bounds.pad(0.6));
    this.map.setMinZoom(this.map.getZoom() - 1);
    this.map.setMaxZoom(12);

    this.addCounties(boundaries);
    this.addInset();
    this.addSites();
    this.addMoves();
    this.addLabels();

    this.wireControls();
    this.apply(parseMapHash(location.hash), { fromHash: true });
    window.addEventListener("hashchange", () => this.apply(parseMapHash(location.hash), { fromHash: true }));
    window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => this.restyleAll());
    this.map.on("zoomend moveend resize", () => this.placeLabels());
    if (focusedKey) {
      const target = this.features.get(focusedKey)?.targets()[0];
      if (target instanceof HTMLElement || target instanceof SVGElement) target.focus({ preventScroll: true });
      else container.focus({ preventScroll: true });
    }
  }

  private items(kind: Feature["kind"]): HTMLDetailsElement[] {
    return [...this.root.querySelectorAll<HTMLDetailsElement>(`details[data-map-item][data-kind="${kind}"]`)];
  }

  private register(details: HTMLDetailsElement, feature: Omit<Feature, "key" | "kind" | "layer" | "details">): void {
    const key = details.dataset.mapItem ?? "";
    const layer = details.dataset.layer;
    this.features.set(key, {
      key,
      kind: details.dataset.kind as Feature["kind"],
      layer: isMapLayer(layer) ? layer : null,
      details,
      ...feature,
    });
  }

  private select = (key: string, keyboard: boolean) => {
    const feature = this.features.get(key);
    if (!feature) return;
    this.origin = keyboard ? document.activeElement : null;
    this.apply({ layer: feature.layer ?? this.state.layer, select: key }, { focusDetails: keyboard });
  };

  private addCounties(boundaries: GeoJSON.FeatureCollection): void {
    for (const details of this.items("county")) {
      const id = (details.dataset.mapItem ?? "").replace(/^county-/, "");
      const label = details.dataset.ariaLabel ?? id;
      if (details.dataset.boundary === "false") continue; // drawn in the inset
      const shape = boundaries.features.find((f) => f.id === id);
      if (!shape) continue;
      const key = details.dataset.mapItem ?? "";
      const layer = L.geoJSON(shape, { attribution: this.strings.boundaryCredit });
      const path = () => layer.getLayers()[0] as L.Path | undefined;
      const element = () => path()?.getElement();
      path()?.on("add", () => {
        makeOperable(element(), label, (kb) => this.select(key, kb));
        element()?.classList.add("map-path", "map-county-path");
        element()?.setAttribute("data-key", key);
      });
      layer.on("click", () => this.select(key, false));
      layer.addTo(this.map);
      this.register(details, {
        targets: () => [element()].filter((e): e is SVGElement => !!e),
        bounds: () => layer.getBounds(),
        restyle: (palette) => {
          const selected = this.state.select === key;
          const fill =
            this.state.layer === "completion"
              ? (details.dataset.fill ?? palette.land)
              : this.state.layer === "moves" && details.dataset.origin === "true"
                ? palette.origin
                : palette.land;
          path()?.setStyle({
            fillColor: fill,
            fillOpacity: this.tiles ? 0.45 : 1,
            color: selected ? palette.ink : palette.border,
            weight: selected ? 4 : 1,
          });
          element()?.setAttribute("data-fill", fill);
          if (selected) path()?.bringToFront();
        },
      });
    }
  }

  /** 义龙新区 and its site have no position: they get buttons in a box, like the SVG's inset. */
  private addInset(): void {
    const control = new L.Control({ position: "topright" });
    control.onAdd = () => {
      const box = L.DomUtil.create("div", "map-inset-control");
      L.DomEvent.disableClickPropagation(box);
      const title = L.DomUtil.create("p", "font-semibold", box);
      title.textContent = this.strings.insetTitle;
      const row = L.DomUtil.create("div", "flex flex-wrap gap-1 mt-1", box);
      const add = (details: HTMLDetailsElement, text: string, className: string) => {
        const button = L.DomUtil.create("button", className, row) as HTMLButtonElement;
        button.type = "button";
        button.textContent = text;
        // The accessible name must contain the visible text (a number, or a name and date).
        if (text) button.setAttribute("aria-label", `${text} ${details.dataset.ariaLabel ?? ""}`.trim());
        else button.title = details.dataset.ariaLabel ?? "";
        button.dataset.key = details.dataset.mapItem ?? "";
        button.addEventListener("click", (e) => this.select(details.dataset.mapItem ?? "", e.detail === 0));
        return button;
      };
      for (const details of this.items("county").filter((d) => d.dataset.boundary === "false")) {
        const button = add(details, "", "map-inset-unit");
        const swatch = L.DomUtil.create("span", "map-inset-swatch", button);
        swatch.setAttribute("aria-hidden", "true");
        const text = L.DomUtil.create("span", "", button);
        this.register(details, {
          targets: () => [button],
          bounds: () => null,
          restyle: (palette) => {
            const completion = this.state.layer === "completion" && details.dataset.fill;
            swatch.style.background = completion ? (details.dataset.fill ?? "") : palette.land;
            button.classList.toggle("is-selected", this.state.select === details.dataset.mapItem);
            text.textContent = `${details.dataset.name ?? ""}${completion ? ` ${details.dataset.date ?? ""}` : ""}`;
          },
        });
      }
      for (const details of this.items("site").filter((d) => !d.dataset.at)) {
        const button = add(details, details.dataset.number ?? "", "map-site-marker");
        this.register(details, {
          targets: () => [button],
          bounds: () => null,
          restyle: () => {
            button.hidden = this.state.layer !== "sites";
            button.classList.toggle("is-selected", this.state.select === details.dataset.mapItem);
          },
        });
      }
      const note = L.DomUtil.create("p", "text-muted mt-1", box);
      note.textContent = this.strings.insetNote;
      return box;
    };
    control.addTo(this.map);
  }

  private addSites(): void {
    for (const details of this.items("site")) {
      const at = parsePoint(details.dataset.at);
      if (!at) continue;
      const key = details.dataset.mapItem ?? "";
      const marker = L.marker(at, {
        icon: L.divIcon({
          className: "map-site-icon",
          html: `<span class="map-site-marker">${details.dataset.number ?? ""}</span>`,
          iconSize: [24, 24],
        }),
        keyboard: false,
        riseOnHover: true,
      }).addTo(this.layerGroups.sites);
      marker.on("click", () => this.select(key, false));
      marker.on("add", () =>
        makeOperable(marker.getElement(), `${details.dataset.number ?? ""} ${details.dataset.ariaLabel ?? key}`, (kb) =>
          this.select(key, kb),
        ),
      );
      this.register(details, {
        targets: () => [marker.getElement()].filter((e): e is HTMLElement => !!e),
        bounds: () => L.latLngBounds([at, at]),
        restyle: () => marker.getElement()?.classList.toggle("is-selected", this.state.select === key),
      });
    }
  }

  private addMoves(): void {
    for (const details of this.items("move")) {
      const key = details.dataset.mapItem ?? "";
      const line = L.polyline(parseLine(details.dataset.line), { lineCap: "round", className: "map-path" });
      const head = L.polygon(parseLine(details.dataset.head), { interactive: false, stroke: false, fillOpacity: 1 });
      L.featureGroup([line, head]).addTo(this.layerGroups.moves);
      line.on("click", () => this.select(key, false));
      line.on("add", () =>
        makeOperable(line.getElement(), details.dataset.ariaLabel ?? key, (kb) => this.select(key, kb)),
      );
      this.register(details, {
        targets: () => [line.getElement()].filter((e): e is SVGElement => !!e),
        bounds: () => line.getBounds(),
        restyle: (palette) => {
          const selected = this.state.select === key;
          const colour = selected ? palette.ink : palette.move;
          line.setStyle({ color: colour, weight: selected ? 5 : 3, opacity: 1 });
          head.setStyle({ fillColor: colour });
        },
      });
    }
  }

  /** Names (and on the completion layer, dates) of the counties: decorative, the list says it all. */
  private addLabels(): void {
    for (const layer of ["completion", "sites", "moves"] as const) this.labels[layer] = [];
    for (const details of this.items("county")) {
      const at = parsePoint(details.dataset.labelAt);
      if (!at) continue;
      const name = details.dataset.name ?? "";
      const date = details.dataset.date ?? null;
      for (const layer of ["completion", "sites", "moves"] as const) {
        const forms = countyLabelForms(name, layer === "completion" ? date : null);
        const element = L.DomUtil.create("div", "map-label");
        element.setAttribute("aria-hidden", "true");
        const marker = L.marker(at, {
          icon: L.divIcon({ className: "map-label-icon", html: element, iconSize: undefined }),
          interactive: false,
          keyboard: false,
        }).addTo(this.layerGroups[layer]);
        this.labels[layer].push({ id: `${layer}:${details.dataset.mapItem ?? ""}`, at, forms, marker, element });
      }
    }
  }

  /** Measures each form of a layer's labels once, off screen in the map's own type. */
  private measure(labels: CountyLabel[]): void {
    const probe = L.DomUtil.create("div", "map-label map-label-probe", this.map.getContainer());
    for (const label of labels) {
      if (this.formSizes.has(label.id)) continue;
      this.formSizes.set(
        label.id,
        label.forms.map((form) => {
          probe.replaceChildren(labelBox(form));
          const box = (probe.firstElementChild as HTMLElement).getBoundingClientRect();
          return { width: Math.ceil(box.width) + 1, height: Math.ceil(box.height) + 1 };
        }),
      );
    }
    probe.remove();
  }

  /**
   * Places the current layer's labels on the view: each in its best form that fits, on its point,
   * nudged, or with a leader line; clear of each other, of the controls, of the site markers and of
   * the map's edges.
   */
  private placeLabels(): void {
    const labels = this.labels[this.state.layer];
    if (!labels || labels.length === 0) return;
    this.measure(labels);
    const container = this.map.getContainer();
    const origin = container.getBoundingClientRect();
    const relative = (r: DOMRect): Box => ({
      x0: r.left - origin.left,
      y0: r.top - origin.top,
      x1: r.right - origin.left,
      y1: r.bottom - origin.top,
    });
    const obstacles: Box[] = [
      ...container.querySelectorAll<HTMLElement>(".leaflet-control"),
      ...(this.state.layer === "sites" ? container.querySelectorAll<HTMLElement>(".map-site-icon") : []),
    ].map((e) => relative(e.getBoundingClientRect()));
    const placements = placeLabels(
      labels.map((label) => {
        const p = this.map.latLngToContainerPoint(label.at);
        return { id: label.id, anchor: [p.x, p.y] as [number, number], forms: this.formSizes.get(label.id) ?? [] };
      }),
      { bounds: { x0: 0, y0: 0, x1: origin.width, y1: origin.height }, obstacles, gap: 3 },
    );
    for (const label of labels) {
      const placed = placements.find((p) => p.id === label.id);
      const form = placed ? label.forms[placed.form] : undefined;
      if (!placed || !form) continue;
      const anchor = this.map.latLngToContainerPoint(label.at);
      const box = labelBox(form);
      box.style.left = `${placed.centre[0] - anchor.x}px`;
      box.style.top = `${placed.centre[1] - anchor.y}px`;
      const parts: Element[] = [];
      if (placed.leader) parts.push(leaderLine(placed.leader[0] - anchor.x, placed.leader[1] - anchor.y));
      parts.push(box);
      label.element.replaceChildren(...parts);
      label.element.dataset.form = String(placed.form);
    }
  }

  private wireControls(): void {
    for (const radio of this.root.querySelectorAll<HTMLInputElement>('input[name="map-layer"]'))
      radio.addEventListener("change", () => {
        if (radio.checked && isMapLayer(radio.value)) {
          const selected = this.state.select ? this.features.get(this.state.select) : undefined;
          const keep = selected && (selected.layer === null || selected.layer === radio.value);
          this.apply({ layer: radio.value, select: keep ? this.state.select : null });
        }
      });
    for (const feature of this.features.values())
      feature.details.addEventListener("toggle", () => {
        const open = feature.details.open;
        if (open && this.state.select !== feature.key) {
          this.origin = null;
          this.apply({ layer: feature.layer ?? this.state.layer, select: feature.key }, { reveal: true });
        } else if (!open && this.state.select === feature.key) {
          this.apply({ ...this.state, select: null });
        }
      });
    // Escape closes the details; focus goes back to the map feature it was opened from, if any.
    this.root.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !this.state.select) return;
      const feature = this.features.get(this.state.select);
      const origin = this.origin;
      const active = document.activeElement;
      this.apply({ ...this.state, select: null });
      if (origin instanceof HTMLElement || origin instanceof SVGElement) origin.focus();
      else if (feature && active instanceof Element && feature.details.contains(active))
        feature.details.querySelector("summary")?.focus();
      this.origin = null;
    });
    const basemap = this.root.querySelector<HTMLElement>("[data-map-basemap]");
    const toggle = this.root.querySelector<HTMLInputElement>("[data-map-basemap-toggle]");
    if (basemap && toggle) {
      basemap.hidden = false;
      toggle.checked = false;
      toggle.addEventListener("change", () => this.setBasemap(toggle.checked));
    }
    this.langSwitchBase =
      (document.querySelector<HTMLAnchorElement>("[data-lang-switch]")?.getAttribute("href") ?? null)?.replace(
        /#.*$/,
        "",
      ) ?? null;
  }

  /** Switches the OpenStreetMap tiles on or off. No tile is requested before the reader asks. */
  private setBasemap(on: boolean): void {
    if (on && !this.tiles) {
      this.tiles = L.tileLayer(TILE_URL, {
        maxZoom: 19,
        attribution: `<a href="https://www.openstreetmap.org/copyright">${this.strings.osmAttribution}</a>`,
      }).addTo(this.map);
    } else if (!on && this.tiles) {
      this.tiles.remove();
      this.tiles = null;
    }
    this.restyleAll();
  }

  private restyleAll(): void {
    const palette = readPalette();
    for (const feature of this.features.values()) feature.restyle(palette);
  }

  /** Shows a layer and a selection: map, list, radios, hash and language switch follow. */
  private apply(next: MapHashState, how: { fromHash?: boolean; focusDetails?: boolean; reveal?: boolean } = {}): void {
    const feature = next.select ? this.features.get(next.select) : undefined;
    // A site or a move shows on its own layer only.
    const state: MapHashState = { layer: feature?.layer ?? next.layer, select: feature ? next.select : null };
    this.state = state;
    for (const [layer, group] of Object.entries(this.layerGroups) as [MapLayer, L.LayerGroup][]) {
      if (layer === state.layer) group.addTo(this.map);
      else group.remove();
    }
    for (const radio of this.root.querySelectorAll<HTMLInputElement>('input[name="map-layer"]'))
      radio.checked = radio.value === state.layer;
    for (const item of this.features.values()) {
      const selected = item.key === state.select;
      if (item.details.open !== selected) item.details.open = selected;
      item.details.classList.toggle("is-selected", selected);
    }
    // In the embed the list is folded away: unfold it to show the selection.
    const wrap = feature?.details.parentElement?.closest("details");
    if (wrap && !wrap.open) wrap.open = true;
    this.restyleAll();
    this.placeLabels();
    if (feature) {
      const bounds = feature.bounds();
      if (bounds && (how.reveal || how.fromHash) && !this.map.getBounds().contains(bounds))
        this.map.fitBounds(bounds.pad(0.5), { maxZoom: this.map.getZoom() });
      if (how.focusDetails) feature.details.querySelector("summary")?.focus();
      else if (!how.fromHash) feature.details.scrollIntoView({ block: "nearest" });
    }
    const hash = formatMapHash(state);
    if (!how.fromHash || location.hash !== hash) {
      const url = `${location.pathname}${location.search}${hash}`;
      if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, "", url);
    }
    const link = document.querySelector<HTMLAnchorElement>("[data-lang-switch]");
    if (link && this.langSwitchBase !== null) link.setAttribute("href", `${this.langSwitchBase}${hash}`);
  }
}

/** A county label as Leaflet draws it on one layer. */
interface CountyLabel {
  id: string;
  at: L.LatLng;
  forms: LabelText[];
  marker: L.Marker;
  element: HTMLElement;
}

/** A label form as HTML: its lines, bold runs in `<strong>`, at its share of the type size. */
function labelBox(form: LabelText): HTMLElement {
  const box = document.createElement("span");
  box.className = "map-label-box";
  if (form.scale !== 1) box.style.fontSize = `${form.scale}em`;
  form.lines.forEach((line, i) => {
    if (i > 0) box.append(document.createElement("br"));
    for (const run of line) {
      // Each run isolated, so that a direction override in a name cannot reorder the date after it.
      const isolated = document.createElement("bdi");
      if (run.bold) {
        const strong = document.createElement("strong");
        strong.textContent = run.text;
        isolated.append(strong);
      } else isolated.textContent = run.text;
      box.append(isolated);
    }
  });
  return box;
}

/** A thin line from a label's point (the marker's origin) to its box, with a dot on the point. */
function leaderLine(x: number, y: number): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "map-label-leader");
  svg.setAttribute("width", "1");
  svg.setAttribute("height", "1");
  const line = document.createElementNS(ns, "line");
  line.setAttribute("x2", String(Math.round(x)));
  line.setAttribute("y2", String(Math.round(y)));
  const dot = document.createElementNS(ns, "circle");
  dot.setAttribute("r", "2.5");
  svg.append(line, dot);
  return svg;
}

/** Starts Leaflet on every map of the page; the build-time SVG stays where it fails. */
export async function startMaps(): Promise<void> {
  await Promise.all(
    [...document.querySelectorAll<HTMLElement>("[data-map-root]")].map((root) =>
      new MapApp(root).start().catch((error: unknown) => {
        root.classList.remove("is-enhanced");
        root.querySelector<HTMLElement>("[data-map-leaflet]")?.setAttribute("hidden", "");
        console.warn("map: staying with the static map", error);
      }),
    ),
  );
}
