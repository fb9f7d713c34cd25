import type { Lang } from "~/i18n/locales";
import { getDict } from "~/i18n";
import { mapPalette, pageColours } from "~/charts/palette";
import { imageFontFamily, renderPng } from "./png";

/** Approximate advance of a character in ems: CJK and full-width characters are square, Latin narrower. */
function advance(char: string): number {
  if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char)) return 1;
  if (/[A-Z0-9]/.test(char)) return 0.64;
  if (/[mwMW]/.test(char)) return 0.85;
  if (/[ilj.,:;'!|]/.test(char)) return 0.3;
  return 0.55;
}

/**
 * Breaks text into lines no wider than `maxEms`: Chinese may break between any two characters,
 * other scripts at spaces. Lines beyond `maxLines` are cut with an ellipsis.
 */
export function wrapText(text: string, maxEms: number, maxLines: number): string[] {
  const tokens =
    text.match(
      /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const token of tokens) {
    const w = [...token].reduce((sum, c) => sum + advance(c), 0);
    if (width + w > maxEms && line.trim() !== "") {
      lines.push(line.trim());
      line = "";
      width = 0;
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    width += w;
  }
  if (line.trim() !== "") lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/.$/u, "")}…`;
  return kept;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The size of every Open Graph card, in pixels (for `og:image:width` and `og:image:height`). */
export const ogImageSize = { width: 1200, height: 630 } as const;

/**
 * An Open Graph card (1200×630 PNG): the site name, a kicker (e.g. "Chart" or "Story"), the title
 * and a subtitle, drawn with the bundled CJK font.
 */
export async function renderOgImage(options: {
  lang: Lang;
  kicker: string;
  title: string;
  subtitle?: string;
}): Promise<Uint8Array> {
  const { lang, kicker, title, subtitle = "" } = options;
  const t = getDict(lang);
  const titleLines = wrapText(title, 17, 3);
  const subtitleLines = wrapText(subtitle, 36, 2);
  const titleSize = 60;
  const titleTop = 250;
  const subtitleTop = titleTop + titleLines.length * titleSize * 1.25 + 20;
  const text = (x: number, y: number, size: number, weight: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${imageFontFamily}">${escapeXml(content)}</text>`;
  const { paper, accent, muted, ink } = pageColours;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">`,
    `<rect width="1200" height="630" fill="${paper}"/>`,
    `<rect width="24" height="630" fill="${accent}"/>`,
    `<path d="M880 630 1010 420l70 100 50-70 70 180z" fill="${mapPalette.land}"/>`,
    text(90, 120, 34, 700, accent, t.site.name),
    text(90, 175, 28, 400, muted, kicker),
    ...titleLines.map((line, i) => text(90, titleTop + i * titleSize * 1.25, titleSize, 700, ink, line)),
    ...subtitleLines.map((line, i) => text(90, subtitleTop + i * 40, 30, 400, muted, line)),
    `</svg>`,
  ].join("");
  return renderPng(svg, 1200, paper);
}
