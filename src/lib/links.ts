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

/**
 * A root-relative site path written in story text (`/data/employment/`) as the built site serves
 * it: under the base path when the site lives in a sub-path. Other URLs pass through unchanged.
 */
export function siteHref(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, "");
  if (prefix === "" || !href.startsWith("/") || href.startsWith("//")) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}
