/**
 * The small button shown next to a text selection in the article: "Add a note on this passage".
 */
import type { Translate } from './i18n';

export interface SelectionButtonProps {
  t: Translate;
  onAddNote(): void;
}

/** One button; `mousedown` is cancelled so that pressing it does not clear the reader's selection. */
export function SelectionButton({ t, onAddNote }: SelectionButtonProps) {
  return (
    <button
      type="button"
      class="cx-button cx-primary cx-selection-button"
      onMouseDown={(event) => event.preventDefault()}
      onClick={onAddNote}
    >
      {t('selection_add_note')}
    </button>
  );
}
