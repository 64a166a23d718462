import { DayPartRefiner } from '../../../common/refiners/dayPartRefiner';

/** "Saturday night", "yesterday morning", "on Friday at 3 p.m.", "October 7 at 6:30". */
export class ENDayPartRefiner extends DayPartRefiner {
  protected dayPart(): RegExp {
    return /^(?:\s+(?:night|evening|morning|afternoon)(?!\p{L}))?(?:,?\s+(?:at|around|about)\s+(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?!\p{L}))?/iu;
  }
}
