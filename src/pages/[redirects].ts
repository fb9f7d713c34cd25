import type { APIRoute } from "astro";
import { redirectsFile } from "~/site/retiredCharts";

/** `_redirects` at the site root (a file name Astro would skip as a page, hence the parameter). */
export const getStaticPaths = () => [{ params: { redirects: "_redirects" } }];

export const GET: APIRoute = () =>
  new Response(redirectsFile(), { headers: { "content-type": "text/plain; charset=utf-8" } });
