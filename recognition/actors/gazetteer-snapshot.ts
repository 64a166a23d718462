/**
 * The gazetteer as plain JSON, computed at build time (`scripts/generate-gazetteer.ts`), so that a
 * background woken for a page restores it instead of folding every name of the knowledge base and
 * building the automaton again (the costly part of starting).
 *
 * Patterns refer to knowledge-base entries and alias rules by index; the automaton's typed arrays
 * are stored as number arrays (smaller than base64 and restored as fast, see the commit that
 * added this file). A snapshot carries a fingerprint of the names it was built from: restoring it
 * for another knowledge base is refused, and the caller builds the gazetteer instead.
 */
import type { KnowledgeBase } from '../knowledge/schema';
import { automatonFromTables, type AutomatonTables } from './aho-corasick';
import { assembleGazetteer, buildGazetteer, completePattern, isMultiWord, type AliasLang, type Gazetteer, type Pattern } from './gazetteer';

/** Bump when the layout below or what building a gazetteer means changes. */
export const GAZETTEER_SNAPSHOT_VERSION = 1;

/*
 * Fields at their most common value are left out (`lang` any, no punctuation, not capitalised):
 * the snapshot is part of the background's script.
 */
interface SnapshotUse {
  /** Index of the entry in `kb.entries`. */
  entry: number;
  lang?: AliasLang;
  caseForm?: string;
  when?: readonly string[];
  metonym?: true;
}

interface SnapshotPattern {
  key: string;
  punctuation?: string;
  capitalised?: true;
  /** Index of the rule in `kb.rules`, absent when no rule decides the form. */
  rule?: number;
  uses: SnapshotUse[];
}

type SnapshotTables = { readonly [K in keyof AutomatonTables]: readonly number[] };

export interface GazetteerSnapshot {
  version: number;
  /** `knowledgeFingerprint` of the knowledge base the snapshot was built from. */
  fingerprint: string;
  patterns: SnapshotPattern[];
  demonyms: string[];
  longest: number;
  automaton: SnapshotTables;
}

/** FNV-1a over the units of `text`, then a separator no name contains (["ab", "c"] ≠ ["a", "bc"]). */
function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xffff, 0x01000193);
}

function mixForms(hash: number, label: string, forms: readonly string[] | undefined): number {
  let h = mixText(hash, label);
  if (forms !== undefined) for (const form of forms) h = mixText(h, form);
  return h;
}

/**
 * A cheap fingerprint of everything building a gazetteer reads in a knowledge base: the counts of
 * entries and rules, and a 32-bit FNV-1a hash of every entry's names, aliases, case-sensitive
 * forms, metonyms, contextual forms and demonyms, and of every rule's alias, in order.
 */
export function knowledgeFingerprint(kb: KnowledgeBase): string {
  let h = 0x811c9dc5;
  for (const entry of kb.entries) {
    h = mixText(mixText(h, entry.name.en), entry.name.fr);
    h = mixForms(h, 'any', entry.aliases.any);
    h = mixForms(h, 'en', entry.aliases.en);
    h = mixForms(h, 'fr', entry.aliases.fr);
    h = mixForms(h, 'case', entry.caseSensitive);
    h = mixForms(h, 'metonyms', entry.metonyms);
    h = mixForms(h, 'contextual', entry.contextual?.aliases);
    h = mixForms(h, 'when', entry.contextual?.when);
    h = mixForms(h, 'demonyms', entry.demonyms);
  }
  for (const rule of kb.rules) h = mixText(h, rule.alias);
  return `${kb.entries.length}e-${kb.rules.length}r-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** The snapshot of the gazetteer of `kb` (as JSON-safe data). */
export function gazetteerSnapshot(kb: KnowledgeBase): GazetteerSnapshot {
  const gazetteer = buildGazetteer(kb);
  const entryIndex = new Map(kb.entries.map((entry, i) => [entry, i]));
  const patterns = gazetteer.patterns.map((p): SnapshotPattern => {
    const uses = p.uses.map((u): SnapshotUse => {
      const use: SnapshotUse = { entry: entryIndex.get(u.entry)! };
      if (u.lang !== 'any') use.lang = u.lang;
      if (u.caseForm !== undefined) use.caseForm = u.caseForm;
      if (u.when !== undefined) use.when = u.when;
      if (u.metonym) use.metonym = true;
      return use;
    });
    const pattern: SnapshotPattern = { key: p.key, uses };
    if (p.punctuation !== '') pattern.punctuation = p.punctuation;
    if (p.capitalised) pattern.capitalised = true;
    if (p.rule !== undefined) pattern.rule = kb.rules.indexOf(p.rule);
    return pattern;
  });
  const t = gazetteer.automaton.tables;
  return {
    version: GAZETTEER_SNAPSHOT_VERSION,
    fingerprint: knowledgeFingerprint(kb),
    patterns,
    demonyms: [...gazetteer.demonyms],
    longest: gazetteer.longest,
    automaton: {
      alphabet: Array.from(t.alphabet),
      rootRow: Array.from(t.rootRow),
      nodes: Array.from(t.nodes),
      rows: Array.from(t.rows),
      samePatternNext: Array.from(t.samePatternNext),
      lengths: Array.from(t.lengths),
    },
  };
}

/**
 * The gazetteer of `kb` restored from `snapshot`, or undefined when the snapshot was not built
 * from this knowledge base (another fingerprint or format): never match with a stale snapshot.
 */
export function gazetteerFromSnapshot(snapshot: GazetteerSnapshot, kb: KnowledgeBase): Gazetteer | undefined {
  if (snapshot.version !== GAZETTEER_SNAPSHOT_VERSION || snapshot.fingerprint !== knowledgeFingerprint(kb)) return undefined;
  const patterns = snapshot.patterns.map((p): Pattern => {
    const pattern: Pattern = {
      key: p.key,
      multiWord: isMultiWord(p.key),
      punctuation: p.punctuation ?? '',
      capitalised: p.capitalised === true,
      uses: p.uses.map((u) => ({ entry: kb.entries[u.entry]!, lang: u.lang ?? 'any', caseForm: u.caseForm, when: u.when, metonym: u.metonym === true })),
      rule: p.rule === undefined ? undefined : kb.rules[p.rule],
      unconditional: true,
      entries: [],
    };
    completePattern(pattern);
    return pattern;
  });
  const a = snapshot.automaton;
  const automaton = automatonFromTables({
    alphabet: Uint16Array.from(a.alphabet),
    rootRow: Int32Array.from(a.rootRow),
    nodes: Int32Array.from(a.nodes),
    rows: Int32Array.from(a.rows),
    samePatternNext: Int32Array.from(a.samePatternNext),
    lengths: Int32Array.from(a.lengths),
  });
  return assembleGazetteer(kb, automaton, patterns, new Set(snapshot.demonyms), snapshot.longest);
}

/** The gazetteer of `kb`: restored from `snapshot` when it was built from `kb`, built otherwise. */
export function gazetteerFor(kb: KnowledgeBase, snapshot?: GazetteerSnapshot): Gazetteer {
  return (snapshot === undefined ? undefined : gazetteerFromSnapshot(snapshot, kb)) ?? buildGazetteer(kb);
}
