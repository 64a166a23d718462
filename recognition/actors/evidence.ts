/**
 * What the words around a capitalised name say it is: a person (a title before it, a verb of
 * speech after or before it, a role in apposition), an organisation (a noun that announces it,
 * an apposition naming its kind, people at work before "at" or "chez") or a place (a preposition
 * or a noun of place before it). Each reader looks at a few tokens only and stops at punctuation
 * or at a new clause.
 */
import type { KnowledgeBase } from '../knowledge/schema';
import { endsWithAny, type ActorRules } from './locales';
import type { ActorMention } from './mention';
import { foldForComparison } from './normalize';
import { ALL_CAPS, CAPITALISED, POSSESSIVE, type TokenView, type Tokens, tokenAtOrAfter } from './tokens';

const MAX_TITLE_LOOKBACK = 6;
const MAX_APPOSITION_TOKENS = 30;
const MAX_SPEECH_LOOKBACK = 7;

/**
 * "the rebels’ chief negotiator", "the United States' envoy": a plural possessive, an apostrophe
 * right after a word in -s, then a space. It continues a phrase as a space does.
 */
export function pluralPossessiveAfter(tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.count) return false;
  const end = tokens.end[i]!;
  const last = tokens.text.charCodeAt(end - 1);
  if (last !== 0x73 && last !== 0x53) return false;
  const mark = tokens.text[end];
  if (mark !== '’' && mark !== "'") return false;
  const gap = tokens.text.slice(end + 1, tokens.start[i + 1]!);
  return gap.length > 0 && gap.trim() === '';
}

/** Words of one phrase: spaces between tokens `i` and `i + 1`, or a plural possessive. */
function inPhrase(view: TokenView, i: number): boolean {
  return view.joined(i) || pluralPossessiveAfter(view.tokens, i);
}

/** A title a few words before the name: "le ministre des Affaires étrangères Fouad Hussein". */
export function titleBefore(view: TokenView, rules: ActorRules, a: number): string | undefined {
  let k = a - 1;
  if (k < 0) return undefined;
  // "le porte-parole du ministère, Yehia Rasool": one comma right before the name.
  if (!view.joined(k) && !view.gapIs(k, ',')) return undefined;
  // "le ministre des Affaires étrangères": a name after "de"/"of" is what the title governs.
  if (rules.orgConnectors.has(view.key(k)) && !(view.flags(k) & CAPITALISED)) return undefined;
  for (let steps = 0; k >= 0 && steps < MAX_TITLE_LOOKBACK; steps++, k--) {
    const key = view.key(k);
    if (rules.titles.has(key)) return adjectiveAfterArticle(view, rules, k) ? undefined : key;
    if (rules.clauseBreakers.has(key) || rules.speechVerbs.has(key) || view.flags(k) & POSSESSIVE) return undefined;
    if (k > 0 && !view.joined(k - 1)) return undefined;
  }
  return undefined;
}

/** "a major Seattle industry", "the chief Amazon rival": a lowercase title after an article is an adjective. */
function adjectiveAfterArticle(view: TokenView, rules: ActorRules, k: number): boolean {
  return rules.adjectivalTitles.has(view.key(k)) && !(view.flags(k) & CAPITALISED) && k > 0 && view.joined(k - 1) && rules.determiners.has(view.key(k - 1));
}

/**
 * A verb of speech after the name ("a déclaré", "said"), possibly after an apposition between
 * commas; an apposition that opens with a relative pronoun or an article may hold a second one
 * ("X, who heads the Y Institute, a think tank in Baghdad, told AFP").
 */
export function speechAfter(view: TokenView, rules: ActorRules, b: number): boolean {
  let k = b + 1;
  if (k >= view.count) return false;
  if (view.gapIs(b, ',')) {
    const opener = view.key(k);
    const segments = rules.clauseLinks.has(opener) || rules.determiners.has(opener) ? 2 : 1;
    for (let segment = 0; segment < segments; segment++) {
      const closing = appositionEnd(view, k);
      if (closing < 0) return false;
      k = closing + 1;
      if (speechVerbAt(view, rules, k)) return true;
    }
    return false;
  } else if (!view.joined(b)) {
    return false;
  }
  return speechVerbAt(view, rules, k);
}

/** Last token of an apposition starting at `k` and closed by a comma, or -1. */
function appositionEnd(view: TokenView, k: number): number {
  for (let j = k; j < Math.min(view.count - 1, k + MAX_APPOSITION_TOKENS); j++) {
    if (view.gapIs(j, ',')) return j;
    if (!inPhrase(view, j)) return -1;
  }
  return -1;
}

