import { useCallback, useEffect, useState } from 'react';
import type { AccountSummary, ChannelOutput } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { ScreenFrame } from '../components/ScreenFrame';
import { AccountCard } from './AccountCard';
import { AccountForm } from './AccountForm';
import './publishing.css';

type Editing = { kind: 'new' } | { kind: 'edit'; account: AccountSummary } | null;

/** Settings → Publishing: the CMS accounts, their secrets' status and the connection doctor. */
export function PublishingSettings({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const t = useT();
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [storage, setStorage] = useState<ChannelOutput<'secretStorage'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  const load = useCallback(() => {
    unwrap(api.listAccounts({})).then(setAccounts, (failure: unknown) => setError(errorMessage(failure)));
  }, [api]);
  useEffect(() => {
    load();
    unwrap(api.secretStorage({})).then(setStorage, () => setStorage(null));
  }, [api, load]);

  const replace = (next: AccountSummary) =>
    setAccounts((list) => (list?.some((a) => a.id === next.id) ? list.map((a) => (a.id === next.id ? next : a)) : [...(list ?? []), next]));

  return (
    <ScreenFrame
      className="pub-settings"
      titleId="pub-settings-title"
      title={t('publishing.settings.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'new' })}>
          {t('publishing.settings.addAccount')}
        </button>
      }
    >
      <div className="pub-settings-body">
        {storage && storage.protection !== 'os' && (
          <p className="banner" role="note">
            {storage.message}
          </p>
        )}
        {error && (
          <p className="banner" role="alert">
            {t('publishing.settings.loadFailed', { reason: error })}
          </p>
        )}
        {editing && (
          <AccountForm
            key={editing.kind === 'edit' ? editing.account.id : 'new'}
            account={editing.kind === 'edit' ? editing.account : null}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              replace(saved);
              setEditing(null);
            }}
          />
        )}
        {accounts?.length === 0 && !editing && <p className="list-note">{t('publishing.settings.none')}</p>}
        {accounts?.map((account) => (
          <AccountCard
            key={account.id}
            account={account}
            storage={storage}
            onChanged={replace}
            onEdit={() => setEditing({ kind: 'edit', account })}
            onDeleted={() => setAccounts((list) => list?.filter((a) => a.id !== account.id) ?? null)}
          />
        ))}
      </div>
    </ScreenFrame>
  );
}
