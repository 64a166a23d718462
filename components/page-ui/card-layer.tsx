/**
 * What the card layer shows: a mention's hover card or a passage card, with the note editor or a
 * saved note inside. The overlay describes the card as data and callbacks; this renders it.
 */
import { HoverCard, type CardSubject } from './hover-card';
import { NoteEditor } from './note-editor';
import { PassageCard, SavedNote } from './passage-card';
import type { Translate, UiLang } from './i18n';

export interface EditorModel {
  /** Changes when the editor is for another target, so its fields start empty. */
  key: string;
  targetLabel: string;
  onSave(body: string, tags: string[]): Promise<void>;
  onCancel(): void;
  onSaved(): void;
}

export interface SavedNoteModel {
  body: string;
  tags: readonly string[];
}

export type CardModel =
  | {
      kind: 'mention';
      subject: CardSubject;
      autoFocus: boolean;
      editor: EditorModel | null;
      saved: SavedNoteModel | null;
      onMention(index: number): void;
      onAddNote(): void;
    }
  | {
      kind: 'passage';
      title: string;
      quote?: string;
      autoFocus: boolean;
      editor: EditorModel | null;
      saved: SavedNoteModel | null;
    };

export interface CardLayerProps {
  card: CardModel;
  t: Translate;
  uiLang: UiLang;
  referenceIsToday: boolean;
  onClose(): void;
}

/** The card of the overlay's card layer. */
export function CardLayer({ card, t, uiLang, referenceIsToday, onClose }: CardLayerProps) {
  const inside = (
    <>
      {card.saved ? <SavedNote t={t} body={card.saved.body} tags={card.saved.tags} /> : null}
      {card.editor ? (
        <NoteEditor
          key={card.editor.key}
          t={t}
          targetLabel={card.editor.targetLabel}
          onSave={card.editor.onSave}
          onCancel={card.editor.onCancel}
          onSaved={card.editor.onSaved}
        />
      ) : null}
    </>
  );
  if (card.kind === 'passage') {
    return (
      <PassageCard t={t} title={card.title} quote={card.quote} autoFocus={card.autoFocus} onClose={onClose}>
        {inside}
      </PassageCard>
    );
  }
  return (
    <HoverCard
      subject={card.subject}
      t={t}
      uiLang={uiLang}
      referenceIsToday={referenceIsToday}
      autoFocus={card.autoFocus}
      onMention={card.onMention}
      onAddNote={card.onAddNote}
      onClose={onClose}
    >
      {inside}
    </HoverCard>
  );
}
