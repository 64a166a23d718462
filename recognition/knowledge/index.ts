/**
 * The bundled knowledge base: hand-written people, organisations and places, plus the states
 * generated from `world-countries` by `scripts/generate-states.ts`.
 */
import { organizations } from './data/organizations';
import { people } from './data/people';
import { places } from './data/places';
import { aliasRules } from './data/rules';
import generatedStates from './generated/states.json';
import type { KnowledgeBase, KnowledgeEntry } from './schema';

/** The JSON is written by our generator from `KnowledgeEntry` objects. */
const states = generatedStates as readonly KnowledgeEntry[];

function buildKnowledgeBase(): KnowledgeBase {
  const entries: readonly KnowledgeEntry[] = [...people, ...organizations, ...places, ...states];
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    rules: aliasRules,
  };
}

/** Built once, when the module is first imported; the data never changes at run time. */
const KNOWLEDGE_BASE: KnowledgeBase = buildKnowledgeBase();

/** The knowledge base, with its index by id and its alias rules. */
export function loadKnowledgeBase(): KnowledgeBase {
  return KNOWLEDGE_BASE;
}
