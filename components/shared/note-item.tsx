/**
 * One note as a list shows it: what it is about (a quoted passage, an actor, a date), its body,
 * tags and dates, with Edit (in place, with the note editor) and Delete. Whether it is being
 * edited is decided by the parent, which may need to keep the row alive while it is.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { StoredNote } from '../../messaging/protocol';
import type { Translate, UiLang } from '../page-ui/i18n';
import { NoteEditor } from '../page-ui/note-editor';
import { formatDateValue } from '../page-ui/format-date';
import { NoteBody } from './note-body';
import { formatTimestamp } from './format-time';

export interface NoteItemProps {
  note: StoredNote;
  t: Translate;
  uiLang: UiLang;
  /** Shown above the note, e.g. the article on the notes page. */
  header?: ComponentChildren;
  /** More buttons after Edit and Delete, e.g. "Open in article". */
  actions?: ComponentChildren;
  editing: boolean;
  onEdit(): void;
  onEditEnd(): void;
  /** Saves the new body and tags; rejects with a `ProtocolFailure` when it could not. */
  onSave(body: string, tags: string[]): Promise<void>;
  onDelete(): void;
}

/** Edits closer together than this are the save that created the note, not a later edit. */
const EDIT_THRESHOLD_MS = 1000;

/** "Note on Hadi al-Amiri", "Note on Friday 8 December 2023", or the generic label. */
export function targetLabel(note: StoredNote, t: Translate, uiLang: UiLang): string {
  const { target } = note;
  switch (target.kind) {
    case 'actor':
      return t('note_target_actor', target.name);
    case 'date':
      return t('note_target_date', formatDateValue({ value: target.value, first: '', last: '' }, uiLang));
    case 'quote':
      return t('note_passage_title');
    case 'article':
      return t('note_target_article');
  }
}

function NoteTarget({ note, t, uiLang }: Pick<NoteItemProps, 'note' | 't' | 'uiLang'>) {
  const { target } = note;
  if (target.kind === 'quote') return <blockquote class="cx-quote">{target.quote.exact}</blockquote>;
  if (target.kind === 'article') return null;
  return (
    <p class="cx-target" data-kind={target.kind === 'actor' ? target.actorKind : 'date'}>
      {targetLabel(note, t, uiLang)}
      {target.kind === 'date' && target.text && <span class="cx-muted"> · “{target.text}”</span>}
    </p>
  );
}

export function NoteItem(props: NoteItemProps) {
  const { note, t, uiLang, editing } = props;
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);

  useEffect(() => {
    // Back from the editor: give the keyboard its place again.
    if (wasEditing.current && !editing) editButton.current?.focus({ preventScroll: true });
    wasEditing.current = editing;
  }, [editing]);

  const edited = note.updatedAt - note.createdAt > EDIT_THRESHOLD_MS;
  return (
    <article class="cx-note" data-note-id={note.id} aria-label={targetLabel(note, t, uiLang)}>
      {props.header}
      <NoteTarget note={note} t={t} uiLang={uiLang} />
      {editing ? (
        <NoteEditor
          t={t}
          targetLabel={t('editor_edit_label')}
          initialBody={note.body}
          initialTags={note.tags}
          onSave={props.onSave}
          onCancel={props.onEditEnd}
          onSaved={props.onEditEnd}
        />
      ) : (
        <>
          <NoteBody body={note.body} />
          {note.tags.length > 0 && (
            <ul class="cx-tags" aria-label={t('common_tags')}>
              {note.tags.map((tag) => (
                <li class="cx-tag">{tag}</li>
              ))}
            </ul>
          )}
          <p class="cx-note-dates cx-muted">
            <time dateTime={new Date(note.createdAt).toISOString()}>{t('common_created', formatTimestamp(note.createdAt, uiLang))}</time>
            {edited && (
              <>
                {' · '}
                <time dateTime={new Date(note.updatedAt).toISOString()}>{t('common_edited', formatTimestamp(note.updatedAt, uiLang))}</time>
              </>
            )}
          </p>
          <div class="cx-actions">
            <button type="button" class="cx-button" ref={editButton} onClick={props.onEdit} data-action="edit">
              {t('common_edit')}
            </button>
            <button type="button" class="cx-button" onClick={props.onDelete} data-action="delete">
              {t('common_delete')}
            </button>
            {props.actions}
          </div>
        </>
      )}
    </article>
  );
}
