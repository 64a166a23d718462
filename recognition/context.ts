import type { SupportedLang } from './types';

/**
 * Everything recognition depends on besides the text. There is no hidden `Date.now()`: the
 * caller decides the reference date (the publication date, or today as a declared fallback).
 */
export interface RecognitionContext {
  /** Language of the article text; `null` when it is neither French nor English. */
  lang: SupportedLang | null;
  /** The article's publication date; relative dates are resolved against it. */
  referenceDate: Date;
  /** Language of the reader's interface, for phrases shown on cards. */
  uiLang: SupportedLang;
}

/** Noon UTC of a `YYYY-MM-DD` day: the reference date of that day, safe from time zones. */
export function referenceDateOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
