import { readFileSync } from "node:fs";

/**
 * The `_headers` file of Netlify and Cloudflare Pages: blocks of a URL pattern on its own line
 * followed by indented `Name: value` lines; `#` starts a comment. In patterns, `*` matches any
 * characters (slashes included, or none) and `:name` matches one path segment. A line
 * `! Name` (Cloudflare) removes a header set by an earlier rule.
 */
export interface HeaderRule {
  pattern: string;
  /** Header lines in file order, names as written. */
  headers: [name: string, value: string][];
  /** Headers this rule removes (`! Name`). */
  detach: string[];
  /** 1-based line number of the pattern, for messages. */
  line: number;
}

/** Parses a `_headers` file's text; throws on a header line outside a rule or a malformed line. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    const indented = /^\s/.test(line);
    if (!indented) {
      rules.push({ pattern: line.trim(), headers: [], detach: [], line: index + 1 });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any URL pattern`);
    const body = line.trim();
    if (body.startsWith("!")) {
      rule.detach.push(body.slice(1).trim());
      return;
    }
    const colon = body.indexOf(":");
    if (colon <= 0) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${body}"`);
    rule.headers.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Reads and parses a `_headers` file. */
export function readHeaders(path: string): HeaderRule[] {
  return parseHeaders(readFileSync(path, "utf8"));
}

/** A pattern as a regular expression over URL paths. */
export function patternRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https?:\/\/[^/]+/, "");
  let source = "";
  for (const part of path.split(/(\*|:[A-Za-z_]\w*)/)) {
    if (part === "*") source += ".*";
    else if (part.startsWith(":")) source += "[^/]+";
    else source += part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** The rules whose pattern matches a URL path (e.g. `/en/map/`), in file order. */
export function matchingRules(rules: HeaderRule[], pathname: string): HeaderRule[] {
  return rules.filter((rule) => patternRegExp(rule.pattern).test(pathname));
}

/**
 * The headers a URL path gets, the way Cloudflare Pages combines rules: every matching rule
 * applies in file order, a header set twice is joined with ", ", and `! Name` removes what
 * earlier rules set. (The project's file never sets one header in two matching rules, so
 * Netlify, which keeps the more specific value instead, sends the same headers.)
 * Names are lower-cased.
 */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out = new Map<string, string>();
  for (const rule of matchingRules(rules, pathname)) {
    for (const name of rule.detach) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = out.get(key);
      out.set(key, earlier === undefined ? value : `${earlier}, ${value}`);
    }
  }
  return Object.fromEntries(out);
}

/** A Content-Security-Policy as directive → sources (`"img-src" → ["'self'", "data:"]`). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
