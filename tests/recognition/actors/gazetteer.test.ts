import { describe, expect, it } from 'vitest';
import { enCtx, frCtx } from './small-kb';
import { gazetteerPairs } from './harness';

describe('gazetteer: word boundaries', () => {
  it('does not find a name inside a longer word', () => {
    expect(gazetteerPairs('Les milices iraniennes et les Iranian-backed groups', frCtx)).toEqual([]);
    expect(gazetteerPairs('An Iranian official said Iran would respond.', enCtx)).toEqual([['state-irn', 'Iran']]);
  });

  it('accepts a hyphen or a possessive after the name', () => {
    expect(gazetteerPairs('Iran-backed militias and Iran’s allies', enCtx)).toEqual([
      ['state-irn', 'Iran'],
      ['state-irn', 'Iran'],
    ]);
  });

  it('matches a one-word proper name only when the text capitalises it', () => {
    expect(gazetteerPairs('Le mouvement Amal a répondu ; amal signifie espoir.', frCtx)).toEqual([['amal-movement', 'mouvement Amal']]);
    expect(gazetteerPairs('Amal a répondu.', frCtx)).toEqual([['amal-movement', 'Amal']]);
  });

  it('matches case-sensitive acronyms only with their exact case and as whole words', () => {
    expect(gazetteerPairs('La ceinture de sécurité a cédé.', frCtx)).toEqual([]);
    expect(gazetteerPairs('Le groupe ei a été cité, puis l’EI a revendiqué.', frCtx)).toEqual([['islamic-state', 'EI']]);
    expect(gazetteerPairs('Let us see what the US decides.', enCtx)).toEqual([['state-usa', 'US']]);
    // Inside a line set in capitals an acronym proves nothing.
    expect(gazetteerPairs('LET US PRAY FOR PEACE\nThe US envoy arrived.', enCtx)).toEqual([['state-usa', 'US']]);
  });
});

describe('gazetteer: quotation marks', () => {
  it('never lets a name run across a quotation mark', () => {
    expect(gazetteerPairs('Le « Hezbollah » irakien a démenti.', frCtx)).toEqual([['hezbollah', 'Hezbollah']]);
    expect(gazetteerPairs('Les “Brigades du Hezbollah” irakien ont démenti.', enCtx)).toEqual([['hezbollah', 'Hezbollah']]);
    expect(gazetteerPairs('Le Hezbollah «irakien» a démenti.', frCtx)).toEqual([['hezbollah', 'Hezbollah']]);
  });

  it('still finds a name that a quotation mark opens or closes', () => {
    expect(gazetteerPairs('Le « Hezbollah irakien » a démenti, puis "Hezbollah irakien".', frCtx)).toEqual([
      ['kataib-hezbollah', 'Hezbollah irakien'],
      ['kataib-hezbollah', 'Hezbollah irakien'],
    ]);
  });
});

describe('gazetteer: French elision', () => {
  it('starts the span after the elided article, with either apostrophe', () => {
    expect(gazetteerPairs('La position de l’Iran et celle d\'Abu Dhabi.', frCtx)).toEqual([['state-irn', 'Iran']]);
    expect(gazetteerPairs('Il affirme qu’Hezbollah et l\'Iran sont alliés.', frCtx)).toEqual([
      ['hezbollah', 'Hezbollah'],
      ['state-irn', 'Iran'],
    ]);
    expect(gazetteerPairs('jusqu’à l’organisation Badr, lorsqu’Hadi al-Amiri parle', frCtx)).toEqual([
      ['badr-organization', 'organisation Badr'],
      ['hadi-al-amiri', 'Hadi al-Amiri'],
    ]);
  });
});

