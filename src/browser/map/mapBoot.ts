/**
 * The map page's first script: small, so that the build-time SVG is what the page paints and
 * nothing competes with it. It keeps the URL hash, the layer switch and the list in step from the
 * first moment (the SVG's features are links to the list), and loads Leaflet (`./mapApp`) only
 * when the reader reaches for the map (pointer, wheel, touch or focus on it). Not when the page is
 * idle: the SVG already shows the whole map, so a reader who only looks at it never downloads
 * Leaflet (47 KB), and a phone is not kept busy drawing the same map a second time just after the
 * page has loaded (Lighthouse counted that start as 400–700 ms of blocking time). A reader who has
 * tabbed into the SVG keeps focus: Leaflet moves it to the same feature on its map.
 */
import { defaultMapHash, formatMapHash, parseMapHash, type MapHashState } from "~/map/hash";
import { isMapLayer } from "~/map/types";

let loading: Promise<void> | null = null;

/** Loads and starts Leaflet on every map of the page (once). */
function enhance(): Promise<void> {
  loading ??= import("./mapApp")
    .then((app) => app.startMaps())
    .catch((error: unknown) => console.warn("map: staying with the static map", error));
  return loading;
}

/** True once Leaflet has taken the root over (it then owns the hash and the list). */
const started = (root: HTMLElement) => root.classList.contains("is-enhanced");

const radios = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[name="map-layer"]')];
const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLDetailsElement>("details[data-map-item]")];

/** Shows a hash's layer and selection with the static map: the radio, the open entry. */
function show(root: HTMLElement, state: MapHashState): void {
  const item = state.select ? items(root).find((d) => d.dataset.mapItem === state.select) : undefined;
  const layer = isMapLayer(item?.dataset.layer) ? item.dataset.layer : state.layer;
  for (const radio of radios(root)) radio.checked = radio.value === layer;
  if (item) {
    item.open = true;
    const wrap = item.parentElement?.closest("details");
    if (wrap) wrap.open = true;
  }
}

/** The static map's state as a hash: the checked layer and the open entry. */
function current(root: HTMLElement): MapHashState {
  const layer = radios(root).find((r) => r.checked)?.value;
  const open = items(root).find((d) => d.open);
  return {
    layer: isMapLayer(layer) ? layer : defaultMapHash.layer,
    select: open?.dataset.mapItem ?? null,
  };
}

function writeHash(root: HTMLElement): void {
  if (started(root)) return;
  const hash = formatMapHash(current(root));
  const url = `${location.pathname}${location.search}${hash}`;
  if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, "", url);
  const link = document.querySelector<HTMLAnchorElement>("[data-lang-switch]");
  if (link) link.setAttribute("href", `${(link.getAttribute("href") ?? "").replace(/#.*$/, "")}${hash}`);
}

function boot(root: HTMLElement): void {
  show(root, parseMapHash(location.hash));
  addEventListener("hashchange", () => {
    if (!started(root)) show(root, parseMapHash(location.hash));
  });
  for (const radio of radios(root)) radio.addEventListener("change", () => writeHash(root));
  for (const item of items(root)) item.addEventListener("toggle", () => writeHash(root));
  writeHash(root);

  const frame = root.querySelector<HTMLElement>(".map-frame");
  if (!frame) return;
  for (const type of ["pointerdown", "pointerenter", "wheel", "touchstart", "focusin"] as const)
    frame.addEventListener(type, () => void enhance(), { once: true, passive: true });
}

for (const root of document.querySelectorAll<HTMLElement>("[data-map-root]")) boot(root);
