/**
 * The recogniser's answer as it crosses from the background to the page. On a long article it
 * holds tens of thousands of mentions, and the browser copies every object of a message twice on
 * the way: so the texts of mentions and dates, which the page can read from its own copy of the
 * article's text, are left out, and each actor's mentions travel as one flat list of offsets.
 */
import type { Recognition } from '../recognition/pipeline';
import type { ActorAnnotation, DateAnnotation } from '../recognition/types';

export interface PackedRecognition {
  /** Actors with `mentions` as `[start, end, start, end, …]`. */
  actors: (Omit<ActorAnnotation, 'mentions'> & { mentions: number[] })[];
  dates: Omit<DateAnnotation, 'text'>[];
}

/** Packs `found` for the page (see the module comment). */
export function packRecognition(found: Recognition): PackedRecognition {
  return {
    actors: found.actors.map((actor) => {
      const offsets = new Array<number>(actor.mentions.length * 2);
      actor.mentions.forEach((mention, i) => {
        offsets[2 * i] = mention.start;
        offsets[2 * i + 1] = mention.end;
      });
      return { ...actor, mentions: offsets };
    }),
    dates: found.dates.map(({ text: _text, ...date }) => date),
  };
}

/** The recognition `packed` came from, its texts read back from `text`, the text recognised. */
export function unpackRecognition(packed: PackedRecognition, text: string): Recognition {
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
    dates: packed.dates.map((date) => ({ text: text.slice(date.start, date.end), ...date })),
  };
}
