import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { createNotesService } from '../../../entrypoints/background/notes-service';
import { unpackRecognition } from '../../../messaging/packed-recognition';
import { recognize } from '../../../recognition/pipeline';
import { referenceDateOf } from '../../../recognition/context';
import { freshFactory } from '../../storage/helpers';

const text = 'Hadi al-Amiri, who leads the Badr Organisation, met officials in Baghdad on 5 January 2020. Al-Amiri returned on Friday.';

describe('contexte:recognize', () => {
  it('answers with what the recogniser found, packed, and how long the recogniser took', async () => {
    const handlers = createHandlers(createNotesService(freshFactory()));
    const request = { text, lang: 'en' as const, referenceDay: '2020-01-08' };
    const answer = await handlers['contexte:recognize']({ type: 'contexte:recognize', request, uiLang: 'en' }, {});
    const expected = recognize(text, { lang: 'en', referenceDate: referenceDateOf('2020-01-08'), uiLang: 'en' });
    expect(unpackRecognition(answer, text)).toEqual(expected);
    expect(expected.actors.length).toBeGreaterThan(0);
    expect(answer.recognizerMs).toBeGreaterThanOrEqual(0);
    expect(answer.recognizerMs).toBeLessThan(60_000);
  });
});
