import { DayPartRefiner } from '../../../common/refiners/dayPartRefiner';

/** "samedi soir", "hier matin", "le 5 janvier au soir", "mardi à 14 heures", "lundi vers 22h30". */
export class FRDayPartRefiner extends DayPartRefiner {
  protected dayPart(): RegExp {
    return /^(?:\s+(?:au\s+)?(?:matin|midi|après-midi|soir|nuit)(?!\p{L}))?(?:\s+(?:à|vers)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?(?![\p{L}\p{N}]))?/iu;
  }
}
