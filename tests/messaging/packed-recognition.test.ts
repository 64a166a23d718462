import { describe, expect, it } from 'vitest';
import { packRecognition, unpackRecognition } from '../../messaging/packed-recognition';
import { recognize } from '../../recognition/pipeline';

const text =
  'Kataib Hezbollah said on Friday that the strike near Baghdad airport killed two of its men. ' +
  'Hadi al-Amiri, who leads the Badr Organisation, called on 5 January 2020 for calm; al-Amiri spoke again last week.';

describe('packed recognition', () => {
  const found = recognize(text, { lang: 'en', referenceDate: new Date(Date.UTC(2024, 0, 18, 12)), uiLang: 'en' });

  it('gives back exactly what the recogniser found', () => {
    expect(found.actors.length).toBeGreaterThan(2);
    expect(found.dates.length).toBeGreaterThan(0);
    // Through JSON, as the message crosses.
    const crossed = JSON.parse(JSON.stringify(packRecognition(found)));
    expect(unpackRecognition(crossed, text)).toEqual(found);
  });

  it('leaves the texts out and sends offsets as flat lists', () => {
    const packed = packRecognition(found);
    const amiri = packed.actors.find((actor) => actor.name.includes('Amiri'));
    expect(amiri?.mentions).toEqual(found.actors.find((actor) => actor.id === amiri?.id)!.mentions.flatMap((m) => [m.start, m.end]));
    expect(JSON.stringify(packed)).not.toContain('"text"');
    expect(packed.dates.spans).toHaveLength(found.dates.length * 3);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(found).length);
  });

  it('sends what a date means once for all the dates that share it', () => {
    const repeated = `${text} ${text} ${text}`;
    const again = recognize(repeated, { lang: 'en', referenceDate: new Date(Date.UTC(2024, 0, 18, 12)), uiLang: 'en' });
    const packed = packRecognition(again);
    expect(again.dates.length).toBe(3 * found.dates.length);
    expect(packed.dates.meanings).toHaveLength(new Set(again.dates.map((date) => date.value)).size);
    expect(unpackRecognition(JSON.parse(JSON.stringify(packed)), repeated)).toEqual(again);
  });

  it('drops a date whose meaning is missing rather than inventing one', () => {
    const packed = packRecognition(found);
    const broken = { ...packed, dates: { meanings: [], spans: packed.dates.spans } };
    expect(unpackRecognition(broken, text).dates).toEqual([]);
  });
});
