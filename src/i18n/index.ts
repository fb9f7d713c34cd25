import type { Dict } from "./dict";
import { en } from "./en";
import type { Lang } from "./locales";
import { zh } from "./zh";

const dictionaries: Record<Lang, Dict> = { zh, en };

/** The interface strings of a language. */
export function getDict(lang: Lang): Dict {
  return dictionaries[lang];
}

export * from "./locales";
