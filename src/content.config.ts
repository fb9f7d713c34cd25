import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/**
 * Stories: one MDX file per story and language, `content/stories/<slug>.<lang>.mdx`.
 * Figures in them come only from <Fact>, charts and the map (checked at build).
 */
const stories = defineCollection({
  // Keep the language suffix in the id (`why-move.zh`); the default id would drop the dot.
  loader: glob({ pattern: "*.mdx", base: "./content/stories", generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: z.strictObject({
    /** Headline. */
    title: z.string().min(1),
    /** The paragraph under the headline: what the story tells, in a sentence or two. */
    standfirst: z.string().min(1),
    /** For search engines and link previews. */
    description: z.string().min(10),
    /** Position in the series (1 = first). */
    order: z.number().int().positive(),
    /** Date of the last substantive change (YAML date, YYYY-MM-DD), kept as an ISO date string. */
    updated: z.date().transform((d) => d.toISOString().slice(0, 10)),
    /**
     * Date of first publication (YAML date), for `article:published_time` and the NewsArticle's
     * `datePublished`. Until a story sets it, its `updated` date stands in: right for a story that
     * has not been revised since it was published.
     */
    published: z
      .date()
      .transform((d) => d.toISOString().slice(0, 10))
      .optional(),
  }),
});

export const collections = { stories };
