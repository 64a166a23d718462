/**
 * The knowledge base's decisions as the matcher reads them: shared acronyms, contextual forms,
 * regional metonyms, dropped state aliases and the entries added for what readers meet.
 */
import { describe, expect, it } from 'vitest';
import type { RecognitionContext } from '../../../recognition/context';
import { createActorMatcher, findActors } from '../../../recognition/actors/index';
import { loadKnowledgeBase } from '../../../recognition/knowledge/index';

const matcher = createActorMatcher(loadKnowledgeBase());
const fr: RecognitionContext = { lang: 'fr', referenceDate: new Date(2024, 10, 4), uiLang: 'fr' };
const en: RecognitionContext = { lang: 'en', referenceDate: new Date(2024, 10, 4), uiLang: 'en' };

/** [id, mention text] for every mention, in text order. */
function pairs(text: string, ctx: RecognitionContext): [string, string][] {
  return findActors(text, ctx, matcher)
    .flatMap((a) => a.mentions.map((m) => ({ id: a.id, start: m.start, text: m.text })))
    .sort((a, b) => a.start - b.start)
    .map((m) => [m.id, m.text]);
}

function idsOf(text: string, ctx: RecognitionContext): string[] {
  return pairs(text, ctx).map(([id]) => id);
}

describe('shared and contextual forms', () => {
  it('reads CTS as the Iraqi service unless the Yemeni council is named', () => {
    expect(pairs('Le CTS a repris le quartier après trois jours de combats à Mossoul.', fr)).toContainEqual(['counter-terrorism-service', 'CTS']);
    expect(pairs('Le Conseil de transition du Sud (CTS) contrôle Aden. Le CTS a refusé.', fr).filter(([, t]) => t === 'CTS')).toEqual([
      ['southern-transitional-council', 'CTS'],
      ['southern-transitional-council', 'CTS'],
    ]);
  });

  it('reads HTC as Hayat Tahrir al-Cham only in an article about Syria', () => {
    expect(idsOf('HTC a présenté un nouveau téléphone à Taipei.', fr)).not.toContain('hayat-tahrir-al-sham');
    expect(pairs('En Syrie, HTC a pris Alep en quelques jours.', fr)).toContainEqual(['hayat-tahrir-al-sham', 'HTC']);
  });

  it('reads « Nous construisons » as the coalition only beside its own context', () => {
    expect(idsOf('En Irak, le ministre a promis : nous construisons des écoles.', fr)).not.toContain('nabni-coalition');
    expect(pairs('Hadi al-Amiri mène l’alliance « Nous construisons ».', fr)).toContainEqual(['nabni-coalition', 'Nous construisons']);
  });

  it('reads the unquoted phrase as the coalition only where it is written as a name', () => {
    const coalition = (text: string, ctx: RecognitionContext = fr): string[] => pairs(text, ctx).filter(([id]) => id === 'nabni-coalition').map(([, t]) => t);
    const leader = 'Hadi al-Amiri a voté. ';
    expect(coalition(`${leader}Ses partisans le répètent : nous construisons des écoles. Alors nous construisons.`)).toEqual([]);
    expect(coalition(`${leader}Nous construisons des routes, a-t-il ajouté.`)).toEqual([]);
    expect(coalition(`${leader}« Nous construisons avec nos mains », dit-il.`)).toEqual([]);
    expect(coalition('Hadi al-Amiri said: we build roads. We build schools, he added.', en)).toEqual([]);
    expect(coalition(`${leader}Les candidats de Nous construisons ont été élus, et l’alliance nous construisons domine.`)).toEqual([
      'Nous construisons',
      'nous construisons',
    ]);
    expect(coalition(`${leader}L’alliance « Nous construisons » a gagné.`)).toEqual(['Nous construisons']);
  });

  it('reads Erbil as the regional government when it acts, as the city when it is a place', () => {
    expect(pairs('Relations between Erbil and Baghdad have rarely been worse.', en)).toEqual([
      ['kurdistan-regional-government', 'Erbil'],
      ['state-irq', 'Baghdad'],
    ]);
    expect(pairs('Il vit à Erbil depuis dix ans.', fr)).toEqual([['erbil', 'Erbil']]);
  });

  it('keeps Erbil the city where no words show its government, unlike a state capital', () => {
    const city = (text: string, ctx: RecognitionContext): string[] => pairs(text, ctx).filter(([, t]) => t === 'Erbil').map(([id]) => id);
    expect(city('Salaries were paid directly, bypassing the regional authorities in Erbil, in a decision officials criticised.', en)).toEqual(['erbil']);
    expect(city('The KDP, which dominates Erbil and Duhok, lost seats.', en)).toEqual(['erbil']);
    expect(city('Erbil is home to a million people.', en)).toEqual(['erbil']);
    expect(city('Il enseigne la physique dans un lycée d’Erbil.', fr)).toEqual(['erbil']);
    // Its government acts, speaks or is supported.
    expect(city('Erbil denied the report. Baghdad blocked the crude that Erbil had exported.', en)).toEqual([
      'kurdistan-regional-government',
      'kurdistan-regional-government',
    ]);
    expect(city('Le soutien d’Erbil est acquis, mais Erbil dépend des transferts fédéraux face à la fronde d’Erbil.', fr)).toEqual([
      'kurdistan-regional-government',
      'kurdistan-regional-government',
      'kurdistan-regional-government',
    ]);
  });
});

describe('state forms', () => {
  it('never reads the word island as Iceland', () => {
    expect(idsOf('Island nations gathered on the island of Malta.', en)).not.toContain('state-isl');
  });

  it('reads a capital used as a location as the city', () => {
    expect(pairs('Talks were held in Tunis and then in Kabul.', en)).toEqual([
      ['tunis', 'Tunis'],
      ['kabul', 'Kabul'],
    ]);
    expect(pairs('Kyiv said it would respond.', en)).toEqual([['state-ukr', 'Kyiv']]);
  });
});

describe('actors readers meet', () => {
  it('knows the Turkish actors of the Kurdish question', () => {
    const text =
      'Devlet Bahçeli, the MHP leader, spoke after the removal of the mayor of Mardin, Ahmet Türk, of the DEM Party. Öcalan is held on İmralı. TUSAŞ was attacked.';
    expect(idsOf(text, en)).toEqual(expect.arrayContaining(['devlet-bahceli', 'mhp', 'mardin', 'ahmet-turk', 'dem-party', 'imrali', 'turkish-aerospace-industries']));
  });

  it('knows Kobani by its Arabic name and the Allenby Bridge by its Jordanian one', () => {
    expect(pairs('La ville d’Aïn al-Arab a été libérée.', fr)).toContainEqual(['kobani', 'Aïn al-Arab']);
    expect(pairs('Travellers crossed the King Hussein Bridge.', en)).toContainEqual(['allenby-bridge', 'King Hussein Bridge']);
  });

  it('knows the Houthi negotiator by his French spelling', () => {
    expect(pairs('Mohammed Abdessalam a rencontré les médiateurs.', fr)).toContainEqual(['mohammed-abdulsalam', 'Mohammed Abdessalam']);
  });
});
