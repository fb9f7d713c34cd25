/**
 * Checks on story sources (MDX): every number must come from the data through <Fact>, a chart or
 * the map, so a figure typed by hand is an error, and every <Fact id> and <Chart id> must exist.
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

/** Every `<Chart id="…">` in a story's source, with its line. */
export function findChartIds(source: string): SourceSpot[] {
  return [...source.matchAll(/<Chart\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => spotAt(source, m.index, m[1] ?? ""));
}

/** Punctuation that cannot open a paragraph: it belongs to the sentence before. */
const CLOSING_PUNCTUATION = /^[，。、；：！？）」』”’,.;:!?)\]]/u;
/** A line that holds nothing but JSX elements (and blanks): MDX makes it a block of its own. */
const JSX_ONLY_LINE = /^\s*(?:<[A-Za-z][^>]*\/>\s*)+$/;

/** The lines of a story's body (frontmatter blanked), so line numbers stay those of the file. */
function bodyLines(source: string): string[] {
  const frontmatter = /^---\n[\s\S]*?\n---/.exec(source)?.[0] ?? "";
  return (frontmatter.replace(/[^\n]/g, "") + source.slice(frontmatter.length)).split("\n");
}

/** Lines that are not prose: imports, headings' markers aside, code fences and block components. */
function isProseLine(line: string): boolean {
  const t = line.trim();
  return t !== "" && !/^(import|export)\s/.test(t) && !/^```/.test(t) && !/^<\/?[A-Z]/.test(t);
}

/**
 * Paragraphs that start with punctuation ("，" after a <Fact> that stood on its own line), and
 * lines after a lone <Fact> that do (MDX splits them into a new block).
 */
export function findPunctuationStarts(source: string): SourceSpot[] {
  const lines = bodyLines(source);
  const spots: SourceSpot[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1] ?? "";
    const startsBlock = previous.trim() === "" || /^\s*<Fact\b[^>]*\/>\s*$/.test(previous);
    const text = line.replace(/^\s*(?:[-*+]|\d+\.|>|#+)\s+/, "").trimStart();
    if (startsBlock && isProseLine(line) && CLOSING_PUNCTUATION.test(text))
      spots.push({ line: i + 1, column: line.length - text.length + 1, text: text.slice(0, 12) });
  });
  return spots;
}

/**
 * A `<Fact>` alone on its line inside prose: MDX renders it as a block of its own, apart from its
 * sentence. A paragraph that opens on `<Fact` is found too: Prettier's MDX formatting reads it as a
 * JSX block and puts the element on a line of its own.
 */
export function findBlockFacts(source: string): SourceSpot[] {
  const lines = bodyLines(source);
  const spots: SourceSpot[] = [];
  lines.forEach((line, i) => {
    const opensParagraph = (lines[i - 1] ?? "").trim() === "" && /^<Fact\b/.test(line) && !JSX_ONLY_LINE.test(line);
    if (opensParagraph) spots.push({ line: i + 1, column: 1, text: line.slice(0, line.indexOf("/>") + 2) });
    if (!/^\s*<Fact\b/.test(line) || !JSX_ONLY_LINE.test(line)) return;
    const neighbours = [lines[i - 1] ?? "", lines[i + 1] ?? ""];
    if (neighbours.some((n) => isProseLine(n) && !JSX_ONLY_LINE.test(n)) || neighbours.every((n) => n.trim() === ""))
      spots.push({ line: i + 1, column: line.indexOf("<") + 1, text: line.trim() });
  });
  return spots;
}

/** How a fact renders in a story, for the checks that depend on its text. */
export interface RenderedFact {
  text: string;
  /** A date: its text already ends in 底, 年, 月 or 日. */
  isDate: boolean;
  /** True when the source wrote the figure in words (两成, 过半, 三分之二, two-thirds). */
  writtenInWords: boolean;
}

/** Every `<Fact …/>` with the character right after it. */
function factUses(source: string): { spot: SourceSpot; unit: boolean; next: string }[] {
  return [...source.matchAll(/<Fact\b([^>]*?)\/>/g)].flatMap((m) => {
    const id = /\bid=["']([^"']+)["']/.exec(m[1] ?? "")?.[1];
    if (!id) return [];
    const unit = !/\bunit=\{false\}/.test(m[1] ?? "");
    return [{ spot: spotAt(source, m.index, id), unit, next: source.charAt(m.index + m[0].length) }];
  });
}

/**
 * Date facts followed by a character their format already wrote: "<Fact/>底" after a date that
 * renders 2017年底 reads 2017年底底; 年, 月 and 日 the same.
 */
export function findDoubledDateCharacters(
  source: string,
  render: (id: string, unit: boolean) => RenderedFact | null,
): SourceSpot[] {
  return factUses(source).flatMap(({ spot, unit, next }) => {
    const fact = render(spot.text, unit);
    if (!fact?.isDate || !"底年月日".includes(next) || next === "" || !fact.text.includes(next)) return [];
    return [{ ...spot, text: `${fact.text}${next}` }];
  });
}

/** Figures that render as a bare fraction (2/3) where the source used words (三分之二, two-thirds). */
export function findBareFractions(
  source: string,
  render: (id: string, unit: boolean) => RenderedFact | null,
): SourceSpot[] {
  return factUses(source).flatMap(({ spot, unit }) => {
    const fact = render(spot.text, unit);
    if (!fact?.writtenInWords || !/\d+\s*\/\s*\d+/.test(fact.text)) return [];
    return [{ ...spot, text: fact.text }];
  });
}

/** A county as story text names it: its id and the words that name it (`晴隆`, `Qinglong`). */
export interface CountyNames {
  id: string;
  names: readonly string[];
}

/** A `<PlaceName id="…">text</PlaceName>` in a story: the link to a county page, with its span. */
const PLACE_LINK = /<PlaceName\b[^>]*?\bid=["']([^"']+)["'][^>]*>([\s\S]*?)<\/PlaceName>/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pattern of a county's names; Latin names match as whole words, `'` also as `’`. */
function namePattern(names: readonly string[]): RegExp {
  const alternatives = names.map((n) => {
    const body = escapeRegExp(n).replace(/'/g, "['’]");
    return /^[A-Za-z]/.test(n) ? `\\b${body}\\b` : body;
  });
  return new RegExp(alternatives.join("|"), "g");
}

/**
 * County names in story text that are not linked to their county page. The rule: in every section
 * (the text before the first `##` heading, and each `##` section) the first mention of a county in
 * the prose is wrapped in `<PlaceName id="<county>">…</PlaceName>`, which links it; later mentions
 * in the section may stay plain. Headings, the frontmatter and the text of Markdown links are not
 * prose here (a link cannot hold a link). A `<PlaceName>` whose text names another county, and not
 * its own, is reported too. (Text that names no county passes: the link's wording is the author's,
 * and a build from other data, such as the hostile test build, renames every county.)
 */
export function findUnlinkedCounties(source: string, counties: readonly CountyNames[]): SourceSpot[] {
  const frontmatter = /^---\n[\s\S]*?\n---/.exec(source)?.[0] ?? "";
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  let prose = blank(frontmatter) + proseOnly(source).slice(frontmatter.length);
  prose = prose.replace(/^#.*$/gm, blank).replace(/\[[^\]\n]*\]/g, blank);
  const links = [...source.matchAll(PLACE_LINK)].map((m) => ({
    id: m[1] ?? "",
    text: m[2] ?? "",
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spots: SourceSpot[] = [];
  for (const link of links) {
    const county = counties.find((c) => c.id === link.id);
    const namesAnother = counties.some((c) => c.id !== link.id && namePattern(c.names).test(link.text));
    if (county && !namePattern(county.names).test(link.text) && namesAnother)
      spots.push(spotAt(source, link.start, `<PlaceName id="${link.id}"> reads "${link.text}"`));
  }
  const headings = [0, ...[...source.matchAll(/^#{1,2} .*$/gm)].map((m) => m.index), source.length];
  for (let s = 0; s < headings.length - 1; s++) {
    const [from = 0, to = 0] = [headings[s], headings[s + 1]];
    for (const county of counties) {
      const pattern = namePattern(county.names);
      pattern.lastIndex = from;
      const first = pattern.exec(prose);
      if (!first || first.index >= to) continue;
      const linked = links.some((l) => l.id === county.id && l.start <= first.index && first.index < l.end);
      if (!linked) spots.push(spotAt(source, first.index, first[0]));
    }
  }
  return spots.sort((a, b) => a.line - b.line || a.column - b.column);
}
