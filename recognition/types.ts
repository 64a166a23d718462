/**
 * The recognition contract shared by the content script, the popup, the command-line tool and
 * the tests. Offsets are UTF-16 code-unit offsets into the article text that was recognised.
 */

export type ActorKind = 'person' | 'organization' | 'state' | 'place';

/** Languages the recogniser has rules for. Other languages get knowledge-base actors only. */
export type SupportedLang = 'fr' | 'en';

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface AffiliationRef {
  id: string;
  name: string;
}

export interface ActorAnnotation {
  /** Knowledge-base id, or `unknown:<folded name>` for actors found by the proper-noun finder. */
  id: string;
  /** Canonical name in the article's language (knowledge base), or the longest form seen. */
  name: string;
  kind: ActorKind;
  known: boolean;
  mentions: Mention[];
  /** Finer type from the knowledge base or from context: 'armed-group', 'party', 'minister'… */
  type?: string;
  /** Knowledge-base description in the UI language. */
  description?: string;
  aliases?: string[];
  affiliations?: AffiliationRef[];
  /** Full Wikipedia URL when the knowledge base has a title. */
  wikipedia?: string;
  /** What the article itself says of the actor: an apposition or the first sentence naming it. */
  articleSays?: string;
}

export type DateGranularity = 'day' | 'week' | 'month' | 'season' | 'year' | 'interval';

export interface DateAnnotation {
  text: string;
  start: number;
  end: number;
  /** ISO 8601 at the real granularity: `2020-01-05`, `2023-W49`, `2023-10`, `2014/2017`, `2023-10-10/2023-10-20`. */
  value: string;
  granularity: DateGranularity;
  /** First and last day covered, as `YYYY-MM-DD`, so every date can be sorted and compared. */
  first: string;
  last: string;
  /** Whole days from the publication (reference) date to `first`; negative means before. */
  daysFromReference: number;
  /** Phrase for the card in the UI language, e.g. "3 days before publication". */
  phrase: string;
}

export interface PageAnnotations {
  url: string;
  isArticle: boolean;
  lang: string | null;
  title: string | null;
  /** ISO 8601 publication date; null when the page gives none (dates are then resolved against today). */
  publishedAt: string | null;
  /** True when dates were resolved against the current day because the page had no publication date. */
  referenceIsToday?: boolean;
  actors: ActorAnnotation[];
  dates: DateAnnotation[];
}
