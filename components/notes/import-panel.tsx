/**
 * What importing a file would do, shown before anything is written: new notes, notes already
 * here (identical or changed), and each row that cannot be imported. The reader chooses what
 * to do with changed notes and confirms, or cancels and nothing changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportPlanSummary } from '../../messaging/protocol';
import type { Translate, UiLang } from '../page-ui/i18n';
import { countText } from '../shared/count';

export type ImportState =
  | { step: 'reading'; fileName: string }
  | { step: 'planned'; fileName: string; plan: ImportPlanSummary }
  | { step: 'applying'; fileName: string; plan: ImportPlanSummary }
  | { step: 'done'; fileName: string; result: { added: number; replaced: number; skipped: number } }
  | { step: 'failed'; fileName: string; message: string };

export interface ImportPanelProps {
  t: Translate;
  uiLang: UiLang;
  state: ImportState;
  onConfirm(onConflict: 'skip' | 'replace'): void;
  onCancel(): void;
}

/** Rows of problems listed one by one; beyond that, a count, so a broken file cannot flood the page. */
const SHOWN_PROBLEMS = 200;

export function ImportPanel({ t, uiLang, state, onConfirm, onCancel }: ImportPanelProps) {
  const [onConflict, setOnConflict] = useState<'skip' | 'replace'>('skip');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [state.step]);

  const closeButton = (
    <button type="button" class="cx-button" onClick={onCancel} data-action="close-import">
      {t('common_close')}
    </button>
  );

  return (
    <section class="notes-import" aria-labelledby="notes-import-heading" data-testid="import-panel" data-step={state.step}>
      <h2 id="notes-import-heading" ref={heading} tabIndex={-1}>
        {t('notes_import_heading', state.fileName)}
      </h2>
      {state.step === 'reading' && (
        <p role="status" aria-busy="true">
          {t('notes_import_reading')}
        </p>
      )}
      {state.step === 'failed' && (
        <>
          <p class="cx-alert" role="alert">
            {state.message}
          </p>
          <p>{t('notes_import_nothing_changed')}</p>
          <div class="cx-actions">{closeButton}</div>
        </>
      )}
      {state.step === 'done' && (
        <>
          <p role="status" data-testid="import-result">
            {t('notes_import_done', [String(state.result.added), String(state.result.replaced), String(state.result.skipped)])}
          </p>
          <div class="cx-actions">{closeButton}</div>
        </>
      )}
      {(state.step === 'planned' || state.step === 'applying') && state.plan.fatal !== null && (
        <>
          <p class="cx-alert" role="alert" data-testid="import-fatal">
            {t('notes_import_fatal', state.plan.fatal)}
          </p>
          <p>{t('notes_import_nothing_changed')}</p>
          <div class="cx-actions">{closeButton}</div>
        </>
      )}
      {(state.step === 'planned' || state.step === 'applying') && state.plan.fatal === null && (
        <PlanDetails
          t={t}
          uiLang={uiLang}
          plan={state.plan}
          applying={state.step === 'applying'}
          onConflict={onConflict}
          setOnConflict={setOnConflict}
          onConfirm={() => onConfirm(onConflict)}
          onCancel={onCancel}
        />
      )}
    </section>
  );
}

interface PlanDetailsProps {
  t: Translate;
  uiLang: UiLang;
  plan: ImportPlanSummary;
  applying: boolean;
  onConflict: 'skip' | 'replace';
  setOnConflict(choice: 'skip' | 'replace'): void;
  onConfirm(): void;
  onCancel(): void;
}

function PlanDetails({ t, uiLang, plan, applying, onConflict, setOnConflict, onConfirm, onCancel }: PlanDetailsProps) {
  const importable = plan.newCount + plan.changedCount;
  const shown = plan.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <>
      <ul class="notes-import-counts" data-testid="import-counts">
        <li data-count="new">{countText(t, uiLang, 'notes_import_new', plan.newCount)}</li>
        <li data-count="identical">{countText(t, uiLang, 'notes_import_identical', plan.identicalCount)}</li>
        <li data-count="changed">{countText(t, uiLang, 'notes_import_changed', plan.changedCount)}</li>
        {plan.problems.length > 0 && <li data-count="problems">{countText(t, uiLang, 'notes_import_problems', plan.problems.length)}</li>}
      </ul>
      {plan.problems.length > 0 && (
        <div class="notes-import-problems">
          <table data-testid="import-problems">
            <caption>{t('notes_import_problems_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notes_import_col_row')}</th>
                <th scope="col">{t('notes_import_col_id')}</th>
                <th scope="col">{t('notes_import_col_problem')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((problem) => (
                <tr>
                  <td>{problem.index + 1}</td>
                  <td>
                    <code>{problem.id ?? '—'}</code>
                  </td>
                  <td>{problem.problem}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.problems.length > shown.length && <p class="cx-muted">{t('notes_import_more_problems', String(plan.problems.length - shown.length))}</p>}
        </div>
      )}
      {plan.changedCount > 0 && (
        <fieldset class="notes-import-choice" disabled={applying}>
          <legend>{t('notes_import_conflict_legend')}</legend>
          <label>
            <input type="radio" name="notes-import-conflict" value="skip" checked={onConflict === 'skip'} onChange={() => setOnConflict('skip')} />{' '}
            {t('notes_import_conflict_skip')}
          </label>
          <label>
            <input type="radio" name="notes-import-conflict" value="replace" checked={onConflict === 'replace'} onChange={() => setOnConflict('replace')} />{' '}
            {t('notes_import_conflict_replace')}
          </label>
        </fieldset>
      )}
      {importable === 0 && <p>{t('notes_import_nothing_to_do')}</p>}
      {applying && (
        <p role="status" aria-busy="true">
          {t('notes_import_applying')}
        </p>
      )}
      <div class="cx-actions">
        {importable > 0 && (
          <button type="button" class="cx-button cx-primary" onClick={onConfirm} disabled={applying} data-action="confirm-import">
            {t('notes_import_confirm')}
          </button>
        )}
        <button type="button" class="cx-button" onClick={onCancel} disabled={applying} data-action="cancel-import">
          {importable > 0 ? t('common_cancel') : t('common_close')}
        </button>
      </div>
    </>
  );
}
