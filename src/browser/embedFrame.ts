/**
 * The embed page's side of embedding: it applies the URL options (`dark=auto|true|false`,
 * `plain`), shows a notice when the data changed after the embed code was copied, and tells the
 * host page its height whenever that changes. The messages carry only the height, in the AMP
 * format and in the `datawrapper-height` format that many CMS plugins already listen for.
 */
const root = document.documentElement;
const params = new URLSearchParams(location.search);
const chartId = root.dataset.chart ?? "";

const dark = params.get("dark");
if (dark === "true") root.dataset.theme = "dark";
else if (dark === "false") root.dataset.theme = "light";
if (params.has("plain")) root.classList.add("embed-plain");

/** True when version `a` (x.y.z) is older than `b`. */
function isOlder(a: string, b: string): boolean {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (Number.isNaN(x)) return false;
    if (x !== y) return x < y;
  }
  return false;
}

const embedded = params.get("v");
const notice = document.getElementById("embed-updated");
if (embedded && notice && isOlder(embedded, root.dataset.version ?? "")) notice.hidden = false;

const content = document.getElementById("embed");
let lastHeight = 0;

function postHeight(force = false): void {
  if (!content || window.parent === window) return;
  const height = Math.ceil(content.getBoundingClientRect().height);
  if (height === lastHeight && !force) return;
  lastHeight = height;
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  window.parent.postMessage({ "datawrapper-height": { [chartId]: height } }, "*");
}

if (content) new ResizeObserver(() => postHeight()).observe(content);
// A host script that loads after this page asks for the height again.
window.addEventListener("message", (event) => {
  if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === "embed-size-request")
    postHeight(true);
});
postHeight();
