/**
 * `npm run validate`: checks every dataset in data/ (or DATA_DIR) against its schema and the
 * cross-checks, prints each problem with file, row, field and reason, and exits non-zero on any.
 */
import { checkDataDir, dataDir } from "../src/data/index";
import { formatIssue } from "../src/data/issues";

const dir = process.argv[2] ?? dataDir();
const { data, issues } = checkDataDir(dir);
if (issues.length > 0) {
  console.error(`✗ ${issues.length} problem(s) in ${dir}:`);
  for (const issue of issues) console.error(`  - ${formatIssue(issue)}`);
  process.exit(1);
}
const rows = data.datasets.reduce((n, d) => n + d.rows.length, 0);
console.log(`✓ ${data.datasets.length} datasets, ${rows} rows, ${data.checks.length} consistency checks: all valid.`);
