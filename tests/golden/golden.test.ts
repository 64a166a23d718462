import { describe, expect, it } from 'vitest';
import { checkGolden, generateFixture, stripMarks, unknownId } from '../../scripts/golden';
import { failingMetrics, overall, scoreArticle, type ArticleScore } from '../../scripts/evaluate-golden';
import type { ExpectedArticle } from '../../scripts/golden';
import type { ActorAnnotation, DateAnnotation } from '../../recognition/types';

describe('golden generator', () => {
  it('keeps every served page and expected JSON in step with its marked source', () => {
    expect(checkGolden()).toEqual([]);
  }, 60_000);

  it('removes only the mark tags', () => {
    const marked = '<p>Le <x-actor id="hezbollah" kind="organization">Hezbollah</x-actor> a <b>tiré</b> <x-date value="2024-01-12">vendredi dernier</x-date>.</p>';
    expect(stripMarks(marked)).toBe('<p>Le Hezbollah a <b>tiré</b> vendredi dernier.</p>');
  });

  it('spells unknown ids from the full name', () => {
    expect(unknownId('Rima Haddad-Salamé')).toBe('unknown:rima haddad salame');
    expect(unknownId('Forum des familles d’otages')).toBe("unknown:forum des familles d'otages");
  });

  it('gives offsets into the article text, headline included and chrome left out', () => {
    const html = `<!DOCTYPE html><html lang="fr-FR"><head>
      <meta property="article:published_time" content="2024-01-16T09:40:00+02:00"></head><body>
      <nav class="site-nav"><a href="#">Hezbollah</a></nav>
      <article><h1>Le <x-actor id="hezbollah" kind="organization">Hezbollah</x-actor> tire</h1>
      <div class="share">Partager</div>
      <p>Selon <x-actor id="unknown:ahmad abou zeid" kind="person">Ahmad Abou Zeid</x-actor>, le <x-actor id="hezbollah" kind="organization">Hezbollah</x-actor> a tiré <x-date value="2024-01-14">dimanche soir</x-date> sur des positions israéliennes, près de la frontière et des villages voisins.</p></article>
      </body></html>`;
    const { expected, servedHtml } = generateFixture('tiny', html);
    expect(servedHtml).not.toContain('x-actor');
    expect(expected.lang).toBe('fr');
    expect(expected.publishedAt).toBe('2024-01-16T09:40:00+02:00');
    const hezbollah = expected.actors.find((a) => a.id === 'hezbollah');
    expect(hezbollah?.mentions.map((m) => [m.text, m.start])).toEqual([
      ['Hezbollah', 3],
      ['Hezbollah', 44],
    ]);
    expect(expected.dates).toEqual([{ text: 'dimanche soir', start: 61, end: 74, value: '2024-01-14' }]);
  });

  it('refuses a mark inside page chrome', () => {
    const html = `<html lang="en"><body><article><h1>Title</h1>
      <div class="related"><x-actor id="hamas" kind="organization">Hamas</x-actor></div>
      <p>${'Some article text about a ceasefire and its mediators. '.repeat(4)}</p></article></body></html>`;
    expect(() => generateFixture('chrome', html)).toThrow(/outside the article text/);
  });
});

const truth: Pick<ExpectedArticle, 'actors' | 'dates'> = {
  actors: [
    { id: 'hezbollah', kind: 'organization', mentions: [{ text: 'Hezbollah', start: 0, end: 9 }, { text: 'Hezbollah', start: 40, end: 49 }] },
    { id: 'state-lbn', kind: 'state', mentions: [{ text: 'Liban', start: 20, end: 25 }] },
  ],
  dates: [{ text: 'hier', start: 30, end: 34, value: '2024-01-15' }],
};

function actor(id: string, kind: ActorAnnotation['kind'], spans: [number, number][]): ActorAnnotation {
  return { id, name: id, kind, known: true, mentions: spans.map(([start, end]) => ({ text: 'x', start, end })) };
}

function date(start: number, end: number, value: string): DateAnnotation {
  return { text: 'x', start, end, value, granularity: 'day', first: value, last: value, daysFromReference: -1, phrase: '' };
}

describe('golden scoring', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const score = scoreArticle(truth, {
      actors: [actor('hezbollah', 'organization', [[0, 9], [40, 49]]), actor('state-lbn', 'state', [[20, 25]])],
      dates: [date(30, 34, '2024-01-15')],
    });
    for (const metric of ['mentions', 'linking', 'dateSpans', 'dateValues'] as const) {
      expect(score[metric]).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1 });
    }
    expect(score.mentions.tp).toBe(3);
  });

  it('counts a false positive, a false negative and a wrong link', () => {
    const score = scoreArticle(truth, {
      actors: [
        // Second Hezbollah mention missed (FN); "Liban" found but linked to the place (span TP, link FP+FN).
        actor('hezbollah', 'organization', [[0, 9]]),
        actor('lebanon-place', 'place', [[20, 25]]),
        // A sentence-initial word taken for an actor (FP).
        actor('unknown:cependant', 'person', [[52, 61]]),
      ],
      dates: [date(30, 34, '2024-01-14')],
    });
    expect(score.mentions).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(score.mentions.precision).toBeCloseTo(2 / 3, 10);
    expect(score.mentions.recall).toBeCloseTo(2 / 3, 10);
    expect(score.linking).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(score.linking.precision).toBeCloseTo(1 / 3, 10);
    expect(score.linking.recall).toBeCloseTo(1 / 3, 10);
    expect(score.linking.falseNegatives.map((i) => i.label).sort()).toEqual(['hezbollah', 'state-lbn']);
    expect(score.dateSpans).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(score.dateValues).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0 });
  });

  it('sums articles before computing rates and names the metrics under the threshold', () => {
    const perfect = scoreArticle(truth, {
      actors: [actor('hezbollah', 'organization', [[0, 9], [40, 49]]), actor('state-lbn', 'state', [[20, 25]])],
      dates: [date(30, 34, '2024-01-15')],
    });
    const oneMiss: ArticleScore = scoreArticle(truth, {
      actors: [actor('hezbollah', 'organization', [[0, 9], [40, 49]])],
      dates: [date(30, 34, '2024-01-15')],
    });
    const total = overall([perfect, oneMiss]);
    expect(total.mentions).toMatchObject({ tp: 5, fp: 0, fn: 1, precision: 1 });
    expect(total.mentions.recall).toBeCloseTo(5 / 6, 10);
    expect(failingMetrics(total)).toEqual(['mentions', 'linking']);
  });

  it('counts a span predicted twice as one true and one false positive', () => {
    const score = scoreArticle(
      { actors: [truth.actors[1]!], dates: [] },
      { actors: [actor('state-lbn', 'state', [[20, 25], [20, 25]])], dates: [] },
    );
    expect(score.mentions).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});
