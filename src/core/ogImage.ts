import type { Lang } from "~/i18n/locales";
import { getDict } from "~/i18n";
import { imageFontFamily, renderPng } from "./png";
import { escapeXml, wrapText } from "./text";

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
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">`,
    `<rect width="1200" height="630" fill="#fdfcf9"/>`,
    `<rect width="24" height="630" fill="#005a8c"/>`,
    `<path d="M880 630 1010 420l70 100 50-70 70 180z" fill="#e9e5da"/>`,
    text(90, 120, 34, 700, "#005a8c", t.site.name),
    text(90, 175, 28, 400, "#5c5950", kicker),
    ...titleLines.map((line, i) => text(90, titleTop + i * titleSize * 1.25, titleSize, 700, "#1c1b19", line)),
    ...subtitleLines.map((line, i) => text(90, subtitleTop + i * 40, 30, 400, "#5c5950", line)),
    `</svg>`,
  ].join("");
  return renderPng(svg, 1200, "#fdfcf9");
}
