/**
 * The synthetic evidence register of `npm run bench:evidence`: the built page with every row
 * repeated, for measuring the explorer at ten times today's rows. Never written into the site.
 */
import { parseHTML } from "linkedom";

/** The built register with every row repeated `times` times under synthetic ids. */
export function syntheticRegister(html: string, times: number): { html: string; rows: number } {
  const { document } = parseHTML(html);
  let rows = 0;
  for (const body of document.querySelectorAll(".evidence-groups tbody")) {
    const originals = [...body.querySelectorAll("tr[data-row]")];
    for (let n = 2; n <= times; n++) {
      for (const tr of originals) {
        const copy = tr.cloneNode(true) as Element;
        const id = `${tr.getAttribute("data-row") ?? ""}-synthetic-${n}`;
        copy.setAttribute("id", `e-${id}`);
        copy.setAttribute("data-row", id);
        for (const a of copy.querySelectorAll('a[href^="#e-"]')) a.setAttribute("href", `#e-${id}`);
        body.append(copy);
      }
    }
    rows += body.querySelectorAll("tr[data-row]").length;
  }
  const title = document.querySelector("title");
  if (title) title.textContent = `SYNTHETIC ×${times} — ${title.textContent ?? ""}`;
  const h1 = document.querySelector("h1");
  if (h1) h1.textContent = `SYNTHETIC ×${times}: ${h1.textContent ?? ""}`;
  document.querySelector("evidence-explorer")?.setAttribute("data-total", String(rows));
  return { html: `<!doctype html>\n${document.documentElement.outerHTML}`, rows };
}
