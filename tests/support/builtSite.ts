import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { distDir } from "./site";

/** The base path the site was built with (`/` or a sub-path such as `/relocation/`). */
export const basePath = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");

/** Every file under dist/, as paths relative to it, sorted. */
export function builtFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(distDir, path)];
    });
  return walk(distDir).sort();
}

/** Every built HTML page, as paths relative to dist/. */
export function builtPages(): string[] {
  return builtFiles().filter((f) => f.endsWith(".html"));
}

/** Reads a built file as text. */
export function readBuilt(path: string): string {
  return readFileSync(join(distDir, path), "utf8");
}

/** Width and height of a built PNG, from its IHDR chunk; throws if the file is not a PNG. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(join(distDir, path));
  if (bytes.subarray(1, 4).toString("latin1") !== "PNG") throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The file a site URL path resolves to the way a static host serves it: `/x/` → `x/index.html`,
 * `/x` → `x` or `x.html` or `x/index.html`. Returns undefined when nothing is there.
 */
export function resolveSitePath(pathname: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const rest = decodeURIComponent(pathname.slice(basePath.length));
  const candidates =
    rest === "" || rest.endsWith("/") ? [`${rest}index.html`] : [rest, `${rest}.html`, `${rest}/index.html`];
  return candidates.find((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
}

/** The site URL path of a built page: `en/about/index.html` → `/en/about/`. */
export function pagePath(file: string): string {
  return basePath + file.replace(/(^|\/)index\.html$/, "$1");
}
