import type { APIRoute } from "astro";

/** robots.txt: everything may be crawled except the chrome-less embed copies; points at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const sitemap = new URL(`${base}sitemap-index.xml`, site).href;
  const lines = [
    "User-agent: *",
    "Allow: /",
    `Disallow: ${base}embed/`,
    `Disallow: ${base}en/embed/`,
    `Sitemap: ${sitemap}`,
  ];
  return new Response(`${lines.join("\n")}\n`, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
