import type { Fact } from "~/data/facts";
import { localePath } from "~/i18n/paths";
import type { Lang } from "~/i18n/locales";

/** The permalink of a fact: its row on its dataset page. */
export function factHref(fact: Fact, lang: Lang): string {
  return `${localePath(lang, `data/${fact.dataset}/`)}#${fact.id}`;
}

/** The entry of a source on the sources page. */
export function sourceHref(sourceId: string, lang: Lang): string {
  return `${localePath(lang, "sources/")}#${sourceId}`;
}
