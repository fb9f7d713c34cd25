import type { DatasetId } from "~/data/registry";
import type { Lang } from "~/i18n/locales";
import type { Tone } from "~/core/palette";

/**
 * Formats figures for chart texts, so that a title or takeaway never types a number by hand:
 * every figure in a sentence is read from the data through one of these.
 */
export interface Figures {
  /** A fact's value as the page writes it: hedge, unit, and 万 where the source wrote it so. */
  value(id: string): string;
  /** A fact's value without its unit (hedge kept): `37`, `约1,160`. */
  number(id: string): string;
  /** A fact's date or period (`2019年6月20日` / `20 June 2019`). */
  date(id: string): string;
  /** What a fact measures, as the dataset words it. */
  measure(id: string): string;
  /** The name of a place (county, site or other place) by id. */
  place(id: string): string;
  /** A dataset's title. */
  datasetTitle(id: DatasetId): string;
}

/** A text in one language: fixed, or written around figures from the data. */
export type LocalText = string | ((fig: Figures) => string);

/** A chart text in both languages. */
export interface ChartText {
  zh: LocalText;
  en: LocalText;
}

/** The takeaway drawn on a chart, declared in its registry entry: a short text and the marks it points at. */
export interface AnnotationSpec {
  /** A few words, with any figure read from the data. */
  text: ChartText;
  /**
   * The fact ids of the marks to highlight (a bar's or an event's first fact), or a function that reads
   * them from the data (e.g. the last date); the note sits under the last of them.
   */
  marks: [string, ...string[]] | (() => string[]);
}

/** An annotation in the page's language, as a renderer draws it. */
export interface Annotation {
  text: string;
  marks: string[];
}

/** One bar: a figure drawn from `start` to `start + value`, with its label and formatted value. */
export interface BarRow {
  /** Unique within the chart; the first fact id. */
  key: string;
  /** The figure drawn first; any others are written in the value text (e.g. a share beside a count). */
  factIds: [string, ...string[]];
  label: string;
  /** The value as written on the page, with hedge and unit (and any extra figures). */
  valueText: string;
  value: number;
  /** Where the bar starts on the scale, in the data's unit (0, or the end of the previous part of a whole). */
  start: number;
  tone: Tone;
  /** True when the figure is computed here rather than stated by a source. */
  computed: boolean;
  /** A short word shown after the label (e.g. "differs"), or null. */
  flag: string | null;
  /** The tooltip: label, value and source. */
  tip: string;
}

/** A group of bars under a heading; when it has a whole, the bars are parts of it, drawn over a track. */
export interface BarGroup {
  key: string;
  label: string | null;
  /** The stated whole, written after the heading, or null. */
  valueText: string | null;
  /** The fact that states the whole, if any. */
  totalFactId: string | null;
  /** The length of the track behind the bars (the whole), or null for no track. */
  whole: number | null;
  rows: BarRow[];
}

/** Labelled horizontal bars in groups; `per-group` scales each group to its own largest bar. */
export interface BarChartData {
  kind: "bars";
  scale: "shared" | "per-group";
  groups: BarGroup[];
  /** The takeaway drawn on the chart (set from the registry entry when the chart is viewed). */
  annotation?: Annotation;
}

/** One dated event on a timeline. */
export interface TimelineRow {
  key: string;
  factIds: [string, ...string[]];
  label: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  dateText: string;
  tone: Tone;
  flag: string | null;
  tip: string;
  /** The events a source reports together (e.g. in one sentence) share a batch number. */
  batch: number;
}

/** Events on a calendar of weeks, one line each, in date order, with the batches they were reported in. */
export interface TimelineData {
  kind: "timeline";
  rows: TimelineRow[];
  /** The legend under the calendar: what a week band and a bracket mean. */
  legend: string;
  /** The takeaway drawn on the chart (set from the registry entry when the chart is viewed). */
  annotation?: Annotation;
}

/**
 * A unit (waffle) chart of one whole and its parts: the same groups as a bar chart (one group, its
 * stated whole and the parts), drawn as squares of `unit` each.
 */
