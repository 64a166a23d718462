import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../recognition/knowledge/index';
import type { AliasRule, KnowledgeBase, KnowledgeEntry } from '../../../recognition/knowledge/schema';
import { validateKnowledgeBase } from '../../../recognition/knowledge/validate';
import { generateStates, isWrittenName, serializeStates, tidyName } from '../../../scripts/generate-states';

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

  it('reads Erbil as the city or as the Kurdistan Regional Government, in every spelling', () => {
    expect(entry('kurdistan-regional-government').metonyms).toEqual(['Erbil', 'Irbil', 'Arbil']);
    for (const alias of ['Erbil', 'Irbil', 'Arbil']) {
      expect(kb.rules.find((r) => r.alias === alias)).toMatchObject({ decide: 'metonym', ids: ['erbil', 'kurdistan-regional-government'] });
    }
  });

  it('has a place, and a metonym rule, for the capital of every state the coverage is about', () => {
    // Arab League (but Libya: Tripoli is also Lebanon’s; Djibouti: city and state share the
    // name; Comoros), Turkey, Iran, Israel and the powers most present in the coverage.
    const states = [
      'state-dza', 'state-bhr', 'state-egy', 'state-irq', 'state-jor', 'state-kwt', 'state-lbn', 'state-mrt', 'state-mar',
      'state-omn', 'state-pse', 'state-qat', 'state-sau', 'state-som', 'state-sdn', 'state-syr', 'state-tun', 'state-are',
      'state-yem', 'state-tur', 'state-irn', 'state-isr', 'state-rus', 'state-usa', 'state-gbr', 'state-fra', 'state-deu',
      'state-chn', 'state-pak', 'state-afg', 'state-ukr',
    ];
    for (const id of states) {
      const metonyms = entry(id).metonyms ?? [];
      const rules = kb.rules.filter((r) => r.decide === 'metonym' && r.ids.includes(id) && metonyms.includes(r.alias));
      const places = rules.flatMap((r) => r.ids.filter((other) => kb.byId.get(other)?.kind === 'place'));
      expect(places.length, id).toBeGreaterThan(0);
      for (const place of places) expect(entry(place).affiliations, place).toContain(id);
    }
  });

  it('decides the acronym CTS between the Iraqi service and the Yemeni council by the one named in full', () => {
    expect(entry('southern-transitional-council').caseSensitive).toContain('CTS');
    expect(kb.rules.find((r) => r.alias === 'CTS')).toMatchObject({
      decide: 'prefer',
      prefer: 'counter-terrorism-service',
      ids: expect.arrayContaining(['counter-terrorism-service', 'southern-transitional-council']),
    });
  });

  it('keeps ordinary words and a phone maker’s name contextual', () => {
    const hts = entry('hayat-tahrir-al-sham');
    expect(hts.caseSensitive).not.toContain('HTC');
    expect(hts.contextual).toEqual({ aliases: ['HTC'], when: ['state-syr', 'hayat-tahrir-al-sham'] });
    const nabni = entry('nabni-coalition');
    expect(nabni.contextual?.aliases).toContain('Nous construisons');
    expect(nabni.contextual?.when).not.toContain('state-irq');
    expect([...(nabni.aliases.any ?? []), ...(nabni.aliases.fr ?? [])]).not.toContain('Nous construisons');
  });

  it('gives the Houthi negotiator his French spelling', () => {
    expect(entry('mohammed-abdulsalam').aliases.fr).toContain('Mohammed Abdessalam');
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

  it('keeps only forms an article writes: no phonetic transcription, transliteration or ordinary word', () => {
    const forms = (id: string): string[] => {
      const state = generated.find((e) => e.id === id)!;
      return [...(state.aliases.any ?? []), ...(state.aliases.en ?? []), ...(state.aliases.fr ?? [])];
    };
    expect(forms('state-isl')).not.toContain('Island');
    expect(forms('state-ago').some((f) => f.includes('ʁ'))).toBe(false);
    expect(forms('state-lka')).not.toContain('ilaṅkai');
    expect(forms('state-irq')).not.toContain('Jumhūriyyat al-‘Irāq');
    expect(forms('state-tha')).not.toContain('Thai');
    expect(generated.find((e) => e.id === 'state-tha')!.demonyms).toContain('Thai');
    // French official names keep their lowercase adjectives.
    expect(forms('state-syr')).toEqual(expect.arrayContaining(['Syrian Arab Republic', 'République arabe syrienne']));
    expect(forms('state-vat')).toContain('Vatican');
  });

  it('drops a leading article and the package’s stray spaces', () => {
    expect(tidyName('The Netherlands')).toBe('Netherlands');
    expect(tidyName('La République populaire du Bangladesh')).toBe('République populaire du Bangladesh');
    expect(tidyName('République -Unie de Tanzanie')).toBe('République-Unie de Tanzanie');
    expect(tidyName('République de Côte d\' Ivoire')).toBe('République de Côte d\'Ivoire');
    expect(tidyName('Repubblika ta\' Malta')).toBe('Repubblika ta\' Malta');
    const nld = generated.find((e) => e.id === 'state-nld')!;
    expect(nld.aliases.any ?? []).not.toContain('The Netherlands');
  });

  it('tells written names from transcriptions', () => {
    for (const name of ['Kıbrıs', 'Česká republika', 'Principat d\'Andorra', 'Dawlat al-Kuwait', 'Türkiye Cumhuriyeti', 'République arabe syrienne']) {
      expect(isWrittenName(name), name).toBe(true);
    }
    for (const name of ['ilaṅkai', 'weSwatini', 'Poblacht na hÉireann', 'Afġānistān', 'Azərbaycan Respublikası', 'former Yugoslav Republic of Macedonia', 'Island', 'Congo (Rép. dém.)']) {
      expect(isWrittenName(name), name).toBe(false);
    }
  });

  it('makes names that are also ordinary words case-sensitive', () => {
    for (const [id, name] of [['state-tur', 'Turkey'], ['state-tcd', 'Chad'], ['state-jor', 'Jordan'], ['state-geo', 'Georgia']] as const) {
      expect(generated.find((e) => e.id === id)!.caseSensitive, id).toContain(name);
    }
  });

  it('does not use capitals that are French words, or that stand for the EU, as metonyms', () => {
    expect(generated.find((e) => e.id === 'state-bol')!.metonyms ?? []).not.toContain('Sucre');
    expect(generated.find((e) => e.id === 'state-bel')!.metonyms ?? []).not.toEqual(expect.arrayContaining(['Brussels']));
    expect(generated.find((e) => e.id === 'state-bel')!.metonyms ?? []).not.toContain('Bruxelles');
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

  it('accepts a metonym rule for a regional government, and metonyms only on governments', () => {
    const city = base('city', { kind: 'place', name: { en: 'Erbil', fr: 'Erbil' } });
    const krg = base('krg', { type: 'government-body', metonyms: ['Erbil'] });
    const rule: AliasRule = { alias: 'Erbil', ids: ['city', 'krg'], decide: 'metonym', why: 'Test.' };
    expect(check([city, krg], [rule])).toEqual([]);
    expect(check([city, base('krg', { type: 'party', metonyms: ['Erbil'] })], [rule])).toEqual(
      expect.arrayContaining(['krg: only states and governments (type government-body) have metonyms']),
    );
  });

  it('refuses transcriptions as forms', () => {
    expect(check([base('a', { aliases: { any: ['Jumhūriyyat al-‘Irāq'] } })])).toEqual(['a: "Jumhūriyyat al-‘Irāq" is a transcription, not a written name']);
    expect(check([base('a', { aliases: { any: ['Kıbrıs', 'Recep Tayyip Erdoğan', 'İmralı'] } })])).toEqual([]);
  });

  it('refuses common words as aliases unless contextual', () => {
    expect(check([base('a', { aliases: { fr: ['armée'] } })])).toEqual(['a: "armée" is a common word; make it contextual']);
    expect(check([base('a', { contextual: { aliases: ['armée'], when: ['a'] } })])).toEqual([]);
  });
});
