import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../recognition/knowledge/index';
import type { KnowledgeBase, KnowledgeEntry } from '../../../recognition/knowledge/schema';
import { validateKnowledgeBase } from '../../../recognition/knowledge/validate';
import { generateStates, serializeStates } from '../../../scripts/generate-states';

const kb = loadKnowledgeBase();
const handWritten = kb.entries.filter((e) => e.kind !== 'state');

function entry(id: string): KnowledgeEntry {
  const found = kb.byId.get(id);
  if (found === undefined) throw new Error(`no entry ${id}`);
  return found;
}

describe('the knowledge base', () => {
  it('passes the schema check', () => {
    const problems = validateKnowledgeBase(kb);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has at least 300 hand-written entries besides the generated states', () => {
    expect(handWritten.length).toBeGreaterThanOrEqual(300);
  });

  it('has at least 140 organisations and 50 places', () => {
    expect(kb.entries.filter((e) => e.kind === 'organization').length).toBeGreaterThanOrEqual(140);
    expect(kb.entries.filter((e) => e.kind === 'place').length).toBeGreaterThanOrEqual(50);
  });

  it('indexes every entry by id and is built once', () => {
    expect(kb.byId.size).toBe(kb.entries.length);
    expect(loadKnowledgeBase()).toBe(kb);
    expect(entry('kataib-hezbollah').kind).toBe('organization');
  });

  it('gives Kataib Hezbollah its French names and its exact-case acronym', () => {
    const kh = entry('kataib-hezbollah');
    expect(kh.aliases.fr).toEqual(expect.arrayContaining(['Brigades du Hezbollah', 'Hezbollah irakien']));
    expect(kh.caseSensitive).toContain('KH');
    expect(kh.affiliations).toContain('popular-mobilization-forces');
  });

  it('makes the Iraqi federal police a contextual alias only', () => {
    const police = entry('iraqi-federal-police');
    expect(police.contextual).toEqual({ aliases: ['police fédérale', 'Federal Police'], when: ['state-irq'] });
    expect(police.aliases.fr ?? []).not.toContain('police fédérale');
  });

  it('has a metonym rule for every capital that is both a place and a state metonym', () => {
    const bagdad = kb.rules.find((r) => r.alias === 'Bagdad');
    expect(bagdad).toMatchObject({ decide: 'metonym', ids: ['baghdad', 'state-irq'] });
  });
});

describe('the generated states', () => {
  const iraq = entry('state-irq');

  it('include Iraq with its demonyms, capital metonyms and government aliases', () => {
    expect(iraq.kind).toBe('state');
    expect(iraq.name).toEqual({ en: 'Iraq', fr: 'Irak' });
    expect(iraq.demonyms).toEqual(expect.arrayContaining(['irakien', 'irakienne', 'irakiens', 'irakiennes', 'Iraqi']));
    expect(iraq.metonyms).toEqual(expect.arrayContaining(['Baghdad', 'Bagdad']));
    expect(iraq.aliases.fr).toContain('gouvernement irakien');
    expect(iraq.aliases.en).toEqual(expect.arrayContaining(['Iraqi government', 'government of Iraq']));
  });

  it('never use two-letter codes as aliases', () => {
    const all = [...(iraq.aliases.any ?? []), ...(iraq.aliases.en ?? []), ...(iraq.aliases.fr ?? []), ...(iraq.caseSensitive ?? [])];
    expect(all).not.toContain('IQ');
  });

  it('take the extra aliases of the notes', () => {
    const usa = entry('state-usa');
    expect(usa.caseSensitive).toEqual(expect.arrayContaining(['US', 'USA']));
    expect(usa.aliases.fr).toContain('États-Unis d’Amérique');
    expect(usa.metonyms).toContain('Washington');
    expect(entry('state-gbr').aliases.en).toContain('Britain');
    expect(entry('state-gbr').aliases.fr).toContain('Grande-Bretagne');
    expect(entry('state-are').aliases.fr).toContain('Émirats');
  });

  it('describe the other states from their subregion and capital in both languages', () => {
    expect(entry('state-aut').description).toEqual({
      en: 'State in Central Europe; capital: Vienna.',
      fr: 'État d’Europe centrale ; capitale : Vienne.',
    });
  });
});

