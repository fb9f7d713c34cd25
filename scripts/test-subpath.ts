/**
 * `npm run test:subpath`: builds the site as it would be served from a sub-path of another
 * origin (BASE_PATH=/sub/, SITE_URL=https://example.org) into a throw-away folder, then runs the
 * link check and the security tests against that build, so that every link, asset, feed entry,
 * oEmbed URL and header rule is shown to work under a base path. The folder is removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildOutDir } from "../tests/support/outDir";

const outDir = buildOutDir("subpath");
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: "1",
  BASE_PATH: process.env.SUBPATH_BASE ?? "/sub/",
  SITE_URL: process.env.SUBPATH_SITE ?? "https://example.org",
  DIST_DIR: outDir,
};

function run(command: string, args: string[]): void {
  console.log(`\n== ${command} ${args.join(" ")}  (BASE_PATH=${env.BASE_PATH} SITE_URL=${env.SITE_URL})`);
  const result = spawnSync(command, args, {
    env,
    stdio: "inherit",
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
}

const started = Date.now();
run("astro", ["build", "--outDir", outDir]);
run("vitest", ["run", "--project", "site", "tests/site/links.test.ts", "tests/site/security.test.ts"]);
rmSync(outDir, { recursive: true, force: true });
console.log(`\n✓ the site works under ${env.BASE_PATH} (${Math.round((Date.now() - started) / 1000)} s)`);
