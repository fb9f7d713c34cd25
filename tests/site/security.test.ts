import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { basePath, builtFiles, builtPages, pagePath, readBuilt } from "../support/builtSite";
import { afterPaintHash } from "../../src/integrations/afterPaint";
import { headersFor, matchingRules, parseCsp, readHeaders } from "../support/headers";
import { distDir } from "../support/site";
import { pageTypeOf } from "../support/weights";
import { defaultSiteUrl } from "~/core/siteUrl";

/**
 * Security of the built site: the headers that `_headers` gives each URL (the same file serves
 * Netlify and Cloudflare Pages; docs/nginx.conf must carry the same policies), and what the HTML
 * itself must not contain — inline event handlers, inline scripts the policy would block,
 * `javascript:` URLs, and links that open a new window without `rel=noopener`.
 */
const headersFile = join(distDir, "_headers");
const rules = existsSync(headersFile) ? readHeaders(headersFile) : [];
const pages = builtPages();
const siteOrigin = new URL(process.env.SITE_URL ?? defaultSiteUrl).origin;
const tileHost = "https://tile.openstreetmap.org";

/** What kind of policy a page needs. */
function policyKind(file: string): "embed" | "map" | "search" | "strict" {
  const path = file.replace(/^en\//, "");
  if (path.startsWith("embed/")) return "embed";
  if (path.startsWith("map/")) return "map";
  if (path.startsWith("search/")) return "search";
  return "strict";
}

function cspOf(file: string): string | undefined {
  return headersFor(rules, pagePath(file))["content-security-policy"];
}

describe("security headers (_headers)", () => {
  it("is in the built site", () => {
    expect(existsSync(headersFile)).toBe(true);
    expect(rules.length).toBeGreaterThan(5);
  });

  it("gives every built file nosniff, a Referrer-Policy and a Permissions-Policy", () => {
    const missing = builtFiles()
      .filter((f) => f !== "_headers")
      .filter((file) => {
        const h = headersFor(rules, basePath + file);
        return (
          h["x-content-type-options"] !== "nosniff" ||
          !h["referrer-policy"] ||
          !/camera=\(\)/.test(h["permissions-policy"] ?? "")
        );
      });
    expect(missing).toEqual([]);
  });

  it.each(pages)("%s gets one Content-Security-Policy, the right one for its kind", (file) => {
    const url = pagePath(file);
    // Hosts merge a header set by two matching rules differently: no URL may be matched twice.
    const setting = matchingRules(rules, url).filter((r) =>
      r.headers.some(([name]) => name.toLowerCase() === "content-security-policy"),
    );
    expect(
      setting.map((r) => `line ${r.line}: ${r.pattern}`),
      "rules setting the CSP",
    ).toHaveLength(1);
    const csp = parseCsp(cspOf(file) ?? "");
    const kind = policyKind(file);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual([
      "'self'",
      ...(kind === "search" ? ["'wasm-unsafe-eval'"] : []),
      ...(kind === "embed" || kind === "strict" ? [afterPaintHash] : []),
    ]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(kind === "map" ? ["'self'", "data:", tileHost] : ["'self'", "data:"]);
    expect(csp.get("frame-ancestors")).toEqual(kind === "embed" ? ["*"] : ["'self'"]);
  });

  it("docs/nginx.conf sends the same policies", () => {
    const nginx = readFileSync(fileURLToPath(new URL("../../docs/nginx.conf", import.meta.url)), "utf8");
    const block = /map \$uri \$site_csp \{([\s\S]*?)\n\}/.exec(nginx)?.[1] ?? "";
    const inNginx = new Set([...block.matchAll(/"([^"]+)";/g)].map((m) => m[1]));
    const inHeaders = new Set(
      rules.flatMap((r) => r.headers.filter(([n]) => n.toLowerCase() === "content-security-policy").map(([, v]) => v)),
    );
    expect(inNginx.size).toBeGreaterThan(0);
    expect([...inNginx].sort()).toEqual([...inHeaders].sort());
    for (const header of ["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]) {
      const value = rules
        .find((r) => r.pattern.endsWith("/*") && r.headers.some(([n]) => n === header))
        ?.headers.find(([n]) => n === header)?.[1];
      expect(nginx, header).toContain(`add_header ${header} "${value}" always;`);
    }
  });
});

/** Script types a browser does not run (data blocks): CSP does not apply to them. */
const dataBlock = /^(application\/(ld\+)?json|text\/plain|text\/template|application\/x-template)$/i;
/** Attributes that hold URLs a browser may navigate to or load. */
const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "cite", "background"];

/** Everything in a page that a strict CSP would block or that opens a hole, one line each. */
function problemsIn(file: string): string[] {
  const { document } = parseHTML(readBuilt(file));
  const csp = parseCsp(cspOf(file) ?? "");
  const scriptSources = csp.get("script-src") ?? csp.get("default-src") ?? [];
  const problems: string[] = [];
  const describe = (el: Element) => `<${el.localName}${el.id ? ` id="${el.id}"` : ""}>`;

  for (const el of document.querySelectorAll("*")) {
    for (const attribute of [...el.attributes]) {
      const name = attribute.name.toLowerCase();
      if (/^on/.test(name)) problems.push(`${describe(el)} has an inline event handler ${name}="…"`);
      if (urlAttributes.includes(name)) {
        // Browsers ignore leading blanks and control characters, and tabs or newlines inside.
        // eslint-disable-next-line no-control-regex
        const value = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (value.startsWith("javascript:")) problems.push(`${describe(el)} has a javascript: URL in ${name}`);
      }
    }
  }

  for (const script of document.querySelectorAll("script")) {
    const src = script.getAttribute("src");
    if (src !== null) {
      const url = new URL(src, `${siteOrigin}${pagePath(file)}`);
      if (url.origin !== siteOrigin) problems.push(`<script src="${src}"> loads a script from another origin`);
      continue;
    }
    const type = (script.getAttribute("type") ?? "").trim();
    if (dataBlock.test(type)) continue;
    const hash = `'sha256-${createHash("sha256")
      .update(script.textContent ?? "")
      .digest("base64")}'`;
    if (!scriptSources.includes(hash)) {
      problems.push(
        `an inline <script> (${(script.textContent ?? "").trim().slice(0, 60)}…) is not allowed by ${hash}`,
      );
    }
  }

  for (const el of document.querySelectorAll("[target]")) {
    if ((el.getAttribute("target") ?? "").toLowerCase() !== "_blank") continue;
    const rel = (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (!rel.includes("noopener") && !rel.includes("noreferrer")) {
      problems.push(`${describe(el)} ${el.getAttribute("href") ?? ""} opens a new window without rel="noopener"`);
    }
  }
  return problems;
}

describe("built HTML", () => {
  it("finds pages of every kind", () => {
    const kinds = new Set(pages.map(pageTypeOf));
    for (const kind of ["home", "story", "chart", "embed", "dataset", "map"] as const) expect(kinds).toContain(kind);
  });

  it.each(pages)(
    "%s has no inline event handlers, blocked inline scripts, javascript: URLs or target=_blank without noopener",
    (file) => {
      expect(problemsIn(file)).toEqual([]);
    },
  );
});
