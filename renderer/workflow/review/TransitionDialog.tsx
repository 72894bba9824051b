import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../shared/ipc/contract';
import type { Translate } from '../../../shared/i18n/translate';
import type { WorkflowAction } from '../../../shared/workflow/actions';
import type { ActionOptionView } from '../useReview';
import { errorMessage } from '../../api/unwrap';
import { useT } from '../../i18n/LocaleProvider';

export interface TransitionChoice {
  note: string;
  /** The site to submit to; absent to keep the article on this computer. */
  accountId?: string;
}

/** What the note is for, said on its label: a return's note goes to the reporter, a correction's is public. */
function noteLabel(action: WorkflowAction, required: boolean, t: Translate): string {
  switch (action) {
    case 'return':
      return t('workflow.transition.noteToReporter');
    case 'correct':
      return t('workflow.transition.correctionNote');
    case 'withdraw':
      return t('workflow.transition.withdrawNote');
    default:
      return t(required ? 'workflow.transition.note' : 'workflow.transition.noteOptional');
  }
}

const LOCAL = '';

/**
 * Asks what an action needs before main is asked to take it: a note (required for a return, a
 * correction and a withdrawal), and, the first time an article is submitted, which site to submit
 * it to. Main's refusal is shown here and the dialog stays open. (An admin's override concerns
 * publishing and scheduling only, and is asked for in the publish dialog.)
 */
export function TransitionDialog({
  option,
  accounts,
  onConfirm,
  onClose,
}: {
  option: ActionOptionView;
  /** Sites to choose from (a first submit); null when there is nothing to choose. */
  accounts: AccountSummary[] | null;
  onConfirm: (choice: TransitionChoice) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const [note, setNote] = useState('');
  const [accountId, setAccountId] = useState(accounts?.[0]?.id ?? LOCAL);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const { noteRequired } = option;
  const label = t(`workflow.action.${option.action}`);

  useEffect(() => {
    // Focus goes back where it came from (the action's button) when the dialog closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    noteRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (noteRequired && note.trim() === '') {
      setError(t('workflow.transition.needsNote', { action: label }));
      noteRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await onConfirm({ note, ...(accountId === LOCAL ? {} : { accountId }) });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <div className="wf-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className="wf-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id={`${id}-title`}>{label}</h2>
        <form className="wf-form" aria-label={label} aria-busy={busy} onSubmit={(event) => void submit(event)}>
          {accounts && (
            <fieldset className="wf-sites">
              <legend>{t('workflow.transition.submitTo')}</legend>
              {accounts.map((account) => (
                <label key={account.id} className="wf-check">
                  <input type="radio" name={`${id}-site`} checked={accountId === account.id} onChange={() => setAccountId(account.id)} />
                  {account.label} ({account.siteUrl})
                </label>
              ))}
              <label className="wf-check">
                <input type="radio" name={`${id}-site`} checked={accountId === LOCAL} onChange={() => setAccountId(LOCAL)} />
                {t('workflow.transition.keepLocal')}
              </label>
            </fieldset>
          )}
          <label htmlFor={`${id}-note`}>{noteLabel(option.action, noteRequired, t)}</label>
          <textarea
            id={`${id}-note`}
            ref={noteRef}
            rows={4}
            maxLength={4_000}
            value={note}
            aria-required={noteRequired}
            aria-invalid={error !== null && noteRequired && note.trim() === ''}
            onChange={(event) => setNote(event.target.value)}
          />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('app.common.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {label}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
