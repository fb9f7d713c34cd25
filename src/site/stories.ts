import { getCollection, type CollectionEntry } from "astro:content";
import { getFact } from "~/data/facts";
import type { SourceRow } from "~/data/schemas/sources";
import { isLang, otherLang, type Lang } from "~/i18n/locales";
import { findFactIds } from "./storyCheck";

/** A story in one language, with its language-neutral slug. */
export interface Story {
  slug: string;
  lang: Lang;
  entry: CollectionEntry<"stories">;
}

/** Splits an entry id `why-move.zh` into slug and language. */
export function parseStoryId(id: string): { slug: string; lang: Lang } {
  const match = /^(.+)\.(zh|en)$/.exec(id);
  if (!match || !isLang(match[2])) throw new Error(`story file "${id}" must be named <slug>.zh.mdx or <slug>.en.mdx`);
  return { slug: match[1] ?? "", lang: match[2] };
}

/** Every story, both languages, each language in series order; fails when a story lacks a language. */
export async function getStories(): Promise<Story[]> {
  const entries = await getCollection("stories");
  const stories = entries.map((entry) => ({ ...parseStoryId(entry.id), entry }));
  for (const story of stories) {
    const other = otherLang(story.lang);
    if (!stories.some((s) => s.slug === story.slug && s.lang === other)) {
      throw new Error(`story "${story.slug}" has no ${other} version (content/stories/${story.slug}.${other}.mdx)`);
    }
  }
  return stories.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/** The stories of one language, in series order. */
export async function getStoriesIn(lang: Lang): Promise<Story[]> {
  return (await getStories()).filter((s) => s.lang === lang);
}

/** Minutes to read: about 400 Chinese characters or 220 English words a minute. */
export function readingMinutes(body: string, lang: Lang): number {
  const prose = body.replace(/^---[\s\S]*?---/, "").replace(/<[^>]+>/g, " ");
  const amount =
    lang === "zh"
      ? (prose.match(/\p{Script=Han}/gu) ?? []).length / 400
      : prose.split(/\s+/).filter(Boolean).length / 220;
  return Math.max(1, Math.round(amount));
}

/** The sources of the figures a story cites, in id order, each with the fact ids it supports. */
export function storySources(body: string): { source: SourceRow; facts: string[] }[] {
  const bySource = new Map<string, { source: SourceRow; facts: string[] }>();
  const visit = (id: string, cited: string) => {
    const fact = getFact(id);
    // A computed figure rests on the sources of its inputs.
    for (const input of fact.derivation?.inputs ?? []) visit(input, cited);
    if (!fact.evidence) return;
    const entry = bySource.get(fact.evidence.source.id) ?? { source: fact.evidence.source, facts: [] };
    if (!entry.facts.includes(cited)) entry.facts.push(cited);
    bySource.set(fact.evidence.source.id, entry);
  };
  for (const { text: id } of findFactIds(body)) visit(id, id);
  return [...bySource.values()].sort((a, b) => a.source.id.localeCompare(b.source.id));
}
