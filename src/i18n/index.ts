import { en } from "./en";
import type { Lang } from "./locales";
import { zh } from "./zh";

import type { Dict } from "./dict";

export type { Dict };

const dictionaries: Record<Lang, Dict> = { zh, en };

/** The interface strings of a language. */
export function getDict(lang: Lang): Dict {
  return dictionaries[lang];
}

export * from "./locales";
