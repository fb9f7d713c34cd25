import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { AstroIntegration } from "astro";
import { chartRegistry } from "../charts/registry";
import { getFacts } from "../data/facts";
import type { Lang } from "../i18n/locales";
import { formatFactValue } from "~/data/formatFact";
import { getDataset } from "~/data/index";
import { countyShortNames } from "~/data/places";
import {
  findBareFractions,
  findBlockFacts,
  findChartIds,
  findDoubledDateCharacters,
  findFactIds,
  findPunctuationStarts,
  findTypedNumbers,
  findUnlinkedCounties,
  type CountyNames,
  type RenderedFact,
} from "~/site/storyCheck";

/** The folder of story sources. */
export const storiesDir = join(process.cwd(), "content", "stories");

/**
 * Problems in the story sources, as `file:line:column message`: figures typed by hand, unknown
 * fact and chart ids, paragraphs that start with punctuation, a <Fact> standing as a block of its own, a
 * date followed by a character its format already wrote, fractions in digits where the source
 * used words, and a county named in a section without a link to its page (findUnlinkedCounties).
 */
export function checkStories(dir = storiesDir): string[] {
  const facts = getFacts();
  const charts = new Set(chartRegistry.map((chart) => chart.id));
  const counties = getDataset("counties", "counties").rows;
  const countyNames = (lang: Lang): CountyNames[] =>
    counties.map((c) => ({ id: c.id, names: [countyShortNames(c)[lang]] }));
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    const source = readFileSync(path, "utf8");
    for (const spot of findTypedNumbers(source)) {
      problems.push(`${file}:${spot.line}:${spot.column} figure typed by hand: "${spot.text}" (use <Fact id="…" />)`);
    }
    for (const spot of findFactIds(source)) {
      if (!facts.has(spot.text)) problems.push(`${file}:${spot.line}:${spot.column} unknown fact id "${spot.text}"`);
    }
    for (const spot of findChartIds(source)) {
      if (!charts.has(spot.text)) problems.push(`${file}:${spot.line}:${spot.column} unknown chart id "${spot.text}"`);
    }
    const lang: Lang = name.endsWith(".en.mdx") ? "en" : "zh";
    const render = (id: string, unit: boolean): RenderedFact | null => {
      const fact = facts.get(id);
      if (!fact) return null;
      return {
        text: formatFactValue(fact, lang, { withUnit: unit }),
        isDate: fact.value.type === "date",
        writtenInWords: !/[0-9０-９]/.test(fact.evidence?.asWritten ?? "0"),
      };
    };
    const at = (spot: { line: number; column: number }) => `${file}:${spot.line}:${spot.column}`;
    for (const spot of findPunctuationStarts(source))
      problems.push(`${at(spot)} paragraph starts with punctuation: "${spot.text}" (join it to the sentence before)`);
    for (const spot of findBlockFacts(source))
      problems.push(`${at(spot)} <Fact> alone on its line becomes a block of its own: join it to its sentence`);
    for (const spot of findDoubledDateCharacters(source, render))
      problems.push(`${at(spot)} date renders as "${spot.text}": the character after <Fact> is already in the date`);
    for (const spot of findBareFractions(source, render))
      problems.push(`${at(spot)} renders as a bare fraction "${spot.text}" where the source used words`);
    for (const spot of findUnlinkedCounties(source, countyNames(lang)))
      problems.push(
        `${at(spot)} county not linked: ${spot.text} (wrap its first mention in each section in <PlaceName id="…">…</PlaceName>)`,
      );
  }
  return problems;
}

/** Stops the build when a story types a figure by hand or cites a fact that does not exist. */
export function storyCheck(): AstroIntegration {
  return {
    name: "story-check",
    hooks: {
      "astro:config:setup": () => {
        const problems = checkStories();
        if (problems.length > 0)
          throw new Error(
            `The stories have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
          );
      },
    },
  };
}
