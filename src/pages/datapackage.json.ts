import type { APIRoute } from "astro";
import { buildDatapackage } from "~/data/downloads";
import { siteRoot } from "~/core/urls";

/** The Frictionless Data Package for the whole collection. */
export const GET: APIRoute = async ({ site }) => {
  const datapackage = await buildDatapackage(siteRoot(site));
  return new Response(`${JSON.stringify(datapackage, null, 2)}\n`, { headers: { "content-type": "application/json" } });
};
