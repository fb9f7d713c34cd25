import type { Dict } from "./index";

/** The English interface dictionary. Written for English readers, not word for word. */
export const en: Dict = {
  site: {
    name: "After the Mountains",
    tagline: "Data reporting on the relocation of Qianxinan, Guizhou, and its “second half”",
    description:
      "A bilingual data-journalism site about the 2016–2020 poverty-alleviation relocation in Qianxinan Prefecture, Guizhou, and what followed: schools, clinics, jobs and new communities. Every figure links to the words of a public source.",
  },
  nav: {
    label: "Main navigation",
    home: "Home",
    stories: "Stories",
    map: "Map",
    charts: "Charts",
    data: "Data",
    sources: "Sources",
    about: "About",
    skip: "Skip to content",
    switchLang: "中文",
    switchLangLabel: "阅读本页中文版",
  },
  footer: {
    licences: "Licences",
    code: "Code: MIT licence",
    data: "Data: CC BY 4.0 (quotes remain their publishers’)",
    texts: "Source texts belong to their publishers; we quote short passages with attribution.",
    corrections: "Spotted an error?",
    correctionsLink: "Tell us",
    noTracking: "No analytics, ads or third-party fonts: pages make no requests to other sites.",
  },
  home: {
    title: "After the Mountains",
    lead: "Between 2016 and 2020, Qianxinan Prefecture in Guizhou moved hundreds of thousands of people out of its eroded karst mountains and into towns. Officials call the move the first half of the article. The second half — schools, clinics, jobs and the running of new communities — decides whether people can stay and make a living.",
    whoTitle: "Who this site is for",
    whoReaders: "Readers: the story in English or Chinese, fast on a phone, readable without JavaScript.",
    whoJournalists: "Journalists: charts to embed, with their sources and licence attached.",
    whoResearchers:
      "Researchers: downloadable datasets in which every figure carries its source quote and reliability grade.",
    promise:
      "We publish only figures that a public source states. Where sources disagree, we show them side by side; where they are silent, we say so.",
    routes: "Start here",
  },
  about: {
    title: "About this site",
    description:
      "What this site is, where its figures come from, how to cite it, its licences and how to report an error.",
    whatTitle: "What this is",
    what: "An independent data-journalism site, in Simplified Chinese and English, about the poverty-alleviation relocation in Qianxinan Prefecture and the support that followed it. Its starting point is Liu Yi’s article of 30 November 2020, “A miracle written in the answer sheet of poverty alleviation”, completed with other public sources.",
    methodTitle: "Where the figures come from",
    method:
      "Every figure on the site comes from a public text listed on the Sources page, stored with the exact words that state it and the figure as written there. The build checks that the written figure occurs in the quote and converts to the stored value. Sources that disagree are shown side by side, grade-C sources carry their grade, and grade-X sources are not published.",
    licenceTitle: "Licences",
    licenceCode: "The site’s code is released under the MIT licence.",
    licenceData: "The data we compiled is released under CC BY 4.0: use it freely, with attribution.",
    licenceTexts:
      "The quotes in the data, and the articles they come from, belong to their publishers; we quote short passages with attribution.",
    citeTitle: "How to cite",
    cite: "Cite the site name, the page title, its URL and the date you accessed it. Each dataset page offers ready citations (BibTeX, RIS, CSL-JSON).",
    correctionsTitle: "Report an error",
    corrections:
      "If a figure, quote or translation is wrong, open an issue in the project repository with the page address, what is wrong and a public source for the correction. We check it, correct it and record the change in the data changelog.",
    embedTitle: "Embedding charts",
    embed:
      "Every chart page offers embed code (an iframe, a script that resizes it, and a script-free image version), with the source and licence attached.",
  },
  notFound: {
    title: "Page not found",
    description: "The page you asked for does not exist or has moved.",
    body: "There is no page at this address. The link may be wrong, or the page may have moved.",
    home: "Back to the home page",
  },
  common: {
    language: "Language",
  },
};
