/**
 * Checks on story sources (MDX): every number must come from the data through <Fact>, a chart or
 * the map, so a figure typed by hand is an error, and every <Fact id> must exist.
 */

/** A place in a story's source. */
export interface SourceSpot {
  line: number;
  column: number;
  text: string;
}

/**
 * Numbers a story may write by hand: years (2014, 2019年, the 1990s), ordinals (13th, 第十三),
 * and names that contain numerals. Keep this list short and explicit.
 */
export const allowedNumberPatterns: RegExp[] = [
  /^(19[89]\d|20[0-3]\d)(年代|年|s)?$/, // years
  /^\d{1,2}(st|nd|rd|th)$/, // English ordinals
  /^([1-9]|1[0-2])月$/, // months in dates (2019年6月)
  /^([1-9]|[12]\d|3[01])日$/, // days in dates (6月20日)
];

/** Chinese and English names with numerals in them, allowed as they are. */
export const allowedNames = ["十三五", "十四五", "“1+13”", "1+13", "Five-Year Plan"];

/** Chinese numerals followed by a counter or magnitude: 三十多万人, 两千户, 百分之六十. */
const CHINESE_FIGURE =
  /[零〇一二两三四五六七八九十百千万亿]{2,}(?:多|余)?(?:万|亿|人|户|个|所|名|户|%|座|年)|百分之[零一二三四五六七八九十百]+/g;
/** English number words that state magnitudes. */
const ENGLISH_FIGURE = /\b(?:hundreds?|thousands?|millions?|billions?|dozens?|half a million)\b/gi;

/** Replaces MDX that is not prose (frontmatter keys, imports, JSX tags and their attributes, code) with blanks, keeping line and column positions. */
function proseOnly(source: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, " ");
  let text = source;
  // In the frontmatter only the reader-facing values (title, standfirst, description) are prose.
  text = text.replace(/^---\n[\s\S]*?\n---/, (m) =>
    m.replace(/^.*$/gm, (line) => {
      const prose = /^(\s*(?:title|standfirst|description):)(.*)$/.exec(line);
      return prose ? blank(prose[1] ?? "") + (prose[2] ?? "") : blank(line);
    }),
  );
  text = text.replace(/^(import|export) .*$/gm, blank);
  text = text.replace(/```[\s\S]*?```/g, blank);
  text = text.replace(/`[^`\n]*`/g, blank);
  text = text.replace(/<\/?[A-Za-z][^>]*>/g, blank);
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  text = text.replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`); // link targets
  return text;
}

function spotAt(source: string, index: number, text: string): SourceSpot {
  const before = source.slice(0, index);
  const line = before.split("\n").length;
  return { line, column: index - before.lastIndexOf("\n"), text };
}

function isAllowed(token: string, context: string): boolean {
  if (allowedNumberPatterns.some((p) => p.test(token))) return true;
  return allowedNames.some((name) => name.includes(token) && context.includes(name));
}

/** Figures typed by hand in a story's source, with their line and column. */
export function findTypedNumbers(source: string): SourceSpot[] {
  const prose = proseOnly(source);
  const spots: SourceSpot[] = [];
  for (const match of prose.matchAll(/[0-9０-９]+(?:[.,][0-9]+)*(?:st|nd|rd|th|年代|年|月|日|s)?/g)) {
    const context = prose.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12);
    if (!isAllowed(match[0], context)) spots.push(spotAt(source, match.index, match[0]));
  }
  for (const pattern of [CHINESE_FIGURE, ENGLISH_FIGURE]) {
    for (const match of prose.matchAll(pattern)) {
      const context = prose.slice(Math.max(0, match.index - 4), match.index + match[0].length + 4);
      if (!allowedNames.some((name) => context.includes(name))) spots.push(spotAt(source, match.index, match[0]));
    }
  }
  return spots.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Every `<Fact id="…">` in a story's source, with its line. */
export function findFactIds(source: string): SourceSpot[] {
  return [...source.matchAll(/<Fact\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => spotAt(source, m.index, m[1] ?? ""));
}
