/**
 * The recogniser's answer as it crosses from the background to the page. On a long article it
 * holds tens of thousands of mentions, and the browser copies every object of a message twice on
 * the way: so the texts of mentions and dates, which the page can read from its own copy of the
 * article's text, are left out, each actor's mentions travel as one flat list of offsets, and
 * what a date means (its value, range and phrase) travels once for all the dates that share it.
 */
import type { Recognition } from '../recognition/pipeline';
import type { ActorAnnotation, DateAnnotation } from '../recognition/types';

/** What a date means, apart from where it is and how it is written. */
export type DateMeaning = Omit<DateAnnotation, 'text' | 'start' | 'end'>;

export interface PackedRecognition {
  /** Actors with `mentions` as `[start, end, start, end, …]`. */
  actors: (Omit<ActorAnnotation, 'mentions'> & { mentions: number[] })[];
  dates: {
    /** Each distinct meaning once. */
    meanings: DateMeaning[];
    /** `[start, end, meaning index, …]`, in the recogniser's order. */
    spans: number[];
  };
}

/** Packs `found` for the page (see the module comment). */
export function packRecognition(found: Recognition): PackedRecognition {
  const meanings: DateMeaning[] = [];
  const indexByKey = new Map<string, number>();
  const spans = new Array<number>(found.dates.length * 3);
  found.dates.forEach(({ text: _text, start, end, ...meaning }, i) => {
    // Every field is a string or a number: joined, they name the meaning.
    const key = `${meaning.value}|${meaning.granularity}|${meaning.first}|${meaning.last}|${meaning.daysFromReference}|${meaning.phrase}`;
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = meanings.push(meaning) - 1;
      indexByKey.set(key, index);
    }
    spans[3 * i] = start;
    spans[3 * i + 1] = end;
    spans[3 * i + 2] = index;
  });
  return {
    actors: found.actors.map((actor) => {
      const offsets = new Array<number>(actor.mentions.length * 2);
      actor.mentions.forEach((mention, i) => {
        offsets[2 * i] = mention.start;
        offsets[2 * i + 1] = mention.end;
      });
      return { ...actor, mentions: offsets };
    }),
    dates: { meanings, spans },
  };
}

/** The recognition `packed` came from, its texts read back from `text`, the text recognised. */
export function unpackRecognition(packed: PackedRecognition, text: string): Recognition {
  const dates: DateAnnotation[] = [];
  const { meanings, spans } = packed.dates;
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const meaning = meanings[spans[i + 2]!];
    if (meaning) dates.push({ text: text.slice(start, end), start, end, ...meaning });
  }
  return {
    actors: packed.actors.map((actor) => {
      const mentions: ActorAnnotation['mentions'] = [];
      for (let i = 0; i + 1 < actor.mentions.length; i += 2) {
        const start = actor.mentions[i]!;
        const end = actor.mentions[i + 1]!;
        mentions.push({ text: text.slice(start, end), start, end });
      }
      return { ...actor, mentions };
    }),
    dates,
  };
}