describe('generateStates', () => {
  const generated = generateStates(countries);

  it('keeps the UN member states and Palestine, and nothing else', () => {
    const ids = generated.map((e) => e.id);
    expect(ids).toContain('state-pse');
    expect(ids).toContain('state-vat');
    expect(ids).not.toContain('state-unk'); // Kosovo
    expect(ids).not.toContain('state-twn');
    expect(ids).not.toContain('state-pri');
    expect(generated.length).toBe(countries.filter((c) => c.unMember).length + 1);
  });

  it('is deterministic and sorted by id', () => {
    const ids = generated.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(serializeStates(generateStates(countries))).toBe(serializeStates(generated));
  });

  it('matches the generated file the loader reads', () => {
    const path = fileURLToPath(new URL('../../../recognition/knowledge/generated/states.json', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(serializeStates(generated));
  });

  it('drops a form two states would share instead of guessing', () => {
    const congo = generated.filter((e) => e.id === 'state-cod' || e.id === 'state-cog');
    for (const state of congo) expect(state.aliases.en ?? []).not.toContain('Congolese government');
  });
});

describe('validateKnowledgeBase', () => {
  const base = (id: string, extra: Partial<KnowledgeEntry> = {}): KnowledgeEntry => ({
    id,
    kind: 'organization',
    name: { en: `Name ${id}`, fr: `Nom ${id}` },
    aliases: {},
    description: { en: 'A test entry.', fr: 'Une entrée de test.' },
    ...extra,
  });
  const check = (entries: KnowledgeEntry[], rules: KnowledgeBase['rules'] = []): string[] =>
    validateKnowledgeBase({ entries, byId: new Map(entries.map((e) => [e.id, e])), rules });

  it('accepts a small correct base', () => {
    expect(check([base('a'), base('b', { affiliations: ['a'] })])).toEqual([]);
  });

  it('reports bad ids, missing affiliations and bad descriptions', () => {
    const problems = check([
      base('Bad_Id'),
      base('c', { affiliations: ['nowhere'] }),
      base('d', { description: { en: 'No period', fr: 'x'.repeat(301) + '.' } }),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Bad_Id: id is not kebab-case',
        'c: affiliation "nowhere" does not exist',
        'd: en description does not end with a period',
        'd: fr description is 302 characters (max 300)',
      ]),
    );
  });

  it('reports a form two entries share without a rule, whatever its accents or hyphens', () => {
    const problems = check([base('a', { aliases: { any: ['Al-Qods'] } }), base('b', { aliases: { fr: ['al Qods'] } })]);
    expect(problems).toEqual(['"Al-Qods" is claimed by a, b and has no rule in aliasRules']);
  });

  it('accepts the shared form once a rule decides it, and checks the rule', () => {
    const entries = [base('a', { aliases: { any: ['Al-Qods'] } }), base('b', { aliases: { fr: ['Al-Qods'] } })];
    expect(check(entries, [{ alias: 'Al-Qods', ids: ['a', 'b'], decide: 'prefer', prefer: 'a', why: 'Test.' }])).toEqual([]);
    expect(check([...entries, base('c')], [{ alias: 'Al-Qods', ids: ['a', 'c'], decide: 'prefer', prefer: 'a', why: 'Test.' }])).toEqual(
      expect.arrayContaining(['rule "Al-Qods": c does not claim this alias', 'rule "Al-Qods": also claimed by b']),
    );
  });

  it('lets an English and a French alias share a spelling, but not an exact-case acronym and a word', () => {
    expect(check([base('a', { aliases: { en: ['Amal'] } }), base('b', { aliases: { fr: ['Amal'] } })])).toEqual([]);
    expect(check([base('a', { caseSensitive: ['EI'] }), base('b', { caseSensitive: ['Ei'] })])).toEqual([]);
  });

  it('refuses common words as aliases unless contextual', () => {
    expect(check([base('a', { aliases: { fr: ['armée'] } })])).toEqual(['a: "armée" is a common word; make it contextual']);
    expect(check([base('a', { contextual: { aliases: ['armée'], when: ['a'] } })])).toEqual([]);
  });
});
