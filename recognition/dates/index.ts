import type { Chrono, ParsedResult } from 'chrono-node';
import type { RecognitionContext } from '../context';
import type { DateAnnotation, SupportedLang } from '../types';
import { valueOfResult } from './common/annotate';
import { formatDay } from './common/calendar';
import { chronoReference, publicationDay } from './common/reference';
import { PASSAGE_MARK, candidateRegions, joinRegions, triggerPattern, type JoinedRegions } from './common/regions';
import { isSpace } from './common/wordAlignment';
import { describeDays } from './describe';
import { englishChrono } from './locales/en/configuration';
import { TRIGGER_PATTERNS as ENGLISH_TRIGGERS, isTriggerWord as isEnglishTrigger } from './locales/en/words';
import { frenchChrono } from './locales/fr/configuration';
import { TRIGGER_PATTERNS as FRENCH_TRIGGERS } from './locales/fr/words';

interface Language {
  chrono: Chrono;
  trigger: RegExp;
  isTrigger?: (word: string) => boolean;
}

const LANGUAGES: Record<SupportedLang, Language> = {
  fr: { chrono: frenchChrono, trigger: triggerPattern(FRENCH_TRIGGERS) },
  en: { chrono: englishChrono, trigger: triggerPattern(ENGLISH_TRIGGERS), isTrigger: isEnglishTrigger },
};

/**
 * The dates of an article, resolved against its publication date (`ctx.referenceDate`), sorted
 * by start and never overlapping. Empty for a language we have no rules for.
 */
export function findDates(text: string, ctx: RecognitionContext): DateAnnotation[] {
  if (!ctx.lang) return [];
  const { chrono, trigger, isTrigger } = LANGUAGES[ctx.lang];
  const regions = candidateRegions(text, trigger, isTrigger);
  if (regions.length === 0) return [];
  const joined = joinRegions(text, regions);
  const reference = publicationDay(ctx.referenceDate);
  const results = chrono.parse(joined.text, chronoReference(reference));
  const annotations: DateAnnotation[] = [];
  for (const result of results) {
    const annotation = toAnnotation(result, joined, text, reference, ctx);
    const previous = annotations.at(-1);
    if (annotation && (!previous || annotation.start >= previous.end)) annotations.push(annotation);
  }
  return annotations;
}

function toAnnotation(
  result: ParsedResult,
  joined: JoinedRegions,
  text: string,
  reference: number,
  ctx: RecognitionContext,
): DateAnnotation | null {
  const value = valueOfResult(result);
  if (!value || result.text.includes(PASSAGE_MARK)) return null;
  // Some chrono patterns end on white space; spans never do.
  let from = 0;
  let to = result.text.length;
  while (from < to && isSpace(result.text.charCodeAt(from))) from++;
  while (to > from && isSpace(result.text.charCodeAt(to - 1))) to--;
  if (from === to) return null;
  const start = joined.toArticle(result.index + from);
  const end = start + (to - from);
  return {
    text: text.slice(start, end),
    start,
    end,
    value: value.value,
    granularity: value.granularity,
    first: formatDay(value.first),
    last: formatDay(value.last),
    daysFromReference: value.first - reference,
    phrase: describeDays(value.first, reference, ctx.uiLang),
  };
}
