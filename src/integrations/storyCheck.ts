import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { AstroIntegration } from "astro";
import { getFacts } from "../data/facts";
import { findFactIds, findTypedNumbers } from "../lib/storyCheck";

/** The folder of story sources. */
export const storiesDir = join(process.cwd(), "content", "stories");

/** Problems in the story sources: figures typed by hand and unknown fact ids, as `file:line:column message`. */
export function checkStories(dir = storiesDir): string[] {
  const facts = getFacts();
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
