import type { APIRoute } from "astro";
import { buildCountyFile, countyDownloadStaticPaths, countyMediaTypes } from "~/site/countyDownloads";

/** `downloads/counties/<id>.csv|json|xlsx`: a county's figures with their evidence, in one click. */
export const getStaticPaths = countyDownloadStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { id, format } = props as { id: string; format: "csv" | "json" | "xlsx" };
  return new Response(new Uint8Array(await buildCountyFile(id, format)), {
    headers: { "content-type": countyMediaTypes[format] },
  });
};
