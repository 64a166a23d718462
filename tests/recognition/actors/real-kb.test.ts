import { describe, expect, it } from 'vitest';
import type { RecognitionContext } from '../../../recognition/context';
import { createActorMatcher, findActors } from '../../../recognition/actors/index';
import { foldForComparison, foldText, foldedToString } from '../../../recognition/actors/normalize';
import { loadKnowledgeBase } from '../../../recognition/knowledge/index';
import type { ActorAnnotation } from '../../../recognition/types';

const kb = loadKnowledgeBase();
const matcher = createActorMatcher(kb);
const fr: RecognitionContext = { lang: 'fr', referenceDate: new Date(2024, 1, 5), uiLang: 'fr' };
const en: RecognitionContext = { lang: 'en', referenceDate: new Date(2024, 1, 5), uiLang: 'en' };

const FRENCH = `Bagdad, 3 février — Les États-Unis ont mené vendredi soir des frappes contre des positions des Brigades du Hezbollah irakien près de la frontière syrienne, en représailles à une attaque de drone qui a tué trois soldats américains en Jordanie. Le gouvernement irakien a dénoncé une « violation de la souveraineté », tandis que Téhéran a démenti tout rôle dans l’attaque.
Hadi al-Amiri, chef de l’organisation Badr, a appelé Washington à retirer ses troupes. Al-Amiri a ensuite rencontré le Premier ministre Mohammed Chia al-Soudani à Bagdad.
Afficher plus`;

const ENGLISH = `Kataib Hezbollah said on Sunday it would suspend attacks on US forces. The group, part of the Islamic Resistance in Iraq, had been blamed by Washington for a drone strike near Baghdad airport.
Iraqi Prime Minister Mohammed Shia al-Sudani said his government was negotiating the departure of the US-led coalition. Sudani told reporters in Baghdad that the talks would take months. Dara Kerimi, an analyst at a research centre in Erbil, said the pause was tactical.
Related articles`;

function byId(actors: ActorAnnotation[], id: string): ActorAnnotation | undefined {
  return actors.find((a) => a.id === id);
}

function texts(actor: ActorAnnotation | undefined): string[] {
  return actor?.mentions.map((m) => m.text) ?? [];
}

function checkSpans(text: string, actors: ActorAnnotation[]): void {
  const all = actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
  for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
}

