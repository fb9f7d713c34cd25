/** A column of a data table (src/components/DataTable.astro). */
export interface TableColumn {
  label: string;
  /** A column of figures, aligned to the end on wide screens. */
  num?: boolean;
  /**
   * A column of long text (a measure, the evidence): a line of its own in the narrow-screen card,
   * where the other cells sit side by side as room allows.
   */
  wide?: boolean;
}

/** Escapes a text for a double-quoted HTML attribute. */
const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Gives every cell of a table body's rows (`<td>` or `<th>`, in order within its row) the label of
 * its column as `data-label`, which the narrow-screen card layout shows before the cell's content,
 * and marks the cells of wide columns `data-wide` (src/styles/base.css). The labels are the
 * table's column headers, so they are written once, in the column list; a row with more cells than
 * columns leaves the extra cells unlabelled. Cells must not contain tables.
 */
export function labelCells(rowsHtml: string, columns: readonly TableColumn[]): string {
  return rowsHtml
    .split(/(?=<tr\b)/)
    .map((row) => {
      let cell = 0;
      return row.replace(/<t([dh])\b/g, (tag: string) => {
        const column = columns[cell++];
        if (column === undefined) return tag;
        return `${tag} data-label="${attribute(column.label)}"${column.wide ? " data-wide" : ""}`;
      });
    })
    .join("");
}