/** "a (également) déclaré", "also said", "says" starting at token `start`. */
function speechVerbAt(view: TokenView, rules: ActorRules, start: number): boolean {
  let k = start;
  const skipAdverbs = (): void => {
    for (let n = 0; n < 2 && k + 1 < view.count && rules.speechAdverbs.has(view.key(k)) && view.joined(k); n++) k++;
  };
  skipAdverbs();
  if (k < view.count && rules.speechAuxiliaries.has(view.key(k)) && view.joined(k)) {
    k++;
    skipAdverbs();
  }
  return k < view.count && rules.speechVerbs.has(view.key(k));
}

/**
 * "said Lotfi Azzouz", "a déclaré Lotfi Azzouz", and with words in between: "a déclaré
 * dimanche soir à l’AFP Nisrine Youssef". The look-back stops at punctuation or a new clause.
 */
export function speechBefore(view: TokenView, rules: ActorRules, a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - MAX_SPEECH_LOOKBACK) && view.joined(k); k--) {
    const key = view.key(k);
    if (rules.invertedSpeechVerbs.has(key) && k === a - 1) return true;
    if (rules.speechVerbs.has(key) && k > 0 && view.joined(k - 1) && rules.speechAuxiliaries.has(view.key(k - 1))) return true;
    if (rules.clauseLinks.has(key) || rules.speechVerbs.has(key)) return false;
  }
  return false;
}

/** "l’association Jousour Sud", "the charity Orontes": a noun that announces an organisation. */
export function orgNounBefore(view: TokenView, rules: ActorRules, a: number): boolean {
  const k = a - 1;
  return k >= 0 && view.joined(k) && !(view.flags(k) & CAPITALISED) && rules.orgNouns.has(view.key(k));
}

/**
 * "Kavim, a civic group in Jerusalem", "Yazda, une ONG yézidie": an apposition whose noun is an
 * organisation's ("the group's leader" is not: the noun must not be possessed).
 */
export function orgApposition(view: TokenView, rules: ActorRules, b: number): boolean {
  if (!view.gapIs(b, ',')) return false;
  let k = b + 1;
  if (k < view.count && rules.determiners.has(view.key(k)) && view.joined(k)) k++;
  for (let skipped = 0; k < view.count; k++, skipped++) {
    const key = view.key(k);
    if (rules.orgNouns.has(key)) return !(k + 1 < view.count && view.flags(k + 1) & POSSESSIVE);
    if (skipped === 3 || !view.joined(k) || rules.titles.has(key) || rules.stopWords.has(key) || rules.clauseBreakers.has(key)) return false;
  }
  return false;
}

/** "Devlet Bahçeli, the leader of …", "Selin Aktaş, a researcher at …": a role in apposition. */
export function roleApposition(view: TokenView, rules: ActorRules, b: number): boolean {
  if (!view.gapIs(b, ',')) return false;
  let k = b + 1;
  if (k < view.count && rules.determiners.has(view.key(k)) && view.joined(k)) k++;
  for (let seen = 0; k < view.count && seen < 4; k++, seen++) {
    const key = view.key(k);
    if (rules.titles.has(key)) return true;
    if (view.flags(k) & POSSESSIVE) continue;
    if (!inPhrase(view, k) || rules.stopWords.has(key) || rules.clauseBreakers.has(key) || rules.speechVerbs.has(key)) return false;
  }
  return false;
}

/**
 * "engineers at Mozilla", "works for Whole Foods", "ingénieur chez Renault": people at work before
 * the preposition make the name their employer, an organisation rather than a place.
 */
export function employerBefore(view: TokenView, rules: ActorRules, a: number): boolean {
  let k = a - 1;
  if (k > 0 && view.joined(k) && rules.articles.has(view.key(k))) k--;
  if (k < 1 || !view.joined(k) || !view.joined(k - 1) || !rules.employerPrepositions.has(view.key(k))) return false;
  return rules.employerNouns.has(view.key(k - 1));
}

/**
 * Is the name a company's? Its verb is business ("Amazon bought", "Whole Foods was selling",
 * "Yahoo a racheté"), its possessive governs a business noun ("Amazon’s grocery strategy",
 * "Yahoo’s $4.8 billion sale"), a noun of business follows it ("the LibreOffice project",
 * "Yahoo shareholders"), a legal form follows it ("Smart Projects SRL"), or it is the agent of
 * ownership ("owned by X", "racheté par X"). Places have mayors and hospitals, not these.
 */