describe('actors on the bundled knowledge base', () => {
  it('folds every alias of the base the same way as page text', () => {
    for (const entry of kb.entries) {
      const forms = [entry.name.en, entry.name.fr, ...(entry.aliases.any ?? []), ...(entry.aliases.en ?? []), ...(entry.aliases.fr ?? []), ...(entry.metonyms ?? []), ...(entry.caseSensitive ?? [])];
      for (const form of forms) expect(foldForComparison(form), `${entry.id}: ${form}`).toBe(foldedToString(foldText(form)));
    }
  });

  it('gives every actor its own list of aliases, the same from one article to the next', () => {
    const first = byId(findActors(FRENCH, fr, matcher), 'state-irq')!;
    const aliases = [...(first.aliases ?? [])];
    expect(aliases.length).toBeGreaterThan(0);
    first.aliases?.push('changed by a reader of the first article');
    expect(byId(findActors(FRENCH, fr, matcher), 'state-irq')?.aliases).toEqual(aliases);
  });

  it('reads a French news paragraph', () => {
    const actors = findActors(FRENCH, fr, matcher);
    checkSpans(FRENCH, actors);
    expect(texts(byId(actors, 'kataib-hezbollah'))).toEqual(['Brigades du Hezbollah irakien']);
    expect(texts(byId(actors, 'state-irq'))).toContain('gouvernement irakien');
    expect(texts(byId(actors, 'state-irn'))).toEqual(['Téhéran']);
    expect(texts(byId(actors, 'state-usa'))).toEqual(['États-Unis', 'Washington']);
    // The dateline and "à Bagdad" are the city.
    expect(texts(byId(actors, 'baghdad'))).toEqual(['Bagdad', 'Bagdad']);
    const amiri = byId(actors, 'hadi-al-amiri')!;
    expect(texts(amiri)).toEqual(['Hadi al-Amiri', 'Al-Amiri']);
    expect(amiri.articleSays).toBe('chef de l’organisation Badr');
    expect(amiri.description).toBe(kb.byId.get('hadi-al-amiri')!.description.fr);
    expect(byId(actors, 'mohammed-shia-al-sudani')?.articleSays).toBe('Premier ministre');
    // Nationality adjectives and page chrome are not actors.
    expect(actors.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain('syrienne');
    expect(actors.some((a) => a.name === 'Afficher plus')).toBe(false);
  });

  it('reads an English news paragraph', () => {
    const actors = findActors(ENGLISH, en, matcher);
    checkSpans(ENGLISH, actors);
    expect(texts(byId(actors, 'kataib-hezbollah'))).toEqual(['Kataib Hezbollah']);
    expect(texts(byId(actors, 'islamic-resistance-in-iraq'))).toEqual(['Islamic Resistance in Iraq']);
    expect(texts(byId(actors, 'state-usa'))).toContain('Washington');
    // "near Baghdad airport": the city is the place; only the airport's full name is the airport.
    expect(byId(actors, 'baghdad-international-airport')).toBeUndefined();
    expect(texts(byId(actors, 'baghdad'))).toEqual(['Baghdad', 'Baghdad']);
    const sudani = byId(actors, 'mohammed-shia-al-sudani')!;
    expect(texts(sudani)).toEqual(['Mohammed Shia al-Sudani', 'Sudani']);
    expect(sudani.articleSays).toBe('Iraqi Prime Minister');
    const kerimi = byId(actors, 'unknown:dara kerimi')!;
    expect(kerimi).toMatchObject({ name: 'Dara Kerimi', kind: 'person', known: false, articleSays: 'analyst at a research centre in Erbil' });
    // "The group" is never linked.
    expect(actors.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain('The group');
  });

  it('links a known person’s surname written with its particle', () => {
    const text = 'Saudi Foreign Minister Faisal bin Farhan flew to Amman. There, bin Farhan said talks would resume.';
    expect(texts(byId(findActors(text, en, matcher), 'faisal-bin-farhan'))).toEqual(['Faisal bin Farhan', 'bin Farhan']);
  });

  it('reads a state’s name right before a surname as a first name', () => {
    const pairs = (text: string, ctx: RecognitionContext): [string, string][] =>
      findActors(text, ctx, matcher)
        .flatMap((a) => a.mentions.map((m) => ({ id: a.id, kind: a.kind, start: m.start, text: m.text })))
        .sort((a, b) => a.start - b.start)
        .map((m) => [`${m.kind} ${m.id}`, m.text]);
    expect(pairs('Le président du parti, Jordan Bardella, a rencontré le roi de Jordanie. Jordan Bardella est rentré.', fr)).toEqual([
      ['person unknown:jordan bardella', 'Jordan Bardella'],
      ['state state-jor', 'Jordanie'],
      ['person unknown:jordan bardella', 'Jordan Bardella'],
    ]);
    expect(pairs('Chad Smith said the tour would go ahead.', en)).toEqual([['person unknown:chad smith', 'Chad Smith']]);
    expect(pairs('The singer Israel Kamakawiwo’ole was born in Honolulu.', en)).toEqual([['person unknown:israel kamakawiwo\'ole', 'Israel Kamakawiwo’ole']]);
    expect(pairs("The singer Israel Kamakawiwo'ole was born in Honolulu.", en)).toEqual([['person unknown:israel kamakawiwo\'ole', "Israel Kamakawiwo'ole"]]);
  });

  it('keeps the state before a title, a known actor, a word of a place name or after a preposition of place', () => {
    const ids = (text: string): string[] => findActors(text, en, matcher).map((a) => a.id);
    expect(ids('Jordan King Abdullah met officials.')).toContain('state-jor');
    expect(ids('The Israel Defense Forces said it had struck.')).toEqual(['idf']);
    expect(ids('Israel Hamas talks resumed.')).toEqual(['state-isr', 'hamas']);
    expect(ids('Officials in Jordan Tuesday said the border was shut.')).toEqual(['state-jor']);
    expect(ids('The Jordan Times reported the decision.')).toEqual(['state-jor']);
    expect(ids('Israel Hayom reported the decision.')).toEqual(['israel-hayom']);
  });
});
