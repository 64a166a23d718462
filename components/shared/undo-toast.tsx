/**
 * A short message at the bottom of the page with an optional Undo button, announced politely
 * (`role="status"`), that goes away by itself after `timeoutMs`.
 */
import { useEffect } from 'preact/hooks';
import type { Translate } from '../page-ui/i18n';

export interface ToastMessage {
  /** Changes for every new toast, so the timer starts again. */
  id: number;
  text: string;
  tone?: 'ok' | 'error';
  /** When set, the toast offers Undo. */
  onUndo?: () => void;
}

export interface UndoToastProps {
  t: Translate;
  toast: ToastMessage | null;
  onDismiss(): void;
  timeoutMs?: number;
}

/** Undo stays available for eight seconds, long enough to notice a slip of the mouse. */
export const UNDO_TIMEOUT_MS = 8000;

export function UndoToast({ t, toast, onDismiss, timeoutMs = UNDO_TIMEOUT_MS }: UndoToastProps) {
  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast?.id]);

  return (
    <div class="cx-toast-region" role="status" aria-live="polite" data-testid="toast">
      {toast && (
        <div class="cx-toast" data-tone={toast.tone}>
          <span class="cx-toast-text">{toast.text}</span>
          {toast.onUndo && (
            <button
              type="button"
              class="cx-button cx-toast-undo"
              onClick={() => {
                toast.onUndo?.();
                onDismiss();
              }}
            >
              {t('common_undo')}
            </button>
          )}
          <button type="button" class="cx-icon-button" aria-label={t('common_dismiss')} title={t('common_dismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
