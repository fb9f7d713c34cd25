/**
 * `<evidence-explorer>`: enhances the static evidence register with filters, search, sorting, a
 * match count, the state in the URL, a CSV download of the rows shown and a "cite" dialog per row,
 * which copies the row's citations as the build wrote them (src/data/citation.ts), loaded from
 * the file named by `data-citations` when the dialog is first opened. Without JavaScript the page is the complete register grouped
 * by topic; the logic lives in src/core/evidenceFilter.ts (unit-tested).
 */
import {
  filterRows,
  formatState,
  parseState,
  toCsvText,
  type EvidenceKeys,
  type FilterState,
  type SortKey,
} from "~/core/evidenceFilter";

interface Row extends EvidenceKeys {
  tr: HTMLTableRowElement;
  home: HTMLTableSectionElement;
}

type Labels = Record<"citeTitle" | "copy" | "copied" | "close" | "plain" | "bibtex" | "permalink", string>;

/** A row's citations as the build wrote them. */
type Citations = Record<string, { plain: string; bibtex: string } | undefined>;

/** Rows shown at once; "show more" adds as many again. Today's register (under 400 rows) fits whole. */
const PAGE = 500;

const text = (el: Node | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

class EvidenceExplorer extends HTMLElement {
  private rows: Row[] = [];
  private form!: HTMLFormElement;
  private flat!: HTMLElement;
  private groups!: HTMLElement;
  private labels!: Labels;
  private citations: Promise<Citations> | null = null;
  private dialog: HTMLDialogElement | null = null;
  private limit = PAGE;
  private wasFlat = false;
  private get more(): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(".evidence-more");
  }

  connectedCallback(): void {
    const form = this.querySelector("form");
    const flat = this.querySelector<HTMLElement>(".evidence-flat");
    const groups = this.querySelector<HTMLElement>(".evidence-groups");
    if (!form || !flat || !groups) return;
    this.form = form;
    this.flat = flat;
    this.groups = groups;
    this.labels = JSON.parse(this.dataset.labels ?? "{}") as Labels;
    // The form and the rows' cite buttons are in the page already, shown by CSS only when scripts
    // run (`@media (scripting: none)` hides them): nothing moves or is added when this starts.
    this.rows = [...groups.querySelectorAll<HTMLTableRowElement>("tr[data-row]")].map((tr) => {
      const d = tr.dataset;
      const value = d.value === undefined ? Number.NaN : Number(d.value);
      return {
        tr,
        home: tr.parentElement as HTMLTableSectionElement,
        id: d.row ?? "",
        topic: d.topic ?? "",
        county: d.county ?? "",
        source: d.source ?? "",
        grade: d.grade ?? "",
        period: d.period ?? "",
        status: d.status ?? "",
        value,
        text: `${text(tr)} ${d.alt ?? ""} ${d.row ?? ""}`,
      };
    });
    this.writeForm(parseState(location.search));
    form.addEventListener("input", () => this.update());
    form.addEventListener("change", () => this.update());
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.update();
    });
    form.addEventListener("reset", () => setTimeout(() => this.update(), 0));
    this.querySelector(".evidence-download")?.addEventListener("click", () => this.download());
    this.more?.addEventListener("click", () => {
      this.limit += PAGE;
      this.render(this.readForm());
    });
    this.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-cite]");
      if (button) void this.cite(button.dataset.cite ?? "", button);
    });
    this.render(parseState(location.search));
  }

  private readForm(): FilterState {
    const data = new FormData(this.form);
    const get = (name: string) => String(data.get(name) ?? "").trim();
    return {
      topic: get("topic"),
      county: get("county"),
      source: get("source"),
      grade: get("grade"),
      status: get("status"),
      from: /^\d{4}$/.test(get("from")) ? get("from") : "",
      to: /^\d{4}$/.test(get("to")) ? get("to") : "",
      q: get("q"),
      sort: (get("sort") || "topic") as SortKey,
      desc: get("desc") === "1",
    };
  }

  private writeForm(state: FilterState): void {
    for (const [name, value] of Object.entries(state)) {
      const field = this.form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.type === "checkbox") field.checked = value === true;
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value);
    }
  }

  private update(): void {
    const state = this.readForm();
    const query = formatState(state);
    history.replaceState(history.state, "", `${location.pathname}${query}${location.hash}`);
    this.limit = PAGE;
    this.render(state);
  }

  private shown: Row[] = [];

  private render(state: FilterState): void {
    const shown = filterRows(this.rows, state);
    // Past PAGE matches only the first PAGE are laid out; "show more" reveals the next.
    const visible = new Set(shown.slice(0, this.limit));
    this.shown = shown;
    for (const row of this.rows) row.tr.hidden = !visible.has(row);
    const flat = state.sort !== "topic" || state.desc;
    const flatBody = this.flat.querySelector("tbody");
    if (flat && flatBody) {
      flatBody.append(...shown.map((r) => r.tr));
    } else if (this.wasFlat) {
      for (const row of this.rows) row.home.append(row.tr);
    }
    this.wasFlat = flat;
    this.flat.hidden = !flat;
    this.groups.hidden = flat;
    for (const section of this.groups.querySelectorAll<HTMLElement>(".evidence-topic"))
      section.hidden = !section.querySelector("tr[data-row]:not([hidden])");
    const more = this.more;
    if (more) {
      const rest = shown.length - visible.size;
      more.hidden = rest <= 0;
      more.textContent = (more.dataset.template ?? "{count}").replace("{count}", String(Math.min(rest, PAGE)));
    }
    const count = this.querySelector("output");
    if (count)
      count.textContent = (this.dataset.countTemplate ?? "{count}")
        .replace("{count}", String(shown.length))
        .replace("{total}", String(this.rows.length));
    const share = this.querySelector<HTMLAnchorElement>(".evidence-share");
    if (share) share.href = `${location.pathname}${formatState(state)}`;
  }

  private permalink(id: string): string {
    return new URL(`${location.pathname}#e-${id}`, location.href).href;
  }

  private cells(row: Row): string[] {
    const [figure, measure, , quote] = [...row.tr.cells];
    return [
      row.id,
      row.topic,
      text(measure?.querySelector("span")),
      row.county,
      text(measure?.firstChild),
      text(figure?.querySelector("a")),
      row.period,
      row.status,
      row.source,
      row.grade,
      text(quote?.querySelector("q")),
      this.permalink(row.id),
    ];
  }

  private download(): void {
    const header = [
      "id",
      "dataset",
      "place",
      "county",
      "measure",
      "figure",
      "period",
      "status",
      "source",
      "grade",
      "quote",
      "permalink",
    ];
    const csv = toCsvText(
      header,
      this.shown.map((r) => this.cells(r)),
    );
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    link.download = `evidence-${this.dataset.lang ?? "zh"}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** The citations of every row, fetched once. */
  private loadCitations(): Promise<Citations> {
    this.citations ??= fetch(this.dataset.citations ?? "")
      .then((response) => (response.ok ? (response.json() as Promise<Citations>) : {}))
      .catch(() => ({}));
    return this.citations;
  }

  private async cite(id: string, opener: HTMLElement): Promise<void> {
    const citation = (await this.loadCitations())[id];
    if (!citation) return;
    const url = this.permalink(id);
    const l = this.labels;
    const dialog = this.dialog ?? document.createElement("dialog");
    this.dialog = dialog;
    dialog.className =
      "evidence-dialog m-auto max-w-[min(40rem,95vw)] rounded border border-rule bg-paper p-4 text-ink";
    dialog.setAttribute("aria-labelledby", "cite-title");
    dialog.replaceChildren();
    const title = document.createElement("h2");
    title.id = "cite-title";
    title.className = "font-bold";
    title.textContent = `${l.citeTitle}: ${id}`;
    dialog.append(title);
    for (const [label, value] of [
      [l.plain, citation.plain],
      [l.bibtex, citation.bibtex],
      [l.permalink, url],
    ] as const) {
      const block = document.createElement("div");
      block.className = "mt-3 text-sm";
      const head = document.createElement("p");
      head.className = "font-semibold";
      head.textContent = label;
      const pre = document.createElement("pre");
      pre.className = "mt-1 max-w-prose overflow-x-auto whitespace-pre-wrap rounded border border-rule p-2 text-xs";
      pre.textContent = value;
      const copy = document.createElement("button");
      copy.type = "button";
      copy.className = "mt-1 rounded border border-rule px-2 py-0.5";
      copy.textContent = l.copy;
      copy.addEventListener("click", () => {
        void navigator.clipboard?.writeText(value).then(() => (copy.textContent = l.copied));
      });
      block.append(head, pre, copy);
      dialog.append(block);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.className = "mt-4 rounded border border-rule px-2 py-0.5";
    close.textContent = l.close;
    close.addEventListener("click", () => dialog.close());
    dialog.append(close);
    dialog.addEventListener("close", () => opener.focus(), { once: true });
    if (!dialog.isConnected) document.body.append(dialog);
    dialog.showModal();
  }
}

if (!customElements.get("evidence-explorer")) customElements.define("evidence-explorer", EvidenceExplorer);
