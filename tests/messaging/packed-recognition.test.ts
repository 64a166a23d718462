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
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(found).length);
  });
});
