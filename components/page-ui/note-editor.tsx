/**
 * The inline note editor of the cards and the selection: a text, some tags, Save and Cancel.
 * When saving fails the typed text stays where it is, with a message saying why.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Translate } from './i18n';

export interface NoteEditorProps {
  t: Translate;
  /** What the note is about, e.g. "Note on Hadi al-Amiri". */
  targetLabel: string;
  initialBody?: string;
  initialTags?: string[];
  /** Saves the note; rejects (e.g. with a `ProtocolFailure`) when it could not be saved. */
  onSave(body: string, tags: string[]): Promise<void>;
  onCancel(): void;
  /** Called once "Saved" has been shown for `savedDelayMs`. */
  onSaved(): void;
  savedDelayMs?: number;
}

type Status =
  | { state: 'editing' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; message: string };

/** Error codes of the messaging protocol that have their own explanation. */
const explainedCodes = new Set(['quota', 'closed', 'unavailable', 'invalid']);

/** The localised reason a save failed, from the error's `code` (see `ProtocolFailure`). */
export function saveErrorMessage(t: Translate, error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && explainedCodes.has(code) ? t(`note_error_${code}`) : t('note_error_generic');
}

/** Splits the tags field on commas: trimmed, lower-cased, without repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

/** A textarea, a tags field, Save and Cancel; Ctrl/Cmd+Enter saves. */
export function NoteEditor(props: NoteEditorProps) {
  const { t, onSave, onCancel, onSaved, savedDelayMs = 1200 } = props;
  const [body, setBody] = useState(props.initialBody ?? '');
  const [tags, setTags] = useState((props.initialTags ?? []).join(', '));
  const [status, setStatus] = useState<Status>({ state: 'editing' });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const bodyId = useId();
  const tagsId = useId();
  const statusId = useId();

  useEffect(() => {
    textarea.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (status.state !== 'saved') return undefined;
    const timer = setTimeout(onSaved, savedDelayMs);
    return () => clearTimeout(timer);
  }, [status.state]);

  const save = async () => {
    if (status.state === 'saving' || status.state === 'saved') return;
    if (body.trim() === '') {
      setStatus({ state: 'failed', message: t('note_empty') });
      textarea.current?.focus();
      return;
    }
    setStatus({ state: 'saving' });
    try {
      await onSave(body, parseTags(tags));
      setStatus({ state: 'saved' });
    } catch (error) {
      setStatus({ state: 'failed', message: saveErrorMessage(t, error) });
      textarea.current?.focus({ preventScroll: true });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      // A stray Escape must not throw away what the reader typed: it only cancels an empty note.
      event.preventDefault();
      if (body.trim() === '' || status.state === 'saved') onCancel();
    }
  };

  const busy = status.state === 'saving' || status.state === 'saved';
  return (
    <form
      class="cx-editor"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label class="cx-label" for={bodyId}>
        {props.targetLabel}
      </label>
      <textarea
        ref={textarea}
        id={bodyId}
        class="cx-textarea"
        value={body}
        readOnly={busy}
        aria-describedby={statusId}
        aria-invalid={status.state === 'failed' ? 'true' : undefined}
        onInput={(event) => setBody(event.currentTarget.value)}
      />
      <label class="cx-label" for={tagsId}>
        {t('note_tags_label')}
      </label>
      <input
        id={tagsId}
        class="cx-input"
        type="text"
        value={tags}
        readOnly={busy}
        autoComplete="off"
        onInput={(event) => setTags(event.currentTarget.value)}
      />
      <p class="cx-status" id={statusId} role="status" data-tone={status.state === 'failed' ? 'error' : status.state === 'saved' ? 'ok' : undefined}>
        {status.state === 'failed' ? status.message : status.state === 'saved' ? t('note_saved') : status.state === 'saving' ? t('note_saving') : ''}
      </p>
      <div class="cx-actions">
        <button type="submit" class="cx-button cx-primary" disabled={busy}>
          {t('note_save')}
        </button>
        <button type="button" class="cx-button" onClick={onCancel}>
          {t('note_cancel')}
        </button>
        <span class="cx-hint">{t('note_shortcut_hint')}</span>
      </div>
    </form>
  );
}
