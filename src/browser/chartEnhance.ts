/**
 * `<chart-enhance>`: tooltips and keyboard focus for a chart that is already in the page as SVG.
 * Nothing is re-rendered: each mark's own `<title>` (Plot's title channel) becomes its tooltip and
 * its accessible name. The chart becomes a group of marks with one tab stop; the arrow keys, Home
 * and End move between marks, Escape hides the tooltip. Without JavaScript the chart stays a
 * labelled image with a data table beside it.
 */
class ChartEnhance extends HTMLElement {
  private tip: HTMLDivElement | undefined;

  connectedCallback(): void {
    if (this.tip) return;
    this.tip = document.createElement("div");
    this.tip.className = "chart-tip";
    this.tip.hidden = true;
    // The marks' own labels carry the text for assistive technology; the tooltip is for the eye.
    this.tip.setAttribute("aria-hidden", "true");
    this.append(this.tip);
    for (const svg of this.querySelectorAll("svg")) this.enhance(svg);
  }

  private enhance(svg: SVGSVGElement): void {
    const marks = [...svg.querySelectorAll<SVGElement>("g title")]
      .map((title) => title.parentElement as unknown as SVGElement | null)
      .filter((mark): mark is SVGElement => mark !== null);
    if (marks.length === 0) return;
    svg.setAttribute("role", "group");
    for (const text of svg.querySelectorAll("text")) text.setAttribute("aria-hidden", "true");
    marks.forEach((mark, i) => {
      const title = mark.querySelector("title");
      const label = title?.textContent ?? "";
      title?.remove();
      mark.dataset.tip = label;
      mark.setAttribute("role", "img");
      mark.setAttribute("aria-label", label);
      mark.setAttribute("tabindex", i === 0 ? "0" : "-1");
      mark.addEventListener("pointerenter", () => this.show(mark));
      mark.addEventListener("pointerleave", () => this.hide());
      mark.addEventListener("focus", () => this.show(mark));
      mark.addEventListener("blur", () => this.hide());
      mark.addEventListener("keydown", (event) => this.move(event, marks, i));
    });
  }

  private move(event: KeyboardEvent, marks: SVGElement[], index: number): void {
    const last = marks.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key === "Escape") {
      this.hide();
      return;
    }
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    marks[index]?.setAttribute("tabindex", "-1");
    marks[target]?.setAttribute("tabindex", "0");
    marks[target]?.focus();
  }

  private show(mark: SVGElement): void {
    const tip = this.tip;
    if (!tip) return;
    tip.textContent = mark.dataset.tip ?? "";
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const left = Math.min(
      Math.max(box.left - host.left + box.width / 2 - tip.offsetWidth / 2, 0),
      host.width - tip.offsetWidth,
    );
    tip.style.left = `${Math.max(left, 0)}px`;
    tip.style.top = `${box.bottom - host.top + 6}px`;
  }

  private hide(): void {
    if (this.tip) this.tip.hidden = true;
  }
}

if (!customElements.get("chart-enhance")) customElements.define("chart-enhance", ChartEnhance);
