import { useEffect, useId, useState } from 'react';
import type { Draft } from '../../../shared/article/draft';
import type { AccountSummary } from '../../../shared/ipc/contract';
import type { QueueItem } from '../../../shared/ipc/workflow-channels';
import type { Translate } from '../../../shared/i18n/translate';
import { useApi } from '../../api/ApiContext';
import { errorMessage, unwrap } from '../../api/unwrap';
import { DraftTime } from '../../components/DraftListItem';
import { useT } from '../../i18n/LocaleProvider';
import { ScreenFrame } from '../../components/ScreenFrame';
import '../workflow.css';

type Listing = { accountId: string; items: QueueItem[] } | { accountId: string; error: string };

const headlineOf = (item: QueueItem, t: Translate): string => item.headline.trim() || t('workflow.queue.untitled');

function QueueTable({ items, opening, onOpen }: { items: QueueItem[]; opening: number | null; onOpen: (item: QueueItem) => void }) {
  const t = useT();
  return (
    <table className="wf-queue">
      <thead>
        <tr>
          <th scope="col">{t('workflow.queue.headline')}</th>
          <th scope="col">{t('workflow.queue.state')}</th>
          <th scope="col">{t('workflow.queue.author')}</th>
          <th scope="col">{t('workflow.queue.modified')}</th>
          <th scope="col">{t('workflow.queue.openComments')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('workflow.queue.action')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.postId}>
            <th scope="row" className="wf-queue-headline">
              {headlineOf(item, t)}
              {item.draftId && <span className="wf-meta"> · {t('workflow.queue.workingCopy')}</span>}
            </th>
            <td>{t(`workflow.state.${item.state}`)}</td>
            <td>{item.author || t('workflow.queue.unknownAuthor')}</td>
            <td>{item.remoteModifiedAt === null ? '—' : <DraftTime at={item.remoteModifiedAt} />}</td>
            <td className="wf-queue-count">{item.openComments}</td>
            <td>
              <button
                type="button"
                className="button button-small"
                aria-label={t('workflow.queue.openNamed', { headline: headlineOf(item, t) })}
                aria-disabled={opening !== null}
                onClick={() => {
                  if (opening === null) onOpen(item);
                }}
              >
                {t(opening === item.postId ? 'workflow.queue.opening' : 'workflow.queue.open')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The review queue of a site: the articles waiting on this person there (pending review, or
 * approved for a publisher). Opening one makes or updates the local working copy and shows it.
 */
export function ReviewQueue({
  beforeOpen,
  onOpened,
  onShowPublishing,
  onClose,
}: {
  /** Stores the edits still queued, before a working copy may be replaced; false when it could not. */
  beforeOpen: () => Promise<boolean>;
  onOpened: (draft: Draft) => void;
  onShowPublishing: () => void;
  onClose: () => void;
}) {
  const api = useApi();
  const t = useT();
  const siteId = useId();
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [accountsError, setAccountsError] = useState<string | null>(null);
  const [accountId, setAccountId] = useState('');
  const [listing, setListing] = useState<Listing | null>(null);
  const [generation, setGeneration] = useState(0);
  const [opening, setOpening] = useState<number | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const account = accounts?.find((a) => a.id === accountId);

  useEffect(() => {
    unwrap(api.listAccounts({})).then(
      (found) => {
        setAccounts(found);
        setAccountId((chosen) => chosen || (found[0]?.id ?? ''));
      },
      (failure: unknown) => setAccountsError(errorMessage(failure)),
    );
  }, [api]);

  useEffect(() => {
    if (!accountId) return;
    let active = true;
    unwrap(api.reviewQueue({ accountId })).then(
      (items) => active && setListing({ accountId, items }),
      (failure: unknown) => active && setListing({ accountId, error: errorMessage(failure) }),
    );
    return () => {
      active = false;
    };
  }, [api, accountId, generation]);

  const open = async (item: QueueItem) => {
    setOpening(item.postId);
    setOpenError(null);
    try {
      if (!(await beforeOpen())) throw new Error(t('workflow.queue.notSavedFirst'));
      onOpened(await unwrap(api.openFromQueue({ accountId: item.accountId, postId: item.postId })));
    } catch (failure) {
      setOpenError(t('workflow.queue.notOpened', { headline: headlineOf(item, t), reason: errorMessage(failure) }));
    } finally {
      setOpening(null);
    }
  };

  const shown = listing?.accountId === accountId ? listing : null;
  const siteName = account ? account.label : t('workflow.queue.thisSite');
  return (
    <ScreenFrame className="wf-queue-screen" titleId="review-queue-title" title={t('workflow.queue.title')} onClose={onClose}>
      <div className="wf-queue-body">
        {accountsError && (
          <p className="banner" role="alert">
            {t('workflow.queue.sitesUnreadable', { reason: accountsError })}
          </p>
        )}
        {accounts?.length === 0 && (
          <p className="list-note">
            {t('workflow.queue.noSite')}{' '}
            <button type="button" className="button button-small" onClick={onShowPublishing}>
              {t('workflow.queue.addSite')}
            </button>
          </p>
        )}
        {accounts && accounts.length > 0 && (
          <div className="wf-queue-pick">
            <label htmlFor={siteId}>{t('workflow.queue.site')}</label>
            <select id={siteId} value={accountId} onChange={(event) => setAccountId(event.target.value)}>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label} ({a.siteUrl})
                </option>
              ))}
            </select>
            <button type="button" className="button button-small" onClick={() => setGeneration((n) => n + 1)}>
              {t('workflow.queue.reload')}
            </button>
          </div>
        )}
        {openError && (
          <p className="banner" role="alert">
            {openError}
          </p>
        )}
        {accountId && !shown && <p className="list-note">{t('workflow.queue.loading', { site: siteName })}</p>}
        {shown && 'error' in shown && (
          <p className="banner" role="alert">
            {t('workflow.queue.unreachable', { site: siteName, reason: shown.error })}
          </p>
        )}
        {shown && 'items' in shown && shown.items.length === 0 && (
          <p className="list-note">{t('workflow.queue.empty', { site: siteName })}</p>
        )}
        {shown && 'items' in shown && shown.items.length > 0 && <QueueTable items={shown.items} opening={opening} onOpen={(item) => void open(item)} />}
      </div>
    </ScreenFrame>
  );
}
