import { getDisagreements, type Disagreement } from "~/data/conflicts";
import type { Fact } from "~/data/facts";
import { units } from "~/data/units";
import { getDict } from "~/i18n";
import type { Lang } from "~/i18n/locales";
import { getPlaceName } from "~/data/places";
import { formatFactPeriod, formatFactValue } from "~/data/formatFact";
import { tipOf } from "./bars/spec";
import type { Tone } from "~/core/palette";
import type { DotGroup, DotPlotData, DotRow } from "./types";

const wellGraded = new Set(["A", "A/B", "B"]);

/** The zh counter of a fact's unit: figures counted with the same word (个, 人 …) can be set side by side. */
function counter(fact: Fact): string | null {
  return fact.value.type === "number" ? units[fact.value.unit].zh : null;
}

/**
 * The disagreements worth a chart: numeric figures in comparable units, at least one of which
 * differs from the preferred figure, stated by at least two sources graded A or B. Agreements and
 * quarrels among grade C sources only (such as county areas) stay on the sources page.
 */
export function chartedDisagreements(): Disagreement[] {
  return getDisagreements().filter((group) => {
    if (group.agrees.every(Boolean)) return false;
    if (!group.facts.every((f) => f.value.type === "number")) return false;
    if (new Set(group.facts.map(counter)).size !== 1) return false;
    const graded = new Set(
      group.facts
        .filter((f) => f.evidence && wellGraded.has(f.evidence.source.grade))
        .map((f) => f.evidence?.source.id),
    );
    return graded.size >= 2;
  });
}

/** The figures of each charted disagreement as dots, one scale per measure. */
export function buildDisagreements(lang: Lang): DotPlotData {
  const t = getDict(lang);
  const groups = chartedDisagreements().map((group) => {
    const [first] = group.facts as [Fact, ...Fact[]];
    const rows: DotRow[] = group.facts.map((fact, i) => {
      const source = fact.evidence?.source;
      const tone: Tone = i === 0 ? "blue" : group.agrees[i] ? "sky" : "vermillion";
      const flag =
        i === 0 ? t.charts.flags.preferred : group.agrees[i] ? t.charts.flags.agrees : t.charts.flags.differs;
      const parts = [
        source ? `${source.id} (${source.grade})` : t.charts.computed,
        t.status[fact.status],
        formatFactPeriod(fact, lang),
      ].filter((p): p is string => p !== null);
      const label = parts.join(" · ");
      const valueText = formatFactValue(fact, lang);
      return {
        key: fact.id,
        factIds: [fact.id],
        label,
        valueText,
        value: fact.value.type === "number" ? fact.value.number : 0,
        start: 0,
        tone,
        computed: fact.derivation !== null,
        flag,
        tip: tipOf(`${label} · ${flag}`, valueText, fact, lang),
        dotLabel: source ? source.grade : t.charts.computed,
      };
    });
    const dotGroup: DotGroup = {
      key: group.key.replace("/", "-"),
      label: `${first.measure[lang]} · ${getPlaceName(first.entity, lang)}`,
      valueText: null,
      totalFactId: null,
      whole: null,
      rows,
    };
    return dotGroup;
  });
  return {
    kind: "dots",
    groups,
    scaleText: (from, to) =>
      lang === "zh"
        ? `刻度只覆盖${from}至${to}一带，不从零开始。`
        : `The scale spans only ${from} to ${to}; it does not start at zero.`,
  };
}
