/**
 * Text measurement, wrapping and escaping for everything drawn at build time: charts, the map and
 * the Open Graph cards. There is no browser at build time, so widths are estimated from character
 * classes; the estimates err on the wide side so that a label never runs into the value beside it
 * in any of the fonts a reader may have.
 */

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;

/** Estimated advance of one character, in ems, for a sans-serif font. */
export function charEms(char: string): number {
  if (CJK.test(char)) return 1;
  if (/[0-9]/.test(char)) return 0.64;
  if (/[MW@%]/.test(char)) return 0.95;
  if (/[A-Z]/.test(char)) return 0.72;
  if (/[mw]/.test(char)) return 0.9;
  if (/[il.,:;'!|ʼ’·]/.test(char)) return 0.32;
  if (/[ \u00a0]/.test(char)) return 0.34;
  if (/[ftrj()[\]\-–]/.test(char)) return 0.42;
  return 0.6;
}

/** Estimated width of a text in pixels at a font size; bold text is a little wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charEms(char);
  return ems * fontSize * (bold ? 1.1 : 1);
}

/** Splits text into units that must stay together: a CJK character, a run of other characters, or blanks. */
function tokens(text: string): string[] {
  return (
    text.match(
      /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F][，。；：、）」』”]?|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/gu,
    ) ?? []
  );
}

/**
 * Breaks text into lines no wider than `maxWidth` pixels: Chinese may break between characters
 * (never before closing punctuation), other scripts at spaces. A single word wider than the line
 * stays whole on its own line rather than being cut.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of tokens(text)) {
    const candidate = line + token;
    if (line.trim() !== "" && textWidth(candidate.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trim());
      line = /^\s+$/.test(token) ? "" : token;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== "") lines.push(line.trim());
  return lines.length > 0 ? lines : [""];
}

/**
 * `wrapLines`, keeping at most `maxLines` lines: when text is cut, the last kept line loses its
 * last character to an ellipsis. Blank text gives no lines.
 */
export function wrapClamped(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  if (text.trim() === "") return [];
  const lines = wrapLines(text, maxWidth, fontSize, bold);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/.$/u, "")}…`;
  return kept;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
