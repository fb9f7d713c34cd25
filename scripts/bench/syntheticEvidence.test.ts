import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { syntheticRegister } from "./syntheticEvidence";

const page = `<!doctype html><html><head><title>证据</title></head><body><h1>证据</h1>
<evidence-explorer data-total="3"><div class="evidence-groups">
<section><table><tbody>
<tr id="e-a" data-row="a" data-county="qinglong"><td>1</td><td><a href="#e-a">#</a></td></tr>
<tr id="e-b" data-row="b"><td>2</td><td><a href="#e-b">#</a></td></tr>
</tbody></table></section>
<section><table><tbody><tr id="e-c" data-row="c"><td>3</td><td><a href="#e-c">#</a></td></tr></tbody></table></section>
</div></evidence-explorer></body></html>`;

describe("syntheticRegister", () => {
  it("repeats every row in its own topic under new, unique ids, keeping its keys", () => {
    const { html, rows } = syntheticRegister(page, 10);
    const { document } = parseHTML(html);
    const trs = [...document.querySelectorAll("tr[data-row]")];
    expect(rows).toBe(30);
    expect(trs).toHaveLength(30);
    expect(new Set(trs.map((tr) => tr.id)).size).toBe(30);
    const [first, second] = [...document.querySelectorAll("tbody")];
    expect(first?.querySelectorAll("tr")).toHaveLength(20);
    expect(second?.querySelectorAll("tr")).toHaveLength(10);
    const copy = document.getElementById("e-a-synthetic-7");
    expect(copy?.getAttribute("data-row")).toBe("a-synthetic-7");
    expect(copy?.getAttribute("data-county")).toBe("qinglong");
    expect(copy?.querySelector("a")?.getAttribute("href")).toBe("#e-a-synthetic-7");
    expect(document.querySelector("evidence-explorer")?.getAttribute("data-total")).toBe("30");
  });

  it("says on the page that it is synthetic", () => {
    const { document } = parseHTML(syntheticRegister(page, 10).html);
    expect(document.querySelector("title")?.textContent).toMatch(/^SYNTHETIC ×10/);
    expect(document.querySelector("h1")?.textContent).toMatch(/^SYNTHETIC ×10/);
  });
});
