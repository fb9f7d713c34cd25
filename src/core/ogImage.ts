import type { Lang } from "~/i18n/locales";
import { getDict } from "~/i18n";
import { mapPalette, pageColours } from "~/core/palette";
import { escapeXml, wrapClamped } from "~/core/text";
import { imageFontFamily, renderPng } from "./png";

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
  const titleSize = 60;
  const subtitleSize = 30;
  // Lines of at most 17 and 36 ems (1,020 and 1,080 px), inside the 1,110 px right of the margin. The
  // title is measured at regular weight: the bundled font's bold CJK glyphs are no wider (1 em), and
  // 17 ems leave room for its slightly wider bold Latin.
  const titleLines = wrapClamped(title, 17 * titleSize, titleSize, 3);
  const subtitleLines = wrapClamped(subtitle, 36 * subtitleSize, subtitleSize, 2);
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
    ...subtitleLines.map((line, i) => text(90, subtitleTop + i * 40, subtitleSize, 400, muted, line)),
    `</svg>`,
  ].join("");
  return renderPng(svg, 1200, paper);
}
