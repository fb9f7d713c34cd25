import type { APIRoute, GetStaticPaths } from "astro";
import { buildDownload, listDownloads, type DownloadFile } from "~/data/downloads";
import { siteRoot } from "~/core/urls";

/** Every dataset file (CSV, Excel CSV, JSON, XLSX), the citation files and the zip, at stable URLs. */
export const getStaticPaths = (() =>
  listDownloads().map((file) => ({
    params: { file: file.path.replace(/^downloads\//, "") },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { file } = props as { file: DownloadFile };
  const bytes = await buildDownload(file.path, siteRoot(site));
  return new Response(new Uint8Array(bytes), { headers: { "content-type": file.mediaType } });
};
