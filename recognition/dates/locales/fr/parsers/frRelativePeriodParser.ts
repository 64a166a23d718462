import { RelativePeriodParser, type PeriodUnit } from '../../../common/parsers/relativePeriodParser';
import type { Groups } from '../../../common/parsers/wordParser';
import { WORD_CHARS } from '../../../common/pattern';
import { MODIFIER, modifierSign } from '../words';

const UNITS: Record<string, PeriodUnit> = { semaine: 'week', mois: 'month', 'mois-ci': 'month', an: 'year', année: 'year' };

/**
 * "semaine dernière", "cette semaine", "semaine prochaine", "mois dernier", "ce mois-ci",
 * "année dernière", "an dernier", "l'an passé", "cette année", "l'année prochaine". Not the
 * vague plurals ("ces dernières années", "les mois derniers").
 */
export class FRRelativePeriodParser extends RelativePeriodParser {
  protected readonly name = 'FRRelativePeriodParser';

  protected innerPattern(): string {
    return (
      '\\b(?:(?<this>cette|ce)\\s+(?<thisUnit>semaine|mois-ci|mois|année)' +
      `|(?<unit>semaine|mois|année|an)\\s+(?<modifier>${MODIFIER}))(?![${WORD_CHARS}-])`
    );
  }

  protected unitOf(groups: Groups): PeriodUnit | undefined {
    return UNITS[(groups.unit ?? groups.thisUnit ?? '').toLowerCase()];
  }

  protected offsetOf(groups: Groups): number | undefined {
    return groups.this ? 0 : modifierSign(groups.modifier);
  }
}
