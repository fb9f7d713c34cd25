/** One entry of an Atom feed. */
export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  updated: string;
  summary: string;
}

function escape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const day = (date: string) => `${date}T00:00:00Z`;

/** An Atom 1.0 document, newest entry first. */
export function renderAtom(feed: {
  id: string;
  title: string;
  self: string;
  home: string;
  lang: string;
  author: string;
  entries: FeedEntry[];
}): string {
  const entries = [...feed.entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title),
  );
  const updated = entries[0]?.updated ?? "1970-01-01";
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${escape(feed.id)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <updated>${day(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.home)}"/>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    ...entries.map((e) =>
      [
        `  <entry>`,
        `    <id>${escape(e.id)}</id>`,
        `    <title>${escape(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>`,
        `    <updated>${day(e.updated)}</updated>`,
        `    <summary>${escape(e.summary)}</summary>`,
        `  </entry>`,
      ].join("\n"),
    ),
    `</feed>`,
    "",
  ].join("\n");
}
