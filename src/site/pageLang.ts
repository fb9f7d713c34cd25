import { splitLocalePath } from "~/core/urls";
import type { Lang } from "~/i18n/locales";

/** The language of the page being rendered, from its URL (used by components inside MDX stories). */
export function pageLang(url: URL): Lang {
  return splitLocalePath(url.pathname)[0];
}