export function businessEvidence(view: TokenView, rules: ActorRules, a: number, b: number): boolean {
  return businessVerbAfter(view, rules, b) || businessNounAfter(view, rules, a, b) || ownerBefore(view, rules, a) || companySuffixAfter(view, rules, b);
}

function businessVerbAfter(view: TokenView, rules: ActorRules, b: number): boolean {
  if (!view.joined(b)) return false;
  let k = b + 1;
  for (let n = 0; n < 2 && k + 1 < view.count && rules.businessAuxiliaries.has(view.key(k)) && view.joined(k); n++) k++;
  if (k >= view.count || view.flags(k) & CAPITALISED) return false;
  const key = view.key(k);
  let after = k + 1;
  if (!rules.businessVerbs.has(key)) {
    if (!view.joined(k) || !rules.businessVerbs.has(`${key} ${view.key(k + 1)}`)) return false;
    after++;
  }
  // "Martino sold off his stake": a person's possessive after the verb.
  for (let n = 0; n < 2 && after < view.count && view.joined(after - 1); n++, after++) if (rules.personalPossessives.has(view.key(after))) return false;
  return true;
}

/** Characters allowed between the words of an amount ("$4.8 billion", "€2,5 milliards"). */
const AMOUNT_GAP = /^[\s$€£%.,]*$/;
const MAX_POSSESSED_WORDS = 4;
/** Words of an amount that the stop-word lists hold: they do not end the possessed phrase. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['million', 'millions', 'billion', 'milliard', 'milliards', 'thousand']);

function businessNounAfter(view: TokenView, rules: ActorRules, a: number, b: number): boolean {
  const next = b + 1;
  if (next >= view.count) return false;
  const t = view.tokens;
  if (view.flags(next) & POSSESSIVE || pluralPossessiveAfter(t, b)) {
    // "Amazon’s broader grocery strategy": the noun may follow an adjective or an amount.
    for (let k = view.flags(next) & POSSESSIVE ? next + 1 : next, seen = 0; k < view.count && seen < MAX_POSSESSED_WORDS; k++, seen++) {
      if (!AMOUNT_GAP.test(t.text.slice(t.end[k - 1]!, t.start[k]!))) return false;
      const key = view.key(k);
      if (rules.businessNouns.has(key)) return true;
      if (view.flags(k) & CAPITALISED || rules.clauseBreakers.has(key) || (rules.stopWords.has(key) && !NUMBER_WORDS.has(key))) return false;
    }
    return false;
  }
  if (!view.joined(b) || view.flags(next) & CAPITALISED) return false;
  const key = view.key(next);
  if (rules.bareCompanyNounsAfter.has(key)) return true;
  if (a === 0 || !view.joined(a - 1) || !rules.articles.has(view.key(a - 1))) return false;
  if (rules.companyNounsAfter.has(key)) return true;
  // "the Thunderbird email client": software after one modifier ("the Mosul reconstruction project" stays a place's).
  const head = next + 1;
  return head < view.count && view.joined(next) && !rules.stopWords.has(key) && !(view.flags(head) & CAPITALISED) && rules.softwareNouns.has(view.key(head));
}

/** "owned by Amazon", "acquired by Verizon", "racheté par Vivendi". */
function ownerBefore(view: TokenView, rules: ActorRules, a: number): boolean {
  const by = a - 1;
  return by > 0 && view.joined(by) && view.joined(by - 1) && rules.agentPrepositions.has(view.key(by)) && rules.ownershipParticiples.has(view.key(by - 1));
}

/** A legal form right after the name, in capitals or after a comma ("Smart Projects SRL", "Acme, Inc."). */
function companySuffixAfter(view: TokenView, rules: ActorRules, b: number): boolean {
  const next = b + 1;
  if (next >= view.count || !(view.flags(next) & CAPITALISED) || !rules.companySuffixes.has(view.key(next))) return false;
  if (view.joined(b)) return true;
  // After a comma only as a legal form is written: in capitals or abbreviated ("Acme, Inc."), not "Length, Co".
  return view.gapIs(b, ',') && ((view.flags(next) & ALL_CAPS) !== 0 || view.tokens.text[view.tokens.end[next]!] === '.');
}

/**
 * Is the name introduced as a place? Strong: a noun of place or "près" before "de" ("à la
 * périphérie de Kfar Kila", "près de Khiam", "the town of …"), or "near". Weak: a bare
 * preposition of place ("à", "in"), unless a verb of speech comes just before ("a déclaré à Reuters").
 */
