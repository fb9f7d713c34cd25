import { getSiteData } from "../index";
import type { Bilingual } from "~/i18n/locales";

/** The licence of the compiled data. */
export const dataLicence = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** The current data release: the newest changelog entry. */
export function getDataRelease(): { version: string; date: string } {
  const [latest] = getSiteData().changelog;
  if (!latest) throw new Error("data/changelog.json has no release");
  return { version: latest.version, date: latest.date };
}

/** The releases that changed a dataset, newest first. */
export function getDatasetChangelog(id: string): { version: string; date: string; text: Bilingual }[] {
  return getSiteData().changelog.flatMap((entry) =>
    entry.changes
      .filter((c) => c.datasets.includes(id))
      .map((c) => ({ version: entry.version, date: entry.date, text: c.text })),
  );
}
