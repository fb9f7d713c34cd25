import type { TableColumn } from "~/core/tableCells";
import { getDict, type Lang } from "~/i18n";

/**
 * The columns of a table of facts whose rows end in FactCells (src/components/data/FactCells.astro):
 * the measure (unless the table's heading names it), the value (aligned as figures when `num`),
 * then the period, status and source of the fact. The measure and source take a line each in a
 * phone's card (`wide`).
 */
export function factColumns(lang: Lang, { measure = true, num = false } = {}): TableColumn[] {
  const t = getDict(lang).data;
  return [
    ...(measure ? [{ label: t.measure, wide: true }] : []),
    { label: t.value, num },
    { label: t.period },
    { label: t.status },
    { label: t.source, wide: true },
  ];
}
