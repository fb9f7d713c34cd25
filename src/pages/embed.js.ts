import type { APIRoute } from "astro";
import script from "~/browser/embed.js?raw";

/**
 * `embed.js`, the host-page script that sizes our embeds on other sites. It is written by hand
 * (src/browser/embed.js, plain ES5 so that any host page can run it) and served as it is, at a
 * stable URL that embed codes already point to.
 */
export const GET: APIRoute = () =>
  new Response(script, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
