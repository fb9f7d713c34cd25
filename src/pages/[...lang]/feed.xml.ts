import type { APIRoute } from "astro";
import { getSiteData } from "~/data/index";
import { getDict, htmlLang, type Lang } from "~/i18n";
import { absoluteUrl, datasetPagePath, localePath, siteRoot, storyPath } from "~/core/urls";
import { renderAtom } from "~/site/feed";
import { langStaticPaths } from "~/site/routes";
import { getStoriesIn } from "~/site/stories";

/** An Atom feed per language: the stories and the data releases. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const t = getDict(lang);
  const abs = (path: string) => absoluteUrl(path, siteRoot(site));
  const stories = (await getStoriesIn(lang)).map((story) => ({
    id: abs(storyPath(story.slug, lang)),
    title: `${t.feed.storyPrefix}${story.entry.data.title}`,
    url: abs(storyPath(story.slug, lang)),
    updated: story.entry.data.updated,
    summary: story.entry.data.standfirst,
  }));
  const releases = getSiteData().changelog.flatMap((release) =>
    release.changes.map((change, i) => ({
      id: `${abs(localePath(lang, "data/"))}#release-${release.version}-${i + 1}`,
      title: `${t.feed.dataPrefix}${release.version}`,
      url: abs(datasetPagePath(change.datasets[0] ?? "", lang)) + "#changelog",
      updated: release.date,
      summary: change.text[lang],
    })),
  );
  const xml = renderAtom({
    id: abs(localePath(lang, "feed.xml")),
    title: `${t.site.name} · ${t.feed.title}`,
    self: abs(localePath(lang, "feed.xml")),
    home: abs(localePath(lang)),
    lang: htmlLang[lang],
    author: t.site.name,
    entries: [...stories, ...releases],
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
