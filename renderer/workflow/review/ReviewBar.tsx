import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { Draft } from '../../../shared/article/draft';
import type { AccountSummary } from '../../../shared/ipc/contract';
import { useApi } from '../../api/ApiContext';
import { ApiError, errorMessage, unwrap } from '../../api/unwrap';
import { isAllowedLinkUrl } from '../../editor/linkUrl';
import { useT } from '../../i18n/LocaleProvider';
import { PublishDialogPortal, type PublishSource } from '../../publishing/PublishButton';
import type { PublishStatus } from '../../publishing/PublishForm';
import { clockTime } from '../../text/time';
import { useReviewQuery, type ActionOptionView } from '../useReview';
import { AuditLog, actorName } from './AuditLog';
import { TransitionDialog, type TransitionChoice } from './TransitionDialog';
import '../workflow.css';

interface Asking {
  option: ActionOptionView;
  accounts: AccountSummary[] | null;
}

/** Publish and Schedule go through the publish dialog, which knows the site, the time and the terms. */
const PUBLISH_STATUS: Partial<Record<ActionOptionView['action'], PublishStatus>> = { publish: 'publish', schedule: 'future' };

function ActionButton({ option, busy, onClick }: { option: ActionOptionView; busy: boolean; onClick: () => void }) {
  const t = useT();
  const reasonId = useId();
  const label = t(`workflow.action.${option.action}`);
  const refused = option.refusal !== null && !option.overridable;
  const opensDialog = PUBLISH_STATUS[option.action] !== undefined;
  return (
    <>
      <button
        type="button"
        className={option.overridable ? 'button button-small wf-action wf-action-override' : 'button button-small wf-action'}
        // aria-disabled rather than disabled: a refused button stays focusable, so its reason can be read.
        aria-disabled={refused || busy}
        aria-describedby={option.refusal === null ? undefined : reasonId}
        aria-haspopup={opensDialog || option.noteRequired ? 'dialog' : undefined}
        title={option.refusal ?? undefined}
        onClick={() => {
          if (!refused && !busy) onClick();
        }}
      >
        {opensDialog ? `${label}…` : label}
      </button>
      {option.refusal !== null && (
        <span id={reasonId} hidden>
          {option.overridable ? t('workflow.review.adminMayOverride', { refusal: option.refusal }) : option.refusal}
        </span>
      )}
    </>
  );
}

/**
 * The open article's place in the newsroom workflow: its state, its copy on the site, the actions
 * this person may take (and why others are refused), and the audit log. Main decides every step;
 * this only asks, and shows what main answered.
 */
