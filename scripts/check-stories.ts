/**
 * `npm run check:stories`: the build's story checks on their own — figures typed by hand, unknown
 * <Fact> and <Chart> ids, paragraphs opening on punctuation, a <Fact> alone as a block, a date doubling a
 * character, a bare fraction where the source used words — in content/stories/*.mdx, each
 * reported as file:line:column.
 */
import { checkStories } from "../src/integrations/storyCheck";

const problems = checkStories();
if (problems.length > 0) {
  console.error(`✗ ${problems.length} problem(s) in the stories:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  "✓ stories: no figure typed by hand, every <Fact> and <Chart> id exists, no paragraph opens on punctuation, no <Fact> stands alone, no date doubles a character, no fraction in digits where the source used words.",
);
