/**
 * `npm run report:stories`: reads the BUILT story pages in dist/ (run `npm run build` first) and
 * prints, per story and language, the length of the prose, the reading time, the inline figures
 * per 1,000 Chinese characters or per 100 English words, and the caveat phrases found, against the
 * targets of /work/shared/EDITORIAL.md and issue 12. Prose means the paragraphs and list items of
 * the story body; popovers, source markers, figures, tables, maps, details and notes are left out.
 * It reports; it does not fail the build.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";

export type ReportLang = "zh" | "en";

/** The targets for a narrative story (the methods story is exempt): see README, "Story targets". */
export const targets = { figuresPer1000Chars: 10, figuresPer100Words: 1.5, caveats: 3 } as const;

/** Stories the targets do not apply to: the methods story is where method talk belongs. */
export const exemptStories = ["methods"];

/**
 * Caveat and method phrases: the source's silences and the site's own voice, which belong in the
 * popovers, the chart notes and the methods story. One list per language, in one place.
 */
export const caveatPhrases: Record<ReportLang, string[]> = {
  zh: [
    "来源没有说明",
    "来源没有写明",
    "来源没有给出",
    "来源没有解释",
    "来源都没有",
    "来源未说明",
    "没有说明",
    "没有写明",
    "没有给出",
    "没有解释",
    "没有找到",
    "未找到",
    "不得而知",
    "无从得知",
    "不清楚",
    "存疑",
    "本站",
  ],
  en: [
    "does not say",
    "do not say",
    "did not say",
    "doesn't say",
    "does not explain",
    "do not explain",
    "does not give",
    "do not give",
    "gives no",
    "no source",
    "we found no",
    "not found",
    "we do not know",
    "we don't know",
    "is not known",
    "not stated",
    "we computed",
    "we publish",
    "the site",
    "this site",
  ],
};

/** Reading speed used for the reading time, as on the story pages (src/lib/stories.ts). */
const perMinute: Record<ReportLang, number> = { zh: 400, en: 220 };

/** Blocks inside the story body that are not running prose. */
const notProse = "figure, table, details, aside, nav, noscript, svg, [popover], .chart, .story-map";

export interface StoryMeasure {
  /** Chinese characters (zh) or words (en) of the prose. */
  length: number;
  minutes: number;
  /** Inline figures (<Fact>) in the prose. */
  figures: number;
  /** Figures per 1,000 Chinese characters (zh) or per 100 words (en). */
  density: number;
  caveats: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Caveat phrases in a text, longest first so that "来源没有说明" counts once, not also as "没有说明". */
export function findCaveats(text: string, lang: ReportLang): string[] {
  const phrases = [...caveatPhrases[lang]].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern =
    lang === "zh" ? new RegExp(phrases.join("|"), "g") : new RegExp(`\\b(?:${phrases.join("|")})\\b`, "gi");
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/**
 * The length of a text. Chinese: characters, whitespace left out (Han characters, punctuation and
 * the digits of the figures, as a Chinese word count 字数 counts them). English: words (tokens with
 * a letter or digit).
 */
export function proseLength(text: string, lang: ReportLang): number {
  if (lang === "zh") return text.replace(/\s/g, "").length;
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Measures the prose of one built story page. */
export function measureStory(html: string, lang: ReportLang): StoryMeasure {
  const { document } = parseHTML(html);
  const body = document.querySelector(".story-body");
  if (!body) throw new Error("no .story-body in the page");
  const blocks = [...body.querySelectorAll("p, li")].filter(
    (el) => !el.closest(notProse) && !(el.tagName === "LI" && el.querySelector("p")),
  );
  let length = 0;
  let figures = 0;
  const caveats: string[] = [];
  for (const block of blocks) {
    const copy = block.cloneNode(true) as Element;
    figures += copy.querySelectorAll(".fact").length;
    for (const aside of copy.querySelectorAll("[popover], .fact-ref")) aside.remove();
    const text = copy.textContent ?? "";
    length += proseLength(text, lang);
    caveats.push(...findCaveats(text, lang));
  }
  const unit = lang === "zh" ? 1000 : 100;
  return {
    length,
    minutes: Math.max(1, Math.round(length / perMinute[lang])),
    figures,
    density: length === 0 ? 0 : (figures / length) * unit,
    caveats,
  };
}

/** One line of the report, with ✓/✗ against the targets for a narrative story. */
export function reportLine(slug: string, lang: ReportLang, m: StoryMeasure): string {
  const exempt = exemptStories.includes(slug);
  const limit = lang === "zh" ? targets.figuresPer1000Chars : targets.figuresPer100Words;
  const mark = (ok: boolean) => (exempt ? " " : ok ? "✓" : "✗");
  const lengthText = lang === "zh" ? `${m.length} 字` : `${m.length} words`;
  const densityText = `${m.density.toFixed(1)} per ${lang === "zh" ? "1,000 chars" : "100 words"}`;
  const found = m.caveats.length > 0 ? ` (${m.caveats.join(", ")})` : "";
  return [
    `${slug}.${lang}`.padEnd(28),
    lengthText.padStart(12),
    `${m.minutes} min`.padStart(7),
    `${m.figures} figures`.padStart(12),
    `${mark(m.density <= limit)} ${densityText}`.padEnd(26),
    `${mark(m.caveats.length <= targets.caveats)} ${m.caveats.length} caveats${found}${exempt ? " [targets do not apply]" : ""}`,
  ].join("  ");
}

function main(): void {
  const dist = process.argv[2] ?? "dist";
  const storiesDir = join(dist, "stories");
  if (!existsSync(storiesDir)) {
    console.error(`No built stories in ${storiesDir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const slugs = readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(storiesDir, d.name, "index.html")))
    .map((d) => d.name)
    .sort();
  console.log(
    `Targets for narrative stories: ≤ ${targets.figuresPer1000Chars} figures per 1,000 Chinese characters, ` +
      `≤ ${targets.figuresPer100Words} per 100 English words, ≤ ${targets.caveats} caveat phrases.\n`,
  );
  for (const slug of slugs) {
    for (const lang of ["zh", "en"] as const) {
      const file =
        lang === "zh" ? join(storiesDir, slug, "index.html") : join(dist, "en", "stories", slug, "index.html");
      if (!existsSync(file)) continue;
      console.log(reportLine(slug, lang, measureStory(readFileSync(file, "utf8"), lang)));
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