export function ReviewBar({
  publishing,
  onTextPulled,
}: {
  publishing: PublishSource;
  /** Shows the article anew: a pull from the site replaced its stored text. */
  onTextPulled: (draft: Draft) => void;
}) {
  const api = useApi();
  const t = useT();
  const { draftId, beforePublish } = publishing;
  const { view, error: loadError, show } = useReviewQuery(draftId);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [publishStatus, setPublishStatus] = useState<PublishStatus | null>(null);
  const [alert, setAlert] = useState<{ draftId: string; message: string } | null>(null);
  const [syncNote, setSyncNote] = useState<{ draftId: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [auditOpen, setAuditOpen] = useState(false);
  const auditId = useId();
  const refreshedFor = useRef<string | null>(null);
  const shownDraft = useRef(draftId);
  const linked = view?.link != null;

  useEffect(() => {
    shownDraft.current = draftId;
  }, [draftId]);

  const refresh = async (quiet: boolean) => {
    setSyncNote(null);
    const report = (message: string) => (quiet ? setSyncNote({ draftId, message }) : setAlert({ draftId, message }));
    // What is typed is stored first: a pull that brings the site's text keeps it as a revision, and
    // the editor, which would otherwise save its older text over the site's, is then given the new.
    if (!(await beforePublish())) return report(t('workflow.review.notRefreshed'));
    try {
      const stored = await unwrap(api.getDraft({ id: draftId }));
      show(await unwrap(api.refreshReview({ id: draftId })));
      const pulled = await unwrap(api.getDraft({ id: draftId }));
      if (pulled.updatedAt !== stored.updatedAt && shownDraft.current === draftId) onTextPulled(pulled);
      if (!quiet) setSyncNote({ draftId, message: t('workflow.review.upToDate', { time: clockTime(Date.now()) }) });
    } catch (failure) {
      report(t('workflow.review.unreachable', { reason: errorMessage(failure) }));
    }
  };

  // Opening an article that lives on a site pulls its latest review once; offline, that only notes it.
  const refreshQuietly = useEffectEvent(() => void refresh(true));
  useEffect(() => {
    if (!linked || refreshedFor.current === draftId) return;
    refreshedFor.current = draftId;
    refreshQuietly();
  }, [draftId, linked]);

  const take = async (option: ActionOptionView, choice: TransitionChoice) => {
    // Main reads the stored article (and pushes it to the site): what is typed must be stored first.
    if (!(await beforePublish())) throw new Error(t('workflow.review.notSavedFirst'));
    show(
      await unwrap(
        api.transition({
          id: draftId,
          action: option.action,
          note: choice.note,
          ...(choice.accountId ? { accountId: choice.accountId } : {}),
        }),
      ),
    );
  };

  const act = async (option: ActionOptionView) => {
    setAlert(null);
    const status = PUBLISH_STATUS[option.action];
    if (status) return setPublishStatus(status);
    if (option.noteRequired) return setAsking({ option, accounts: null });
    setBusy(true);
    try {
      if (option.action === 'submit' && !linked) {
        const accounts = await unwrap(api.listAccounts({}));
        if (accounts.length > 0) return setAsking({ option, accounts });
      }
      await take(option, { note: '' });
    } catch (failure) {
      const refused = failure instanceof ApiError && failure.code === 'not_allowed';
      const action = t(`workflow.action.${option.action}`);
      setAlert({ draftId, message: refused ? errorMessage(failure) : t('workflow.review.failed', { action, reason: errorMessage(failure) }) });
    } finally {
      setBusy(false);
    }
  };

  if (!view) {
    return loadError ? (
      <section className="wf-bar" aria-label={t('workflow.review.region')}>
        <p className="wf-quiet">{t('workflow.review.unreadable', { reason: loadError })}</p>
      </section>
    ) : null;
  }

  const { review, link, options } = view;
  const shownAlert = alert?.draftId === draftId ? alert.message : null;
  const shownSync = syncNote?.draftId === draftId ? syncNote.message : null;
  return (
    <section className="wf-bar" aria-label={t('workflow.review.region')}>
      <div className="wf-bar-row">
        <p className="wf-state">
          <span className="visually-hidden">{t('workflow.review.stateIs')} </span>
          <span className={`wf-badge wf-badge-${review.state}`}>{t(`workflow.state.${review.state}`)}</span>
          {review.correctionNumber > 0 && <span className="wf-meta"> · {t('workflow.review.correctionNumber', { number: review.correctionNumber })}</span>}
          {review.approval && <span className="wf-meta"> · {t('workflow.review.approvedBy', { name: actorName(review.approval.by, t) })}</span>}
        </p>
        {link && (
          <p className="wf-link">
            {isAllowedLinkUrl(link.url) ? (
              <a href={link.url} target="_blank" rel="noreferrer">
                {t('workflow.review.siteCopy')}
              </a>
            ) : (
              t('workflow.review.onSite')
            )}
            <button type="button" className="button button-small" disabled={busy} onClick={() => void refresh(false)}>
              {t('workflow.review.refresh')}
            </button>
          </p>
        )}
        <div className="wf-actions" role="group" aria-label={t('workflow.review.actions')} aria-busy={busy}>
          {options.map((option) => (
            <ActionButton key={option.action} option={option} busy={busy} onClick={() => void act(option)} />
          ))}
        </div>
        <button type="button" className="button button-small" aria-expanded={auditOpen} aria-controls={auditOpen ? auditId : undefined} onClick={() => setAuditOpen((open) => !open)}>
          {t('workflow.review.auditButton', { count: review.audit.length })}
        </button>
      </div>
      {shownAlert && (
        <p className="field-error wf-alert" role="alert">
          {shownAlert}
        </p>
      )}
      {shownSync && (
        <p className="wf-quiet" role="status">
          {shownSync}
        </p>
      )}
      {auditOpen && <AuditLog id={auditId} entries={review.audit} />}
      {asking && (
        <TransitionDialog
          option={asking.option}
          accounts={asking.accounts}
          onConfirm={async (choice) => {
            await take(asking.option, choice);
            setAsking(null);
          }}
          onClose={() => setAsking(null)}
        />
      )}
      {publishStatus && <PublishDialogPortal {...publishing} initialStatus={publishStatus} onClose={() => setPublishStatus(null)} />}
    </section>
  );
}
