import type { AstroIntegration } from "astro";
import { checkDataDir, dataDir } from "../data/index";
import { DataValidationError } from "../data/issues";

/**
 * Validates every dataset before Astro writes anything: bad data stops the build with the file,
 * row, field and reason of each problem, and no page of a half-valid site is produced.
 */
export function dataCheck(): AstroIntegration {
  return {
    name: "data-check",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        const { data, issues } = checkDataDir(dataDir());
        if (issues.length > 0) throw new DataValidationError(issues);
        const rows = data.datasets.reduce((n, d) => n + d.rows.length, 0);
        logger.info(`${data.datasets.length} datasets, ${rows} rows, ${data.checks.length} consistency checks: valid`);
      },
    },
  };
}
