/**
 * `npm run check:stories`: the build's story checks on their own — figures typed by hand and
 * unknown <Fact> ids in content/stories/*.mdx, each reported as file:line:column.
 */
import { checkStories } from "../src/integrations/storyCheck";

const problems = checkStories();
if (problems.length > 0) {
  console.error(`✗ ${problems.length} problem(s) in the stories:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log("✓ stories: no figure typed by hand, every <Fact> id exists.");
