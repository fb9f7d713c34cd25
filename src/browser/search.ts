/**
 * The search box: queries the Pagefind index of the page's language and lists the results above
 * the full listing. Without JavaScript the form stays hidden and the listing is the fallback.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>("form[data-search]");
const input = form?.querySelector<HTMLInputElement>("input[type=search]");
const output = document.querySelector<HTMLElement>("[data-search-results]");

if (form && input && output) {
  form.hidden = false;
  document.querySelector("[data-search-noscript]")?.setAttribute("hidden", "");
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ form.dataset.index ?? "") as Promise<Pagefind>);
  const search = async (query: string) => {
    if (query.trim() === "") {
      output.replaceChildren();
      return;
    }
    output.textContent = form.dataset.loading ?? "";
    const { results } = await (await load()).search(query);
    const items = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    status.textContent =
      items.length === 0 ? (form.dataset.none ?? "") : `${results.length} ${form.dataset.results ?? ""}`;
    const list = document.createElement("ol");
    for (const item of items) {
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      const excerpt = document.createElement("p");
      // Pagefind escapes the page text and wraps the matches in <mark>.
      excerpt.innerHTML = item.excerpt;
      li.append(link, excerpt);
      list.append(li);
    }
    output.replaceChildren(status, list);
    history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void search(input.value);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