describe('gazetteer: leftmost longest', () => {
  it('prefers the longest name starting first', () => {
    expect(gazetteerPairs('Les Brigades du Hezbollah irakien ont visé une base.', frCtx)).toEqual([
      ['kataib-hezbollah', 'Brigades du Hezbollah irakien'],
    ]);
    expect(gazetteerPairs('Le Hezbollah irakien dément, le Hezbollah libanais se tait.', frCtx)).toEqual([
      ['kataib-hezbollah', 'Hezbollah irakien'],
      ['hezbollah', 'Hezbollah'],
    ]);
  });

  it('matches al-/el- particle variants of an alias', () => {
    const pairs = gazetteerPairs('Hadi el-Amiri, Hadi Al Amiri et Hadi Al-Amiri', frCtx);
    expect(pairs.map(([id]) => id)).toEqual(['hadi-al-amiri', 'hadi-al-amiri', 'hadi-al-amiri']);
    expect(pairs.map(([, text]) => text)).toEqual(['Hadi el-Amiri', 'Hadi Al Amiri', 'Hadi Al-Amiri']);
  });

  it('never matches a demonym as an actor, but keeps a demonym inside a fixed name', () => {
    expect(gazetteerPairs('Un responsable irakien a salué le gouvernement irakien.', frCtx)).toEqual([
      ['state-irq', 'gouvernement irakien'],
    ]);
  });

  it('keeps language-specific aliases to their language', () => {
    expect(gazetteerPairs('Daech a revendiqué l’attaque.', frCtx)).toEqual([['islamic-state', 'Daech']]);
    expect(gazetteerPairs('Daech claimed the attack.', enCtx)).toEqual([]);
    expect(gazetteerPairs('Daech claimed the attack.', { ...enCtx, lang: null })).toEqual([['islamic-state', 'Daech']]);
  });
});

describe('gazetteer: capitals as state or place', () => {
  it('reads the capital as the state when it acts or is owned', () => {
    expect(gazetteerPairs('Washington se réserve le droit de riposter.', frCtx)).toEqual([['state-usa', 'Washington']]);
    expect(gazetteerPairs('Le soutien de Washington reste acquis.', frCtx)).toEqual([['state-usa', 'Washington']]);
    expect(gazetteerPairs('Il faut demander à Bagdad de travailler avec les Kurdes.', frCtx)).toEqual([['state-irq', 'Bagdad']]);
    expect(gazetteerPairs('Tehran denied any role in the attack.', enCtx)).toEqual([['state-irn', 'Tehran']]);
    expect(gazetteerPairs('Talks between Washington and Baghdad resumed.', enCtx)).toEqual([
      ['state-usa', 'Washington'],
      ['state-irq', 'Baghdad'],
    ]);
  });

  it('reads the capital as the place after a preposition of place', () => {
    expect(gazetteerPairs('Une roquette est tombée à Bagdad.', frCtx)).toEqual([['baghdad', 'Bagdad']]);
    expect(gazetteerPairs('l’ambassade américaine à Bagdad a été visée', frCtx)).toEqual([['baghdad', 'Bagdad']]);
    expect(gazetteerPairs('Des tirs près de l’aéroport de Bagdad.', frCtx)).toEqual([['baghdad', 'Bagdad']]);
    expect(gazetteerPairs('A drone struck a convoy near Baghdad airport.', enCtx)).toEqual([['baghdad', 'Baghdad']]);
    expect(gazetteerPairs('Protesters gathered in central Baghdad.', enCtx)).toEqual([['baghdad', 'Baghdad']]);
  });

  it('reads datelines, and the city named in apposition, as the place', () => {
    expect(gazetteerPairs('BAGHDAD (Reuters) - Talks resumed.', enCtx)).toEqual([['baghdad', 'BAGHDAD']]);
    expect(gazetteerPairs('Bagdad, 3 février — Les discussions reprennent.', frCtx)).toEqual([['baghdad', 'Bagdad']]);
    expect(gazetteerPairs('The rebels hold the capital, Baghdad, and the north.', enCtx)).toEqual([['baghdad', 'Baghdad']]);
    // A capital opening a line with a comma and no date is the government.
    expect(gazetteerPairs('Intro.\nBagdad, principal allié de Téhéran, a refusé.', frCtx)).toEqual([
      ['state-irq', 'Bagdad'],
      ['state-irn', 'Téhéran'],
    ]);
  });

  it('reads a capital after "de"/"of" as the state unless a noun of place or movement comes first', () => {
    expect(gazetteerPairs('Le désengagement progressif de Bagdad inquiète.', frCtx)).toEqual([['state-irq', 'Bagdad']]);
    expect(gazetteerPairs('Les rues de Bagdad sont vides.', frCtx)).toEqual([['baghdad', 'Bagdad']]);
    expect(gazetteerPairs('Un convoi venu de Bagdad est arrivé.', frCtx)).toEqual([['baghdad', 'Bagdad']]);
    expect(gazetteerPairs('The outskirts of Baghdad were shelled.', enCtx)).toEqual([['baghdad', 'Baghdad']]);
  });

  it('reads a possessive capital as the state, unless a noun of place follows', () => {
    expect(gazetteerPairs('The court ruled in Baghdad’s favour.', enCtx)).toEqual([['state-irq', 'Baghdad']]);
    expect(gazetteerPairs('Baghdad’s streets were empty.', enCtx)).toEqual([['baghdad', 'Baghdad']]);
    expect(gazetteerPairs('Erbil has been conciliatory toward Baghdad.', enCtx)).toEqual([['state-irq', 'Baghdad']]);
  });

  it('leaves the article of a place name out of the span', () => {
    expect(gazetteerPairs('Le Caire, qui contrôle le passage, a fermé la frontière. Il vit au Caire.', frCtx)).toEqual([
      ['state-egy', 'Caire'],
      ['cairo', 'Caire'],
    ]);
  });

  it('does not take a name ending a longer Arabic name, but takes a surname with its article', () => {
    expect(gazetteerPairs('Elle dirige l’association Beit Al-Amal à Tyr.', frCtx)).toEqual([]);
    expect(gazetteerPairs('Le mouvement Amal a répondu.', frCtx)).toEqual([['amal-movement', 'mouvement Amal']]);
    expect(gazetteerPairs('Les partisans d’al-Sistani attendent.', frCtx)).toEqual([['ali-al-sistani', 'al-Sistani']]);
  });

  it('drops a capital used as a place when the base has no place entry for it', () => {
    expect(gazetteerPairs('Il est arrivé à Téhéran lundi.', frCtx)).toEqual([]);
    expect(gazetteerPairs('La pression sur Téhéran s’accroît.', frCtx)).toEqual([['state-irn', 'Téhéran']]);
  });
});

