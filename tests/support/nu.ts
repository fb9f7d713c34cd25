import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";

/**
 * The W3C Nu HTML Checker (npm `vnu-jar`), run on Java: `JAVA`, `$JAVA_HOME/bin/java` or `java`
 * on the PATH (Debian's `default-jre-headless`). The package's own install script, which would
 * download a JRE, is denied in package.json: the checker runs with the machine's Java.
 */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

/** The Java binary to run the checker with, or undefined when there is none. */
export function findJava(): string | undefined {
  const candidates = [
    process.env.JAVA,
    process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : undefined,
    "java",
  ].filter((c): c is string => typeof c === "string" && c !== "");
  return candidates.find((java) => spawnSync(java, ["-version"], { stdio: "ignore" }).status === 0);
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/**
 * Every error (and fatal error) the checker reports on the HTML files under `dir`, checked in one
 * JVM run, as `file:line:column message` with the file relative to `dir`.
 */
export function nuErrors(java: string, dir: string): string[] {
  const run = spawnSync(java, ["-Xss4m", "-jar", vnuJar, "--errors-only", "--skip-non-html", "--format", "json", dir], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  const output = run.stderr || run.stdout;
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(output) as { messages: NuMessage[] };
  } catch {
    throw new Error(`the Nu HTML Checker did not report JSON (exit ${run.status}): ${output.slice(0, 2000)}`);
  }
  const errors = report.messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    // The checker's CSS validator predates current CSS (`@property`, `@container`, `margin-trim`,
    // all written by Tailwind 4) and reads only the CSS inlined into pages, never the stylesheet
    // files: its CSS messages are about that validator, not about the HTML it checks.
    .filter((m) => !m.message.startsWith("CSS: "))
    .map((m) => {
      const file = m.url ? relative(dir, decodeURIComponent(new URL(m.url).pathname)) : "?";
      return `${file}:${m.lastLine ?? "?"}:${m.firstColumn ?? m.lastColumn ?? "?"} ${m.message}`;
    });
  // A failing exit without any error message in the report (the CSS messages above count as such).
  if (run.status !== 0 && !report.messages.some((m) => m.type === "error" || m.subType === "fatal"))
    errors.push(`the checker exited with ${run.status}`);
  return errors;
}
