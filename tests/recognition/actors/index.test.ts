import { describe, expect, it } from 'vitest';
import { ACTOR_PIPELINE, createActorMatcher, findActors } from '../../../recognition/actors/index';
import { frCtx, enCtx, smallKb } from './small-kb';

const text =
  'Le Premier ministre irakien Mustafa Al-Kadhimi a reçu lundi Hadi al-Amiri, chef de l’organisation Badr. ' +
  'Al-Amiri a demandé à Bagdad de travailler avec Téhéran. Lotfi Azzouz, directeur du bureau tunisien d’Amnesty International, a dénoncé des arrestations.';

describe('findActors', () => {
  it('runs the stages in the documented order', () => {
    expect(ACTOR_PIPELINE.map((s) => s.name)).toEqual(['gazetteer', 'phrase-names', 'regional-seats', 'partly-quoted', 'proper-nouns', 'acronyms', 'coreference', 'appositions']);
  });

  it('aggregates all mentions of one actor, sorted, never overlapping', () => {
    const actors = findActors(text, frCtx, smallKb);
    const amiri = actors.find((a) => a.id === 'hadi-al-amiri')!;
    expect(amiri.mentions.map((m) => m.text)).toEqual(['Hadi al-Amiri', 'Al-Amiri']);
    const all = actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('names the actor in the article’s language and describes it in the interface language', () => {
    const kadhimi = findActors(text, { ...frCtx, uiLang: 'en' }, smallKb).find((a) => a.id === 'mustafa-al-kadhimi')!;
    expect(kadhimi.name).toBe('Moustafa al-Kazimi');
    expect(kadhimi.description).toBe('Prime Minister of Iraq from 2020 to 2022.');
    expect(kadhimi.affiliations).toEqual([{ id: 'state-irq', name: 'Iraq' }]);
    expect(kadhimi.aliases).toContain('Mustafa al-Kadhimi');
    expect(kadhimi.aliases).not.toContain('Moustafa al-Kazimi');
    expect(kadhimi.type).toBe('head-of-government');
    expect(kadhimi.articleSays).toBe('Premier ministre irakien');
  });

  it('links Wikipedia in the interface language, else in the other one', () => {
    const fr = findActors('Le Hezbollah et les Brigades du Hezbollah irakien.', frCtx, smallKb);
    expect(fr.find((a) => a.id === 'hezbollah')!.wikipedia).toBe('https://en.wikipedia.org/wiki/Hezbollah');
    expect(fr.find((a) => a.id === 'kataib-hezbollah')!.wikipedia).toBe('https://fr.wikipedia.org/wiki/Kataeb_Hezbollah');
    const is = findActors('ISIS claimed the attack.', enCtx, smallKb)[0]!;
    expect(is.wikipedia).toBe('https://en.wikipedia.org/wiki/Islamic_State');
    const isFr = findActors('L’EI a revendiqué l’attaque.', frCtx, smallKb)[0]!;
    expect(isFr.wikipedia).toBe('https://fr.wikipedia.org/wiki/%C3%89tat_islamique_(organisation)');
  });

  it('describes actors outside the knowledge base with the longest form and what the article says', () => {
    const azzouz = findActors(text, frCtx, smallKb).find((a) => a.id === 'unknown:lotfi azzouz')!;
    expect(azzouz).toMatchObject({ name: 'Lotfi Azzouz', kind: 'person', known: false, articleSays: 'directeur du bureau tunisien d’Amnesty International' });
  });

  it('gives the same result with a prebuilt matcher as with the knowledge base', () => {
    expect(findActors(text, frCtx, createActorMatcher(smallKb))).toEqual(findActors(text, frCtx, smallKb));
  });

  it('looks for actors outside the knowledge base only in French and English articles', () => {
    const german = 'Viele Bürger sprechen über die Zukunft der Wirtschaft. Hadi al-Amiri sagte, Bagdad habe protestiert.';
    const actors = findActors(german, { ...enCtx, lang: null }, smallKb);
    expect(actors.map((a) => a.id)).toEqual(['hadi-al-amiri', 'state-irq']);
    // The same capitalised pair after a title is a person in an English article.
    const english = 'The analyst Zukunft Wirtschaft said so.';
    expect(findActors(english, enCtx, smallKb).map((a) => a.id)).toEqual(['unknown:zukunft wirtschaft']);
    expect(findActors(english, { ...enCtx, lang: null }, smallKb)).toEqual([]);
  });

  it('uses English names when the article language is unknown', () => {
    const actors = findActors('Irak : Bagdad a protesté.', { ...frCtx, lang: null }, smallKb);
    expect(actors.map((a) => a.name)).toEqual(['Iraq']);
  });
});
