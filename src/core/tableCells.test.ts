import { describe, expect, it } from "vitest";
import { labelCells } from "./tableCells";

describe("labelCells", () => {
  it("labels each cell of each row with its column, header cells included", () => {
    const html =
      '<tr id="a"><th scope="row" class="font-normal">Xingyi</th><td><span>1</span></td></tr><tr><th scope="row">Anlong</th><td class="num">2</td></tr>';
    expect(labelCells(html, [{ label: "Place" }, { label: "Value" }])).toBe(
      '<tr id="a"><th data-label="Place" scope="row" class="font-normal">Xingyi</th><td data-label="Value"><span>1</span></td></tr><tr><th data-label="Place" scope="row">Anlong</th><td data-label="Value" class="num">2</td></tr>',
    );
  });

  it("leaves elements that only begin with the letters of a cell alone, and escapes the label", () => {
    expect(labelCells("<tr><td><time>2019</time></td><td>x</td></tr>", [{ label: 'Say "when" & <where>' }])).toBe(
      '<tr><td data-label="Say &quot;when&quot; &amp; &lt;where>"><time>2019</time></td><td>x</td></tr>',
    );
  });

  it("marks the cells of wide columns, which take a line of their own in the phone card", () => {
    const columns = [
      { label: "Measure", wide: true },
      { label: "Value", num: true },
    ];
    expect(labelCells("<tr><td>People moved</td><td>1</td></tr>", columns)).toBe(
      '<tr><td data-label="Measure" data-wide>People moved</td><td data-label="Value">1</td></tr>',
    );
  });
});
