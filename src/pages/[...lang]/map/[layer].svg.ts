import type { APIRoute } from "astro";
import { mapImagePaths, mapImageSvg } from "~/map/images";

/** `map/<layer>.svg` (中文) and `en/map/<layer>.svg`: the same picture as the PNG, as vector. */
export const getStaticPaths = mapImagePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${mapImageSvg(props.lang, props.layer)}`, {
    headers: { "content-type": "image/svg+xml; charset=utf-8" },
  });
