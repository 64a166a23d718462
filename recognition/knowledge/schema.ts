import type { ActorKind } from '../types';

/** Bilingual text: the knowledge base always carries both French and English. */
export interface Bilingual {
  en: string;
  fr: string;
}

/**
 * One entry of the bundled knowledge base. Entries are data: written by hand for people,
 * organisations and places, generated from `world-countries` for states.
 */
export interface KnowledgeEntry {
  /** Stable kebab-case id, never reused: `hadi-al-amiri`, `kataib-hezbollah`, `state-irq`. */
  id: string;
  kind: ActorKind;
  /** Finer type, e.g. 'armed-group', 'party', 'alliance', 'institution', 'international',
   *  'coalition', 'head-of-state', 'head-of-government', 'minister', 'commander', 'city'. */
  type?: string;
  name: Bilingual;
  /**
   * Surface forms a reader meets, beyond the two names. `any` applies to both languages.
   * Matching folds case (where safe), accents, apostrophes, hyphens and `al-`/`el-` variants,
   * so only genuinely different spellings need listing.
   */
  aliases: { en?: string[]; fr?: string[]; any?: string[] };
  /**
   * Generic forms ("police fédérale", "the army") that name this entry only in an article that
   * also mentions one of the entries in `when` (ids); elsewhere they are ordinary words. With
   * `phrase`, the forms are everyday phrases ("Nous construisons", "We Build") that name the entry
   * only where they are written as a name: quoted, capitalised inside a sentence, or right after
   * a noun such as "alliance".
   */
  contextual?: { aliases: string[]; when: string[]; phrase?: boolean };
  /** Aliases that must match with exact case (acronyms such as "EI" or "PM" that are also words). */
  caseSensitive?: string[];
  description: Bilingual;
  /** Ids of entries this one belongs to or is allied with (party, parent organisation, state). */
  affiliations?: string[];
  /** Wikipedia article titles, when known for sure. */
  wikipedia?: { en?: string; fr?: string };
  /**
   * For states (and regional governments such as Kurdistan's): capitals and other names used by
   * metonymy for the government ("Washington", "Téhéran"). Only read as the state where the
   * context is political; otherwise a place.
   */
  metonyms?: string[];
  /** For states: demonyms and adjectives of nationality, which are never actors themselves. */
  demonyms?: string[];
}

/**
 * How to decide an alias that two or more entries claim. The schema check refuses any shared
 * alias that has no rule here.
 */
export interface AliasRule {
  /** The alias as written; compared after folding. */
  alias: string;
  /** Ids of every entry that claims the alias. */
  ids: string[];
  /**
   * 'prefer': the mention is `prefer`, unless another claimant is named unambiguously elsewhere in
   * the same article. 'metonym': a capital used for its government is the state, used as a
   * location it is the place (see the team brief).
   */
  decide: 'prefer' | 'metonym';
  prefer?: string;
  /** One sentence saying why, for the next person who reads the data. */
  why: string;
}

/** The loaded knowledge base, as recognition uses it. */
export interface KnowledgeBase {
  entries: readonly KnowledgeEntry[];
  byId: ReadonlyMap<string, KnowledgeEntry>;
  rules: readonly AliasRule[];
}
