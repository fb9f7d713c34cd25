/**
 * The corrections section of the about page reads the row a reader reports from its address
 * (`/about/?row=<id>#corrections`, the "report a problem" link of an evidence row) and fills the
 * report's text with it. Pure functions, shared by the page (the no-JS text) and its script.
 */

/** Row ids are fact ids: lower-case letters, digits and hyphens (`completion-2019-qinglong`). */
const ROW_ID = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;

/** The row id in a URL query (`?row=…`), or null when there is none or it is not a row id. */
export function rowIdFromSearch(search: string): string | null {
  const row = new URLSearchParams(search).get("row")?.trim() ?? "";
  return ROW_ID.test(row) ? row : null;
}

/** The report's text: the template with `{row}` and `{link}` filled in. */
export function fillReport(template: string, row: string, link: string): string {
  return template.replaceAll("{row}", row).replaceAll("{link}", link);
}
