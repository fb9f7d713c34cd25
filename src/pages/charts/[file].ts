import type { APIRoute, GetStaticPaths } from "astro";
import { buildChartFile, listChartFiles, type ChartFile } from "~/charts/exports";
import { siteRoot } from "~/core/urls";

/** Every chart's files per language: `charts/<id>.<lang>.csv|svg`, `charts/<id>-640|1200.<lang>.png`. */
export const getStaticPaths = (() =>
  listChartFiles().map((file) => ({
    params: { file: file.path.replace(/^charts\//, "") },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { file } = props as { file: ChartFile };
  const bytes = await buildChartFile(file.path, siteRoot(site));
  return new Response(new Uint8Array(bytes), { headers: { "content-type": file.mediaType } });
};
