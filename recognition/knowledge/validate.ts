/**
 * The schema check of the knowledge base: everything a type cannot say. Returns a list of
 * problems, one readable sentence each, so that a test can print them all at once.
 */
import { foldForComparison } from '../actors/normalize';
import type { ActorKind } from '../types';
import type { AliasRule, KnowledgeBase, KnowledgeEntry } from './schema';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'state', 'place'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_DESCRIPTION = 300;

/**
 * Ordinary words that must never be an alias on their own (a generic form belongs in
 * `contextual`, which only counts when its entry's context is in the article).
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'le', 'la', 'les', 'l’', 'un', 'une', 'de', 'du', 'des', 'et', 'en', 'au', 'aux', 'ce', 'ces',
    'the', 'a', 'an', 'of', 'and', 'in', 'on', 'to', 'for', 'this', 'that',
    'president', 'président', 'presidente', 'gouvernement', 'government', 'armée', 'army',
    'military', 'militaires', 'police', 'ministre', 'minister', 'ministère', 'ministry',
    'parlement', 'parliament', 'état', 'state', 'régime', 'regime', 'coalition', 'alliance',
    'groupe', 'group', 'forces', 'force', 'milice', 'militia', 'rebelles', 'rebels', 'opposition',
    'conseil', 'council', 'parti', 'party', 'mouvement', 'movement', 'brigade', 'brigades',
    'résistance', 'resistance', 'premier', 'prime', 'chef', 'leader', 'général', 'general',
    'ambassade', 'embassy', 'capitale', 'capital', 'ville', 'city', 'province', 'région', 'region',
  ].map((w) => foldForComparison(w)),
);

/**
 * Characters no article writes in a name: IPA letters and modifier letters (“ʁɛpublika”,
 * “Saʻoloto”), the macron and the dot below of scholarly transliteration (“Afġānistān”,
 * “Baḥrayn”), and the opening quote used for the Arabic ‘ayn (“al-‘Irāq”).
 */
const TRANSCRIPTION = /[\u0250-\u02ff\u0304\u0323\u2018]/u;

/** Entries that may lend a city's name to their government: states and governments of regions. */
function mayHaveMetonyms(entry: KnowledgeEntry): boolean {
  return entry.kind === 'state' || (entry.kind === 'organization' && entry.type === 'government-body');
}

type Lang = 'en' | 'fr' | 'any';

/** One surface form an entry claims, as the gazetteer will read it. */
interface Claim {
  entry: KnowledgeEntry;
  form: string;
  folded: string;
  lang: Lang;
  /** Exact case required (aliases listed in `caseSensitive`). */
  exact?: string;
  contextual: boolean;
  metonym: boolean;
}

/** Every surface form of an entry: names, aliases, case-sensitive and contextual aliases, metonyms. */
export function claimsOf(entry: KnowledgeEntry): Claim[] {
  const claim = (form: string, lang: Lang, extra: Partial<Claim> = {}): Claim => ({
    entry,
    form,
    folded: foldForComparison(form),
    lang,
    contextual: false,
    metonym: false,
    ...extra,
  });
  const { en = [], fr = [], any = [] } = entry.aliases;
  return [
    claim(entry.name.en, 'any'),
    claim(entry.name.fr, 'any'),
    ...any.map((f) => claim(f, 'any')),
    ...en.map((f) => claim(f, 'en')),
    ...fr.map((f) => claim(f, 'fr')),
    ...(entry.caseSensitive ?? []).map((f) => claim(f, 'any', { exact: foldForComparison(f, { keepCase: true }) })),
    ...(entry.contextual?.aliases ?? []).map((f) => claim(f, 'any', { contextual: true })),
    ...(entry.metonyms ?? []).map((f) => claim(f, 'any', { metonym: true })),
  ];
}

/** Two claims can meet in one article: same language (or any) and compatible exact case. */
function canMeet(a: Claim, b: Claim): boolean {
  if (a.lang !== 'any' && b.lang !== 'any' && a.lang !== b.lang) return false;
  return a.exact === undefined || b.exact === undefined || a.exact === b.exact;
}

