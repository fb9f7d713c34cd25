import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import compression from "compression";
import sirv from "sirv";
import { headersFor, type HeaderRule } from "./headers";

/** A running static server over a built site. */
export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The site root: origin plus base path, with a trailing slash. */
  root: string;
  close(): Promise<void>;
}

/** Options for {@link startStaticServer}. */
export interface StaticServerOptions {
  /**
   * Header rules (a parsed `_headers` file, see headers.ts) to send with every response, matched
   * against the request path the way Netlify and Cloudflare Pages do.
   */
  headers?: HeaderRule[];
  /**
   * Scripts served beside the site, outside its base path (URL path → file on disk): test tools a
   * page loads from its own origin.
   */
  scripts?: Record<string, string>;
}

/**
 * Serves a built site the way a static host does: files from `dir` under `base`, and `404.html`
 * with status 404 for anything else, compressed (brotli or gzip, as the browser asks) as Netlify and
 * Cloudflare Pages compress text, so Lighthouse's simulated network is charged the bytes a reader
 * downloads. Listens on a free port on the loopback interface.
 */
export async function startStaticServer(
  dir: string,
  base = "/",
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const notFound = readFileSync(join(dir, "404.html"));
  const scripts = new Map(Object.entries(options.scripts ?? {}).map(([path, file]) => [path, readFileSync(file)]));
  // compression is written for Express, whose request and response extend Node's own; it reads
  // only what Node's have.
  const compress = compression({ threshold: 0 }) as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => void;
  const server: Server = createServer((req, res) =>
    compress(req, res, () => {
      const url = req.url ?? "/";
      if (options.headers) {
        const pathname = new URL(url, "http://localhost").pathname;
        for (const [name, value] of Object.entries(headersFor(options.headers, pathname))) res.setHeader(name, value);
      }
      const script = scripts.get(url);
      if (script) {
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
        return;
      }
      if (!url.startsWith(base)) {
        res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
        return;
      }
      req.url = `/${url.slice(base.length)}`;
      serve(req, res, () => {
        res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
      });
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: `${origin}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Serves fixed HTML pages (path → HTML; anything else is 404) as a host page of another origin:
 * `localhost`, where the site under test is served from 127.0.0.1.
 */
export async function startHostPages(
  pages: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? "/"];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
