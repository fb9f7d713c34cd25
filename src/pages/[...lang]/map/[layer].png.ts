import type { APIRoute } from "astro";
import { renderPng } from "~/core/png";
import { mapImageSvg, mapImagePaths } from "~/map/images";

/** `map/<layer>.png` (中文) and `en/map/<layer>.png`: one layer with its title, legend and credits. */
export const getStaticPaths = mapImagePaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPng(mapImageSvg(props.lang, props.layer), 1200);
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
