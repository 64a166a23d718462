/**
 * Which surface forms of the knowledge base can occur in one text, decided without folding the
 * forms: a gazetteer of those forms alone finds in that text exactly what the whole one finds,
 * and builds in a fraction of the time. The background uses it for the article that wakes it,
 * before the whole gazetteer exists.
 *
 * The test is a necessary condition. A form's telltale is its longest run of ASCII letters and
 * digits (three or more): folding leaves such a run as it is, lowercased, inside one word of the
 * form's folded key, so wherever the gazetteer matches the key, the run lies inside a word of the
 * folded text. Forms without a telltale are always kept. Quotation marks, which the gazetteer's
 * scan treats as boundaries, separate words here too; the candidates the partly-quoted stage
 * builds are pieces of the text's words, so their runs are inside its words as well.
 */
import { foldText, foldedToString, isQuotationMark } from './normalize';

/** Shorter runs say too little about a form (and "el" alone is rewritten by folding). */
const MIN_TELLTALE = 3;

/** The words of `text` as the gazetteer's scan reads them, folded, in one string. */
function foldedWords(text: string): string {
  let spaced = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isQuotationMark(text.charCodeAt(i))) continue;
    spaced += `${text.slice(from, i)} `;
    from = i + 1;
  }
  return foldedToString(foldText(from === 0 ? text : spaced + text.slice(from)));
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Telltales worked out so far, by form: every gazetteer of a text asks for every form's. */
const telltales = new Map<string, string | null>();

/** The form's longest run of ASCII letters and digits, lowercased, or null when none is long enough. */
export function telltaleOf(form: string): string | null {
  let telltale = telltales.get(form);
  if (telltale === undefined) {
    telltale = findTelltale(form);
    telltales.set(form, telltale);
  }
  return telltale;
}

function findTelltale(form: string): string | null {
  let bestStart = 0;
  let bestLength = 0;
  let start = -1;
  for (let i = 0; i <= form.length; i++) {
    if (i < form.length && isAsciiAlnum(form.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
      start = -1;
    }
  }
  return bestLength >= MIN_TELLTALE ? form.slice(bestStart, bestStart + bestLength).toLowerCase() : null;
}

/** A test telling, for any form, whether it may occur in `text` (false: it cannot). */
export function formsIn(text: string): (form: string) => boolean {
  const words = foldedWords(text);
  // Every three units of the text: most telltales are ruled out by a lookup or three, before
  // a search of the whole text.
  const triples = new Set<string>();
  for (let i = 0; i + MIN_TELLTALE <= words.length; i++) triples.add(words.slice(i, i + MIN_TELLTALE));
  return (form) => {
    const telltale = telltaleOf(form);
    if (telltale === null) return true;
    const last = telltale.length - MIN_TELLTALE;
    const middle = last >> 1;
    return (
      triples.has(telltale.slice(0, MIN_TELLTALE)) &&
      triples.has(telltale.slice(last)) &&
      triples.has(telltale.slice(middle, middle + MIN_TELLTALE)) &&
      words.includes(telltale)
    );
  };
}
