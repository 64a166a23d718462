import type { Part } from './values';

/**
 * Tags our rules put on chrono results. Each parser and refiner names itself with
 * `contexte/parser/…` or `contexte/refiner/…` (class names do not survive minification);
 * the tags below also change how a result is read into a value.
 */
export const WEEK_TAG = 'contexte/granularity/week';
export const SEASON_TAG = 'contexte/granularity/season';
export const PART_TAGS: Record<Part, string> = {
  early: 'contexte/part/early',
  mid: 'contexte/part/mid',
  late: 'contexte/part/late',
};

export function parserTag(name: string): string {
  return `contexte/parser/${name}`;
}

export function refinerTag(name: string): string {
  return `contexte/refiner/${name}`;
}

/** On components whose unwritten year a word fixed ("octobre dernier", "next January"). */
export const RESOLVED_YEAR_TAG = 'contexte/resolved-year';
