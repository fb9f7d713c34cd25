import type { APIRoute } from "astro";
import { getDict } from "~/i18n";
import { renderOgImage } from "~/core/ogImage";
import { getStories, type Story } from "~/site/stories";

/** An Open Graph card per story and language: `og/stories/<slug>.<lang>.png`. */
export async function getStaticPaths() {
  return (await getStories()).map((story) => ({
    params: { file: `${story.slug}.${story.lang}.png` },
    props: { story },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  const png = await renderOgImage({
    lang: story.lang,
    kicker: getDict(story.lang).stories.kicker,
    title: story.entry.data.title,
    subtitle: story.entry.data.standfirst,
  });
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