export function placeEvidence(view: TokenView, rules: ActorRules, a: number): 'strong' | 'weak' | undefined {
  let k = a - 1;
  if (k < 0 || !view.joined(k)) return undefined;
  const key = view.key(k);
  if (rules.metonymy.genitiveBefore.has(key)) {
    k--;
    if (k < 0 || !view.joined(k)) return undefined;
    const noun = view.key(k);
    return rules.placePrepositions.has(noun) || rules.metonymy.placeNouns.has(noun) ? 'strong' : undefined;
  }
  // "an Iraqi-American businessman from Michigan": where a person comes from.
  if (rules.originPrepositions.has(key)) return k > 0 && view.joined(k - 1) && rules.originNouns.has(view.key(k - 1)) ? 'strong' : undefined;
  if (!rules.placePrepositions.has(key)) return undefined;
  if (rules.strongPlacePrepositions.has(key)) return 'strong';
  for (let j = k - 1; j >= Math.max(0, k - 3) && view.joined(j); j--) if (rules.speechVerbs.has(view.key(j))) return undefined;
  return 'weak';
}

/**
 * "Karrada, a commercial district of central Baghdad", "Zakho, une ville du nord": an apposition
 * whose head noun is a kind of place. The noun must end the phrase or open a complement ("of",
 * "de", "in", "where"), so that "a district official" is no place.
 */
export function placeApposition(view: TokenView, rules: ActorRules, b: number): boolean {
  if (!view.gapIs(b, ',')) return false;
  let k = b + 1;
  if (k >= view.count || !rules.determiners.has(view.key(k)) || !view.joined(k)) return false;
  k++;
  for (let seen = 0; k < view.count && seen < 3; k++, seen++) {
    const key = view.key(k);
    if (rules.placeKindNouns.has(key)) {
      // French adjectives follow the noun: "un quartier commerçant du centre".
      for (let n = 0; n < 2 && view.joined(k) && isTrailingAdjective(view, rules, k + 1); n++) k++;
      if (!view.joined(k)) return true;
      const next = view.key(k + 1);
      return rules.orgLinks.has(next) || rules.metonymy.genitiveBefore.has(next) || rules.placePrepositions.has(next) || rules.clauseLinks.has(next);
    }
    if (!view.joined(k) || view.flags(k) & POSSESSIVE || rules.stopWords.has(key) || rules.titles.has(key)) return false;
  }
  return false;
}

function isTrailingAdjective(view: TokenView, rules: ActorRules, i: number): boolean {
  const key = view.key(i);
  return !(view.flags(i) & CAPITALISED) && !rules.titles.has(key) && !rules.stopWords.has(key) && endsWithAny(key, rules.adjectiveSuffixes);
}

const OPENING_QUOTES = '«“"„‹';
const CLOSING_QUOTES = '»”"‟›';

/** « Nous construisons »: quotation marks right around the span, spaces allowed inside them. */
function quoted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  const after = text.slice(end, end + 3).trimStart();
  return before.length > 0 && OPENING_QUOTES.includes(before[before.length - 1]!) && after.length > 0 && CLOSING_QUOTES.includes(after[0]!);
}

/**
 * Is an everyday phrase written as a name? Quoted (« Nous construisons »), capitalised inside a
 * sentence ("les candidats de Nous construisons"), or right after a noun that announces an
 * organisation ("l’alliance Nous construisons"); not "nous construisons des écoles", nor a
 * sentence that opens with the words.
 */
export function writtenAsName(view: TokenView, rules: ActorRules, start: number, end: number): boolean {
  if (quoted(view.tokens.text, start, end)) return true;
  const first = tokenAtOrAfter(view.tokens, start);
  if (first >= view.count) return false;
  if (orgNounBefore(view, rules, first)) return true;
  return (view.flags(first) & CAPITALISED) !== 0 && !view.isSentenceInitial(first);
}

/** Drops the mentions of everyday-phrase aliases (`contextual.phrase`) not written as names. */
export function keepPhrasesWrittenAsNames(view: TokenView, rules: ActorRules, kb: KnowledgeBase, mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.filter((m) => {
    if (m.rule !== 'gazetteer:contextual') return true;
    const contextual = kb.byId.get(m.id)?.contextual;
    if (contextual?.phrase !== true) return true;
    const folded = foldForComparison(view.tokens.text.slice(m.start, m.end));
    if (!contextual.aliases.some((alias) => foldForComparison(alias) === folded)) return true;
    return writtenAsName(view, rules, m.start, m.end);
  });
}
