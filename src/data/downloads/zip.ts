import { strToU8, type Zippable } from "fflate";
import { citationTarget, citationText } from "../citation";
import { getCollectionMeta } from "../index";
import { datapackage, type ReadDownload } from "./datapackage";
import { listDownloads } from "./files";
import { formulaStarts, stableZip } from "./formats";
import { getDataRelease } from "./release";

/** Every download but the zip, `datapackage.json` and a README, as one reproducible zip. */
export async function buildZip(siteUrl: string, read: ReadDownload): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const file of listDownloads()) {
    if (file.format === "zip") continue;
    files[file.path] = await read(file.path);
  }
  files["datapackage.json"] = strToU8(`${JSON.stringify(await datapackage(siteUrl, read), null, 2)}\n`);
  files["README.txt"] = strToU8(zipReadme(siteUrl));
  return stableZip(files);
}

/** The zip's README.txt: what each file is, the licence and how to cite, CRLF line ends. */
export function zipReadme(siteUrl: string): string {
  const { version, date } = getDataRelease();
  const { title } = getCollectionMeta();
  const target = citationTarget(siteUrl);
  const formulas = formulaStarts.map((f) => f.name).join(", ");
  return [
    `${title.zh} / ${title.en}`,
    `Version ${version} (${date})`,
    "",
    "Every figure carries the id of its source, the verbatim quote that states it and the figure as written there.",
    "每个数字都附有来源编号、陈述该数字的原文引语以及原文写法。",
    "",
    "Files / 文件:",
    "  datapackage.json          Frictionless Data Package: every field, unit, licence, source, byte size and hash;",
    "                            its tabular resources are the plain CSVs; each lists the other forms of its table",
    "                            (Excel CSV, JSON, XLSX) under `alternatives`",
    "  downloads/<id>.csv        UTF-8 CSV (RFC 4180)",
    "  downloads/<id>-excel.csv  the same CSV for Microsoft Excel: a UTF-8 byte-order mark, and an apostrophe before",
    `                            any text that Excel would otherwise run as a formula (${formulas})`,
    "  downloads/<id>.json       the rows with their nested structure",
    "  downloads/<id>.xlsx       workbook: sheet 'data' and sheet 'fields' describing every column",
    "  downloads/citation.*      BibTeX, RIS and CSL-JSON citations",
    "",
    "Licence / 许可: data CC BY 4.0; quoted source texts remain their publishers'.",
    "数据以 CC BY 4.0 许可发布；引用的原文归原出版者所有。",
    "",
    "Cite / 引用:",
    `  ${citationText(target, "en")}`,
    `  ${citationText(target, "zh")}`,
    "",
    `Web: ${siteUrl}`,
    "",
  ].join("\r\n");
}
