import { langParam, langs, type Lang } from "~/i18n/locales";

/**
 * Static paths for a page that exists once per language, for a route under `src/pages/[...lang]/`:
 * the default language gets no prefix (`lang` undefined), English gets `en`.
 */
export function langStaticPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return langs.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** Static paths for a page per language and per item, e.g. one chart page per chart and language. */
export function langItemStaticPaths<T, K extends string>(
  items: readonly T[],
  key: K,
  slugOf: (item: T) => string,
): { params: { lang: string | undefined } & Record<K, string>; props: { lang: Lang; item: T } }[] {
  return langs.flatMap((lang) =>
    items.map((item) => ({
      params: { lang: langParam(lang), [key]: slugOf(item) } as {
        lang: string | undefined;
      } & Record<K, string>,
      props: { lang, item },
    })),
  );
}