export interface WaffleData {
  kind: "waffle";
  groups: [BarGroup];
  /** How many of the figures' unit one square stands for (a scale, like an axis tick). */
  unit: number;
  /** The legend of the squares, e.g. "Each square = 1,000 people". */
  unitText: string;
  /** The takeaway drawn on the chart (set from the registry entry when the chart is viewed). */
  annotation?: Annotation;
}

/** One source's figure on a dot plot: a bar row with the short text drawn beside its dot (the source's grade). */
export interface DotRow extends BarRow {
  dotLabel: string;
}

/** One measure of a dot plot: its sources' figures on one scale; the first row is the figure the site uses. */
export interface DotGroup extends BarGroup {
  rows: DotRow[];
}

/** Figures that should be one number, a dot per source on a scale of their own per measure. */
export interface DotPlotData {
  kind: "dots";
  groups: DotGroup[];
  /** Written under each measure: its scale does not start at zero. */
  scaleText: (from: string, to: string) => string;
  /** The takeaway drawn on the chart (set from the registry entry when the chart is viewed). */
  annotation?: Annotation;
}

/**
 * Stacked bars: each group is one bar of its parts end to end over its whole (100 % for shares),
 * with a legend of the parts under it. Parts that add up to more than the stated whole run past it.
 */
export interface StackData {
  kind: "stack";
  groups: BarGroup[];
  /** The takeaway drawn on the chart (set from the registry entry when the chart is viewed). */
  annotation?: Annotation;
}

/** A move a source records: from an origin county to a receiving site. */
export interface FlowLink {
  /** The origin county's id. */
  key: string;
  label: string;
  /** False when the origin is the county the site is in (a move within the county). */
  crossCounty: boolean;
  /** The tooltip: origin, site and source. */
  tip: string;
}

/** A receiving site with its figures and the counties a source names as its residents' origins. */
export interface FlowSite {
  /** The site's id. */
  key: string;
  label: string;
  /** The site's figures (people, households), as written on the page. */
  valueText: string;
  factIds: string[];
  links: FlowLink[];
  /** The source that names the origins. */
  sourceId: string;
  tip: string;
}

/** Moves from origin counties to receiving sites: which counties, not how many from each. */
export interface FlowData {
  kind: "flow";
  sites: FlowSite[];
  /** Written under the graphic: what a line means and does not. */
  legend: string;
  /** The takeaway drawn on the chart (set from the registry entry when the chart is viewed). */
  annotation?: Annotation;
}

/** The data a chart draws, already in the page's language. */
export type ChartData = BarChartData | TimelineData | WaffleData | DotPlotData | StackData | FlowData;

/** What a renderer needs besides the data: the width to lay out for, the language and a DOM. */
export interface RenderOptions {
  width: number;
  lang: Lang;
  /** A DOM document: linkedom's at build time, the browser's in tests that want one. */
  document: Document;
}

/**
 * A chart, declared once: every page, embed, download and social card reads its identity from here.
 * Texts are written without figures; any figure in them is read from the data through `Figures`.
 */
export interface ChartDefinition<D extends ChartData = ChartData> {
  /** kebab-case; the URL slug and the download file name. */
  id: string;
  /** The datasets the figures come from (the first is the chart's main dataset). */
  datasets: [DatasetId, ...DatasetId[]];
  title: ChartText;
  subtitle: ChartText;
  /** The one sentence a reader should take away. */
  takeaway: ChartText;
  /** The takeaway as drawn on the graphic: a highlighted mark and a short note beside it. */
  annotation: AnnotationSpec;
  /** The opening of the alt text; the figures of every bar or event are appended to it. */
  alt: ChartText;
  /** What a reader must know to read the chart honestly. */
  notes: ChartText[];
  /** Facts whose own notes are repeated under the chart (e.g. how a computed figure is made). */
  noteFacts: string[];
  /** Gathers the chart's data from the datasets, in a language. */
  build(lang: Lang, fig: Figures): D;
  /** Draws the data (a method, so that a chart of one data kind fits a list of all charts). */
  render(data: D, options: RenderOptions): SVGSVGElement;
}
