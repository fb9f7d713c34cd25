/** The site's languages. 简体中文 is the default and lives at the root; English lives under `/en/`. */
export const langs = ["zh", "en"] as const;

/** A language code used throughout the site. */
export type Lang = (typeof langs)[number];

/** The default language, served without a path prefix. */
export const defaultLang: Lang = "zh";

/** The value of `<html lang>` and `hreflang` for each language. */
export const htmlLang: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** The BCP 47 tag handed to `Intl` formatters. */
export const intlLocale: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

/** The `og:locale` of each language. */
export const ogLocale: Record<Lang, string> = { zh: "zh_CN", en: "en_GB" };

/** The `[...lang]` route param of a language: none for the default language, served at the root. */
export function langParam(lang: Lang): string | undefined {
  return lang === defaultLang ? undefined : lang;
}

/** The title of a work (a source) in a language: its own title in Chinese, its translation in English. */
export function titleIn(work: { title: string; titleEn: string }, lang: Lang): string {
  return lang === "zh" ? work.title : work.titleEn;
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === "zh" ? "en" : "zh";
}

/** Narrows an unknown value (a route param, a frontmatter field) to a language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (langs as readonly string[]).includes(value);
}

/** A text in both languages. Every visible string of the data carries both. */
export interface Bilingual {
  zh: string;
  en: string;
}
