/** One problem found in the data, located as precisely as possible. */
export interface DataIssue {
  /** The file, relative to the project root (e.g. `data/relocation.json`). */
  file: string;
  /** 1-based row number within the file's `rows`, or null for a file-level problem. */
  row: number | null;
  /** The row's id, where it has one. */
  id: string | null;
  /** The field, as a dotted path (e.g. `people.asWritten`), or null. */
  field: string | null;
  reason: string;
}

/** `data/relocation.json › row 12 (id "x") › asWritten: "33.85万" does not occur in the quote` */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.row !== null) where.push(`row ${issue.row}${issue.id ? ` (id "${issue.id}")` : ""}`);
  if (issue.field) where.push(`field "${issue.field}"`);
  return `${where.join(" › ")}: ${issue.reason}`;
}

/** Thrown when the data is invalid: the build stops and prints every issue. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];

  constructor(issues: DataIssue[]) {
    super(`The data has ${issues.length} problem(s):\n${issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}`);
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
