/**
 * Layout checks that run inside a page: `await page.evaluate(horizontalOverflow)` returns a string
 * array. They are kept as source text because the test runners' transforms (name helpers,
 * rewritten imports) would otherwise leak into the code sent to the browser.
 */

/**
 * Elements that stick out past the right edge of the viewport and make the page scroll sideways:
 * the innermost ones, outside containers that scroll or clip on purpose (wide tables scroll in
 * their own region; an SVG clips its own text). Empty when the page does not scroll sideways.
 * Each is described as a short CSS path with its right edge.
 */
export const horizontalOverflow = `(() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const out = new Set();
  function describe(el) {
    const parts = [];
    for (let x = el; x && x !== document.body && parts.length < 4; x = x.parentElement) {
      const cls = typeof x.className === "string" && x.className.trim() ? "." + x.className.trim().split(/\\s+/)[0] : "";
      parts.unshift(x.tagName.toLowerCase() + (x.id ? "#" + x.id : cls));
    }
    return parts.join(" > ");
  }
  function inScroller(el) {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (a.localName === "svg" || /(auto|scroll|hidden|clip)/.test(getComputedStyle(a).overflowX)) return true;
    }
    return false;
  }
  for (const el of document.querySelectorAll("body *")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    if ([...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) continue;
    if (inScroller(el)) continue;
    out.add(describe(el) + " (right edge " + Math.round(box.right) + " px > " + width + " px)");
  }
  return [...out];
})()`;

/**
 * Text that a bidirectional override or embedding in the data (U+202A–U+202E, U+2066–U+2068)
 * could reorder: for each rendered text node holding such a character, the rendered text that
 * follows it in the same bidi paragraph (up to the nearest block, atomic inline, SVG text or
 * isolating element, a <br>, or an SVG text chunk that starts at its own x or y). An unclosed U+202E there shows that text backwards — for example the
 * figure after a name. One line per leak: where it is and the text at risk.
 */
export const bidiLeaks = `(() => {
  const control = /[\\u202A-\\u202E\\u2066-\\u2068]/;
  const leaks = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!control.test(node.data)) continue;
    const parent = node.parentElement;
    if (!parent || parent.getClientRects().length === 0) continue;
    if (parent.closest("title, desc, script, style, template, noscript")) continue;
    let boundary = parent;
    let isolated = false;
    while (boundary) {
      const style = getComputedStyle(boundary);
      if (/isolate|plaintext/.test(style.unicodeBidi)) { isolated = true; break; }
      const svgText = boundary.namespaceURI === "http://www.w3.org/2000/svg" && boundary.localName === "text";
      if (svgText || (style.display !== "inline" && style.display !== "contents")) break;
      boundary = boundary.parentElement;
    }
    if (isolated || !boundary) continue;
    // The text after the node, up to the end of the paragraph. In SVG text, a tspan with its own
    // x or y starts a new text chunk, which Chromium lays out as a paragraph of its own.
    let after = "";
    const rest = document.createTreeWalker(boundary, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    rest.currentNode = node;
    for (let next = rest.nextNode(); next; next = rest.nextNode()) {
      if (next.nodeType === Node.ELEMENT_NODE) {
        if (next.namespaceURI === "http://www.w3.org/2000/svg" && (next.hasAttribute("x") || next.hasAttribute("y"))) break;
        // A forced line break ends the paragraph too.
        if (next.localName === "br") break;
        continue;
      }
      after += next.data;
    }
    after = after.replace(/\\s+/g, " ").trim();
    if (after !== "") {
      const where = boundary.localName + (boundary.id ? "#" + boundary.id : "") +
        (typeof boundary.className === "string" && boundary.className.trim() ? "." + boundary.className.trim().split(/\\s+/)[0] : "");
      leaks.push(where + ": “" + after.slice(0, 60) + "”");
    }
  }
  return leaks;
})()`;

/**
 * Table cells whose text a reader cannot see in full, on the page as laid out: a shown cell that
 * sticks out of the viewport or of an ancestor that clips or scrolls (a scroll region hides what is
 * past its edge), or an element in a cell whose content is wider than its box while it hides or
 * scrolls the overflow ("338,506 peopl"). Cells that are hidden on purpose (a visually hidden
 * header row, rows a filter hid) are skipped. The first line says when the page itself scrolls
 * sideways. Empty when every cell reads in full.
 */
export const tableClipping = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > width) out.push("the page scrolls sideways: " + scrollWidth + " px > " + width + " px");
  function describe(el) {
    const row = el.closest("tr");
    const where = row && row.id ? "tr#" + row.id : el.closest("table")?.closest("[id]")?.id ?? "";
    return where + " " + el.localName + " “" + el.textContent.replace(/\\s+/g, " ").trim().slice(0, 40) + "”";
  }
  const clips = (el) => getComputedStyle(el).overflowX !== "visible";
  for (const cell of document.querySelectorAll("table td, table th")) {
    if (cell.getClientRects().length === 0 || !cell.checkVisibility({ contentVisibilityAuto: true })) continue;
    let hidden = false;
    for (let a = cell.parentElement; a && a !== document.body; a = a.parentElement)
      if (getComputedStyle(a).clipPath !== "none") hidden = true;
    if (hidden) continue;
    const box = cell.getBoundingClientRect();
    if (box.right > width + 1 || box.left < -1)
      out.push(describe(cell) + ": spans " + Math.round(box.left) + "–" + Math.round(box.right) + " px of a " + width + " px screen");
    for (let a = cell.parentElement; a && a !== document.body; a = a.parentElement) {
      if (!clips(a)) continue;
      const edge = a.getBoundingClientRect();
      if (box.right > edge.right + 1 || box.left < edge.left - 1)
        out.push(describe(cell) + ": cut by its " + a.localName + "." + (a.className || "") + " at " + Math.round(edge.right) + " px");
    }
    for (const el of [cell, ...cell.querySelectorAll("*")]) {
      if (el.getClientRects().length === 0 || !clips(el) || getComputedStyle(el).clipPath !== "none") continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(describe(el) + ": its text is " + el.scrollWidth + " px wide in a " + el.clientWidth + " px box");
    }
  }
  return out;
})()`;
