/**
 * Is a capital the government or the place? "Washington se réserve le droit", "le soutien de
 * Washington", "demander à Bagdad de travailler", "Tehran denied" name the state; "à Bagdad",
 * "near Baghdad airport", "l’ambassade américaine à Bagdad" name the place. Decided from a few
 * words on each side of the mention.
 */
import type { ActorRules } from './locales';
import { LINE_START, type TokenKeys, type Tokens, joinedBySpace } from './tokens';

export type MetonymReading = 'state' | 'place';

const MAX_BEFORE = 4;
const MAX_AFTER = 3;

/** Folded words before token `first`, nearest first; reading stops at punctuation. */
function wordsBefore(tokens: Tokens, keys: TokenKeys, first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && words.length < MAX_BEFORE && joinedBySpace(tokens, k); k--) words.push(keys.get(k));
  return words;
}

/** Folded words after token `last`, nearest first; reading stops at punctuation. */
function wordsAfter(tokens: Tokens, keys: TokenKeys, last: number): string[] {
  const words: string[] = [];
  for (let k = last; k + 1 < tokens.count && words.length < MAX_AFTER && joinedBySpace(tokens, k); k++) words.push(keys.get(k + 1));
  return words;
}

/** The first non-space character after token `last`, if punctuation comes before the next word. */
function punctuationAfter(tokens: Tokens, last: number): string {
  const end = last + 1 < tokens.count ? tokens.start[last + 1]! : tokens.text.length;
  for (let i = tokens.end[last]!; i < end; i++) {
    const c = tokens.text[i]!;
    if (c !== ' ' && c !== '\u00a0' && c !== '\t') return c;
  }
  return '';
}

/**
 * Reads the capital spelt by tokens `first..last` as the state or as the place. Without any sign the
 * capital reads as the state: in news on politics a bare capital is nearly always its government,
 * while the place is almost always introduced by a preposition.
 */
export function readMetonym(tokens: Tokens, keys: TokenKeys, first: number, last: number, rules: ActorRules): MetonymReading {
  const m = rules.metonymy;
  const b = wordsBefore(tokens, keys, first);
  const a = wordsAfter(tokens, keys, last);

  // Datelines: "BAGDAD (AFP) –", "Bagdad, 5 janvier –" at the start of a line.
  if (tokens.flags[first]! & LINE_START && ['(', ',', '–', '—', '-'].includes(punctuationAfter(tokens, last))) return 'place';
  // "demander à Bagdad de travailler": a dative before an infinitive is the government.
  if (b[0] !== undefined && m.dative.has(b[0]) && a[0] !== undefined && m.dativeComplementizers.has(a[0])) {
    const verb = a[1];
    if (verb !== undefined && m.infinitiveEndings.some((e) => verb.length > e.length + 1 && verb.endsWith(e))) return 'state';
  }
  if (a[0] !== undefined && m.placeAfter.has(a[0])) return 'place';

  let i = 0;
  while (i < b.length && m.locativeModifiers.has(b[i]!)) i++;
  const prep = b[i];
  if (prep !== undefined) {
    const nounBefore = (k: number): string | undefined => {
      let j = k;
      while (j < b.length && rules.articles.has(b[j]!)) j++;
      return b[j];
    };
    if (m.locativeBefore.has(prep)) {
      // "la pression sur Téhéran", "pressure from Washington": a political noun governs.
      const noun = nounBefore(i + 1);
      return noun !== undefined && m.politicalNouns.has(noun) ? 'state' : 'place';
    }
    if (m.genitiveBefore.has(prep)) {
      // "le soutien (militaire) de Washington" / "l’aéroport de Bagdad", "au nord de Bagdad".
      for (let k = i + 1; k < Math.min(b.length, i + 3); k++) {
        const w = b[k]!;
        if (rules.articles.has(w)) continue;
        if (m.politicalNouns.has(w)) return 'state';
        if (m.placeNouns.has(w) || m.locativeBefore.has(w)) return 'place';
      }
      return 'place';
    }
    if (m.relationBefore.has(prep)) return 'state';
    if (m.placeVerbsBefore.has(prep)) return 'place';
  }
  if (a[0] !== undefined && m.stateVerbsAfter.has(a[0])) return 'state';
  return 'state';
}