function checkEntry(entry: KnowledgeEntry, ids: ReadonlySet<string>, demonyms: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const at = `${entry.id}:`;
  if (!KEBAB.test(entry.id)) problems.push(`${at} id is not kebab-case`);
  if (!KINDS.includes(entry.kind)) problems.push(`${at} unknown kind "${entry.kind}"`);
  for (const lang of ['en', 'fr'] as const) {
    if ((entry.name[lang] ?? '').trim() === '') problems.push(`${at} no ${lang} name`);
    const description = (entry.description[lang] ?? '').trim();
    if (description === '') problems.push(`${at} no ${lang} description`);
    else {
      if (description.length > MAX_DESCRIPTION) problems.push(`${at} ${lang} description is ${description.length} characters (max ${MAX_DESCRIPTION})`);
      if (!description.endsWith('.')) problems.push(`${at} ${lang} description does not end with a period`);
    }
    const title = entry.wikipedia?.[lang];
    if (title !== undefined && title.trim() === '') problems.push(`${at} empty ${lang} Wikipedia title`);
  }
  if (entry.description.fr.includes("'")) problems.push(`${at} French description uses ' instead of ’`);
  for (const id of entry.affiliations ?? []) {
    if (id === entry.id) problems.push(`${at} lists itself as an affiliation`);
    else if (!ids.has(id)) problems.push(`${at} affiliation "${id}" does not exist`);
  }
  for (const id of entry.contextual?.when ?? []) {
    if (!ids.has(id)) problems.push(`${at} contextual alias depends on unknown id "${id}"`);
  }
  if ((entry.metonyms ?? []).length > 0 && !mayHaveMetonyms(entry)) problems.push(`${at} only states and governments (type government-body) have metonyms`);
  for (const c of claimsOf(entry)) {
    if (c.folded === '') problems.push(`${at} empty form`);
    if (TRANSCRIPTION.test(c.form.normalize('NFD'))) problems.push(`${at} "${c.form}" is a transcription, not a written name`);
    // An exact-case acronym ("UN") is not the word ("un"); a contextual alias is generic by design.
    const exactWord = c.exact !== undefined && c.exact !== c.folded;
    if (!c.contextual && !exactWord && STOP_WORDS.has(c.folded)) problems.push(`${at} "${c.form}" is a common word; make it contextual`);
    const state = demonyms.get(c.folded);
    if (state !== undefined && !c.metonym) problems.push(`${at} "${c.form}" is a demonym of ${state}, which the matcher never reads as an actor`);
  }
  return problems;
}

/** Claims grouped by folded form, keeping only forms that two entries claim in a way that can meet. */
function sharedForms(entries: readonly KnowledgeEntry[]): Map<string, Claim[]> {
  const byForm = new Map<string, Claim[]>();
  for (const entry of entries) {
    for (const c of claimsOf(entry)) {
      const list = byForm.get(c.folded) ?? [];
      list.push(c);
      byForm.set(c.folded, list);
    }
  }
  const shared = new Map<string, Claim[]>();
  for (const [folded, claims] of byForm) {
    const clash = claims.some((a) => claims.some((b) => a.entry !== b.entry && canMeet(a, b)));
    if (clash) shared.set(folded, claims);
  }
  return shared;
}

function checkRule(rule: AliasRule, byForm: ReadonlyMap<string, Claim[]>, kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const at = `rule "${rule.alias}":`;
  const claims = byForm.get(foldForComparison(rule.alias)) ?? [];
  const claimants = new Set(claims.map((c) => c.entry.id));
  for (const id of rule.ids) {
    if (!kb.byId.has(id)) problems.push(`${at} unknown id "${id}"`);
    else if (!claimants.has(id)) problems.push(`${at} ${id} does not claim this alias`);
  }
  if (rule.ids.length < 2) problems.push(`${at} needs at least two ids`);
  if (rule.why.trim() === '') problems.push(`${at} says no why`);
  if (rule.decide === 'prefer' && (rule.prefer === undefined || !rule.ids.includes(rule.prefer))) {
    problems.push(`${at} 'prefer' must name one of its ids`);
  }
  if (rule.decide === 'metonym') {
    // The government is a state ("Bagdad") or a regional government ("Erbil" for the KRG).
    const governments = claims.filter((c) => c.metonym && rule.ids.includes(c.entry.id));
    const places = rule.ids.filter((id) => kb.byId.get(id)?.kind === 'place');
    if (governments.length !== 1 || places.length === 0) problems.push(`${at} 'metonym' needs one government claiming it as a metonym and a place`);
  }
  return problems;
}

/** Checks the whole base; an empty list means it is fine. */
export function validateKnowledgeBase(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of kb.entries) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: duplicate id`);
    ids.add(entry.id);
  }
  const demonyms = new Map<string, string>();
  for (const entry of kb.entries) {
    for (const d of entry.demonyms ?? []) {
      const f = foldForComparison(d);
      demonyms.set(f, entry.id);
      demonyms.set(f.endsWith('s') ? f : `${f}s`, entry.id);
    }
  }
  for (const entry of kb.entries) problems.push(...checkEntry(entry, ids, demonyms));

  const shared = sharedForms(kb.entries);
  const ruled = new Map<string, AliasRule>();
  for (const rule of kb.rules) {
    const folded = foldForComparison(rule.alias);
    if (ruled.has(folded)) problems.push(`rule "${rule.alias}": a rule for this alias already exists`);
    ruled.set(folded, rule);
    problems.push(...checkRule(rule, shared, kb));
    if (!shared.has(folded)) problems.push(`rule "${rule.alias}": no two entries share this alias any more`);
  }
  for (const [folded, claims] of shared) {
    const rule = ruled.get(folded);
    const claimants = [...new Set(claims.map((c) => c.entry.id))];
    if (rule === undefined) {
      problems.push(`"${claims[0]!.form}" is claimed by ${claimants.join(', ')} and has no rule in aliasRules`);
    } else {
      const missing = claimants.filter((id) => !rule.ids.includes(id));
      if (missing.length > 0) problems.push(`rule "${rule.alias}": also claimed by ${missing.join(', ')}`);
    }
  }
  return problems;
}
