/**
 * Acronyms the article defines: "Mouvement de la jeunesse libre (MJL)" or "MJL (Mouvement de la
 * jeunesse libre)". The acronym in parentheses becomes a mention of the long form's actor, even
 * over another actor's acronym ("Conseil de transition du Sud (CTS)"); coreference then links
 * the acronym's other uses.
 */
import { type AcronymDefinition, type ActorMention, MentionIndex, removeOverlaps } from './mention';
import { foldForComparison } from './normalize';
import { ALL_CAPS, type Tokens, tokenAtOrAfter } from './tokens';

export interface AcronymResult {
  mentions: ActorMention[];
  acronyms: AcronymDefinition[];
}

/** Finds definitions next to `mentions` (sorted, not overlapping) and adds the acronyms as mentions. */
export function defineAcronyms(tokens: Tokens, mentions: readonly ActorMention[]): AcronymResult {
  const text = tokens.text;
  const acronyms: AcronymDefinition[] = [];
  const added: ActorMention[] = [];
  const replaced = new Set<ActorMention>();
  const index = new MentionIndex(mentions);
  const define = (token: number, m: ActorMention): void => {
    const acronym = text.slice(tokens.start[token]!, tokens.end[token]!);
    // "SANAA (Yémen)" is a dateline, not an acronym: the initials must agree.
    if (!initialsAgree(acronym, foldForComparison(text.slice(m.start, m.end)))) return;
    const at = index.firstOverlap(tokens.start[token]!, tokens.end[token]!);
    if (at >= 0) {
      const other = mentions[at]!;
      if (other.start !== tokens.start[token] || other.end !== tokens.end[token] || other.id === m.id) return;
      replaced.add(other);
    }
    acronyms.push({ acronym, id: m.id, kind: m.kind, known: m.known });
    added.push({ id: m.id, start: tokens.start[token]!, end: tokens.end[token]!, kind: m.kind, known: m.known, rule: 'acronym:definition', type: m.type });
  };
  for (const m of mentions) {
    if (m.kind === 'place') continue;
    const after = tokenAtOrAfter(tokens, m.end);
    if (after < tokens.count && isAcronymToken(tokens, after) && isOnly(text, m.end, tokens.start[after]!, '(') && text.startsWith(')', tokens.end[after]!)) {
      define(after, m);
      continue;
    }
    const before = tokenAtOrAfter(tokens, m.start) - 1;
    if (before >= 0 && isAcronymToken(tokens, before) && isOnly(text, tokens.end[before]!, m.start, '(') && text.startsWith(')', m.end)) {
      define(before, m);
    }
  }
  if (added.length === 0) return { mentions: [...mentions], acronyms };
  return { mentions: removeOverlaps([...mentions.filter((m) => !replaced.has(m)), ...added]), acronyms };
}

function isAcronymToken(tokens: Tokens, i: number): boolean {
  const length = tokens.end[i]! - tokens.start[i]!;
  return (tokens.flags[i]! & ALL_CAPS) !== 0 && length >= 2 && length <= 6;
}

/** True when `text[from, to)` is spaces around exactly `mark`. */
function isOnly(text: string, from: number, to: number, mark: string): boolean {
  return text.slice(from, to).trim() === mark;
}

/** The acronym starts with the initial of the long form's first or second word. */
function initialsAgree(acronym: string, foldedName: string): boolean {
  const first = acronym[0]!.toLowerCase();
  return foldedName
    .split(' ')
    .slice(0, 2)
    .some((w) => w.startsWith(first));
}
