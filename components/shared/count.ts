/** Counted messages with the number written the reader's way ("10,000 notes", "10 000 notes"). */
import type { Translate, UiLang } from '../page-ui/i18n';

/** Chooses between the `_one` and `_other` forms of `key` and fills in the formatted count. */
export function countText(t: Translate, uiLang: UiLang, key: string, count: number): string {
  const form = new Intl.PluralRules(uiLang).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, new Intl.NumberFormat(uiLang).format(count));
}
