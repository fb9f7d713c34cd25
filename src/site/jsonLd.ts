/**
 * schema.org JSON-LD for search engines and dataset search: a `Dataset` per dataset page, a
 * `DataCatalog` on the data index and a `NewsArticle` per story. Every value comes from the same
 * data as the page and the downloads (dataset metadata, the changelog, the citation, the download
 * list, the places dataset); nothing is typed twice.
 */
import { citationTarget, citationText, publisher } from "~/data/citation";
import { dataLicence, datasetDownloads, getDataRelease, getDatasetChangelog, tableOf } from "~/data/downloads";
import { getDatasets } from "~/data/index";
import type { AnyDataset } from "~/data/load";
import { partialDate } from "~/data/schemas/common";
import { htmlLang, otherLang, type Lang } from "~/i18n";
import { localePath, datasetPagePath } from "~/core/urls";

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * `\u003c`, `\u003e` and `\u0026` (the same JSON value), so no data text can close the element
 * (`</script>`) or open a comment; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The publisher, credited as creator and publisher everywhere (the same as in citations). */
export function publisherLd(lang: Lang, siteUrl: string): Record<string, unknown> {
  return { "@type": "Organization", name: publisher[lang], alternateName: publisher[otherLang(lang)], url: siteUrl };
}

/** The prefecture, from the places dataset. */
function prefectureLd(lang: Lang): Record<string, unknown> | undefined {
  const places = getDatasets().find((d) => d.kind === "places");
  const row = places?.rows.find((r) => (r as { id: string }).id === "qianxinan") as
    { name: { zh: string; en: string } } | undefined;
  if (!row) return undefined;
  return { "@type": "AdministrativeArea", name: row.name[lang], alternateName: row.name[otherLang(lang)] };
}

/**
 * The span of the dates and periods in a dataset's rows (`2016/2020`, `2019-02-28/2019-12-31`),
 * or undefined when its rows carry no dates.
 */
export function temporalCoverage(dataset: AnyDataset): string | undefined {
  const { columns, records } = tableOf(dataset);
  const dateColumns = columns.filter((c) => c.partialDate || /(^|_)period$/.test(c.name));
  const ends = records.flatMap((r) =>
    dateColumns.flatMap((c) => {
      const value = r[c.name];
      return typeof value === "string" ? value.split("/").filter((v) => partialDate.test(v)) : [];
    }),
  );
  if (ends.length === 0) return undefined;
  // Compare at the shared precision: a year sorts before its months and days.
  const sorted = [...ends].sort();
  const start = sorted[0] as string;
  const end = sorted[sorted.length - 1] as string;
  return start === end ? start : `${start}/${end}`;
}

/** The schema.org `Dataset` of a dataset page. */
export function datasetJsonLd(dataset: AnyDataset, lang: Lang, siteUrl: string): Record<string, unknown> {
  const { version, date } = getDataRelease();
  const target = citationTarget(siteUrl, dataset);
  const [latest] = getDatasetChangelog(dataset.id);
  const { columns } = tableOf(dataset);
  const coverage = temporalCoverage(dataset);
  const place = prefectureLd(lang);
  const url = new URL(datasetPagePath(dataset.id, lang), siteUrl).href;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": target.url,
    name: dataset.meta.title[lang],
    alternateName: dataset.meta.title[otherLang(lang)],
    description: `${dataset.meta.description[lang]} / ${dataset.meta.description[otherLang(lang)]}`,
    url,
    sameAs: target.url === url ? undefined : target.url,
    inLanguage: [htmlLang.zh, htmlLang.en],
    license: dataLicence.path,
    isAccessibleForFree: true,
    creator: publisherLd(lang, siteUrl),
    publisher: publisherLd(lang, siteUrl),
    version,
    datePublished: date,
    dateModified: latest?.date ?? date,
    ...(coverage ? { temporalCoverage: coverage } : {}),
    ...(place ? { spatialCoverage: place } : {}),
    citation: citationText(target, lang),
    variableMeasured: columns.map((c) => ({
      "@type": "PropertyValue",
      name: c.name,
      description: c.doc[lang],
      ...(c.doc.unit ? { unitText: c.doc.unit } : {}),
    })),
    includedInDataCatalog: {
      "@type": "DataCatalog",
      name: citationTarget(siteUrl).title[lang],
      url: catalogUrl(lang, siteUrl),
    },
    distribution: datasetDownloads(dataset.id).map((file) => ({
      "@type": "DataDownload",
      encodingFormat: file.mediaType.split(";")[0],
      contentUrl: new URL(file.path, siteUrl).href,
      ...(file.format === "csv-excel" ? { name: "CSV (Excel)" } : { name: file.format.toUpperCase() }),
    })),
  };
}

function catalogUrl(lang: Lang, siteUrl: string): string {
  return new URL(localePath(lang, "data/"), siteUrl).href;
}

/** The schema.org `DataCatalog` of the data index: the collection and each of its datasets. */
export function dataCatalogJsonLd(lang: Lang, siteUrl: string): Record<string, unknown> {
  const target = citationTarget(siteUrl);
  const { version, date } = getDataRelease();
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    name: target.title[lang],
    alternateName: target.title[otherLang(lang)],
    url: catalogUrl(lang, siteUrl),
    inLanguage: [htmlLang.zh, htmlLang.en],
    license: dataLicence.path,
    creator: publisherLd(lang, siteUrl),
    publisher: publisherLd(lang, siteUrl),
    version,
    dateModified: date,
    citation: citationText(target, lang),
    dataset: getDatasets().map((d) => ({
      "@type": "Dataset",
      "@id": citationTarget(siteUrl, d).url,
      name: d.meta.title[lang],
      description: `${d.meta.description[lang]} / ${d.meta.description[otherLang(lang)]}`,
      url: new URL(datasetPagePath(d.id, lang), siteUrl).href,
      license: dataLicence.path,
      creator: publisherLd(lang, siteUrl),
    })),
  };
}

/** The schema.org `NewsArticle` of a story. */
export function storyJsonLd(options: {
  lang: Lang;
  siteUrl: string;
  url: string;
  headline: string;
  description: string;
  published: string;
  modified: string;
  image: string;
}): Record<string, unknown> {
  const { lang, siteUrl } = options;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": options.url,
    mainEntityOfPage: options.url,
    url: options.url,
    headline: options.headline,
    description: options.description,
    datePublished: options.published,
    dateModified: options.modified,
    inLanguage: htmlLang[lang],
    image: [options.image],
    author: [publisherLd(lang, siteUrl)],
    publisher: publisherLd(lang, siteUrl),
    isAccessibleForFree: true,
  };
}
