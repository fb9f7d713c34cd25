import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { getFacts } from "~/data/facts";
import { basePath, readBuilt } from "../support/builtSite";

/** The evidence register without JavaScript: every figure, once, with its anchor and quote. */
describe.each(["", "en/"])("evidence page %s", (prefix) => {
  const { document } = parseHTML(readBuilt(`${prefix}evidence/index.html`));

  it("holds every figure of every dataset once, each with an anchor", () => {
    const rows = [...document.querySelectorAll("tr[data-row]")];
    expect(rows.map((r) => r.getAttribute("data-row")).sort()).toEqual([...getFacts().keys()].sort());
    for (const r of rows) expect(r.getAttribute("id")).toBe(`e-${r.getAttribute("data-row") ?? ""}`);
  });

  it("shows each reported figure's verbatim quote and links it to its dataset row", () => {
    for (const fact of getFacts().values()) {
      const row = document.getElementById(`e-${fact.id}`);
      if (fact.evidence) expect(row?.querySelector("q")?.textContent?.trim()).toBe(fact.evidence.quote);
      expect(row?.querySelector("a")?.getAttribute("href")).toMatch(new RegExp(`data/${fact.dataset}/#${fact.id}$`));
    }
  });

  it("groups the rows by topic, with a table of contents", () => {
    for (const section of document.querySelectorAll("section.evidence-topic")) {
      const topic = section.id.replace(/^topic-/, "");
      expect(document.querySelector(`nav a[href="#topic-${topic}"]`)).not.toBeNull();
      for (const r of section.querySelectorAll("tr[data-row]")) expect(r.getAttribute("data-topic")).toBe(topic);
    }
  });

  it("gives every row a “report a problem” link to the corrections section that carries its id", () => {
    const about = `${basePath}${prefix}about/`;
    for (const r of document.querySelectorAll("tr[data-row]")) {
      const id = r.getAttribute("data-row") ?? "";
      const href = r.querySelector("a.evidence-report")?.getAttribute("href") ?? "";
      expect(href, id).toMatch(new RegExp(`${about}\\?row=${id}#corrections$`));
    }
  });
});

/** Dataset pages: every evidence row (a table row, or a site's figure) has its own report link. */
describe.each(["", "en/"])("dataset pages %s", (prefix) => {
  it("give every figure a “report a problem” link that carries its id", () => {
    const pages = new Map<string, Document>();
    for (const fact of getFacts().values()) {
      const file = `${prefix}data/${fact.dataset}/index.html`;
      if (!pages.has(file)) pages.set(file, parseHTML(readBuilt(file)).document);
      const row = pages.get(file)?.getElementById(fact.id);
      const links = [...(row?.querySelectorAll("a.evidence-report") ?? [])].map((a) => a.getAttribute("href"));
      expect(links, fact.id).toEqual([`${basePath}${prefix}about/?row=${fact.id}#corrections`]);
    }
  });
});
