import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src", import.meta.url));

export default defineConfig({
  resolve: { alias: { "~": src } },
  test: {
    // Dates in the data are calendar dates; pin the zone so formatting never shifts a day.
    env: { TZ: "UTC" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "site", include: ["tests/site/**/*.test.ts"], globalSetup: ["tests/site/globalSetup.ts"] },
      },
      {
        extends: true,
        test: {
          // One build of the whole site from hostile data (tests/fixtures/hostile.ts), then checks
          // over its files and, in Chromium, its layout. The build starts with the run and goes on
          // beside the other projects' tests; this project runs last, by when it is done.
          name: "hostile",
          include: ["tests/hostile/**/*.test.ts"],
          globalSetup: ["tests/hostile/globalSetup.ts"],
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          sequence: { groupOrder: 1 },
          globalSetup: ["tests/browser/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
