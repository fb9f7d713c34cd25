/**
 * The about page's corrections section, when the reader comes from a row's "report a problem"
 * link (`?row=<id>`): shows the row id with a link to the row in the evidence register and puts
 * both into the report's text. Without JavaScript the id stays visible in the address and the
 * instructions ask the reader to include it.
 */
import { fillReport, rowIdFromSearch } from "~/core/corrections";
import { evidencePath } from "~/core/urls";
import type { Lang } from "~/i18n/locales";

function setup(): void {
  const box = document.querySelector<HTMLElement>("[data-corrections]");
  const id = rowIdFromSearch(location.search);
  if (!box || !id) return;
  const link = new URL(evidencePath(box.dataset.lang as Lang, id), location.href).href;
  const shown = box.querySelector<HTMLElement>(".corrections-row");
  const code = shown?.querySelector("code");
  const anchor = shown?.querySelector("a");
  const report = box.querySelector("pre");
  if (!shown || !code || !anchor || !report) return;
  code.textContent = id;
  anchor.href = link;
  report.textContent = fillReport(box.dataset.template ?? "", id, link);
  shown.hidden = false;
}

setup();