describe('gazetteer: contextual aliases and rules', () => {
  it('activates a contextual alias only when one of its entries is mentioned', () => {
    expect(gazetteerPairs('La police fédérale a bouclé le quartier.', frCtx)).toEqual([]);
    expect(gazetteerPairs('En Irak, la police fédérale a bouclé le quartier.', frCtx)).toEqual([
      ['state-irq', 'Irak'],
      ['iraqi-federal-police', 'police fédérale'],
    ]);
  });

  it('does not read a contextual alias at the start of a longer quotation', () => {
    expect(gazetteerPairs('En Irak, « la police fédérale nous protège », dit-il.', frCtx)).toEqual([['state-irq', 'Irak']]);
    expect(gazetteerPairs('En Irak, la « police fédérale » patrouille.', frCtx)).toEqual([
      ['state-irq', 'Irak'],
      ['iraqi-federal-police', 'police fédérale'],
    ]);
  });

  it('applies a prefer rule unless another claimant is named', () => {
    expect(gazetteerPairs('Les partisans de Sadr manifestent.', frCtx)).toEqual([['moqtada-al-sadr', 'Sadr']]);
    expect(gazetteerPairs('Mohammed Sadiq al-Sadr fut tué en 1999. Sadr avait fondé un mouvement.', frCtx)).toEqual([
      ['mohammed-sadiq-al-sadr', 'Mohammed Sadiq al-Sadr'],
      ['mohammed-sadiq-al-sadr', 'Sadr'],
    ]);
  });
});
