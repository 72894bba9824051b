import { useId, useState, type FormEvent } from 'react';
import type { AccountSummary, ChannelOutput } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { kindName, secretName, secretStatusText } from './accountStatus';

type Storage = ChannelOutput<'secretStorage'>;
type Check = ChannelOutput<'checkConnection'>;

/** One account: its secret's status, setting or removing the secret, the doctor, edit and delete. */
export function AccountCard({
  account,
  storage,
  onChanged,
  onEdit,
  onDeleted,
}: {
  account: AccountSummary;
  storage: Storage | null;
  onChanged: (account: AccountSummary) => void;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const api = useApi();
  const t = useT();
  const id = useId();
  // Held only until it is sent: the field is emptied after saving and main never gives it back.
  const [secret, setSecret] = useState('');
  const [acceptWeak, setAcceptWeak] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const weak = storage?.protection === 'weak';
  const name = secretName(t, account.kind);

  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const saveSecret = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const saved = await unwrap(api.setAccountSecret({ id: account.id, secret, ...(weak ? { acceptWeakStorage: acceptWeak } : {}) }));
      setSecret('');
      setCheck(null);
      onChanged(saved);
    });
  };

  const runCheck = async () => {
    setChecking(true);
    setCheck(null);
    await act(async () => setCheck(await unwrap(api.checkConnection({ id: account.id }))));
    setChecking(false);
  };

  return (
    <section className="pub-account" aria-labelledby={`${id}-title`}>
      <header className="pub-account-head">
        <h2 id={`${id}-title`} className="panel-subtitle">
          {account.label}
        </h2>
        <span className="pub-kind">{kindName(t, account.kind)}</span>
      </header>
      <p className="pub-site">
        {account.siteUrl}
        {account.username ? ` · ${account.username}` : ''}
      </p>
      {/* A live region, so saving or removing the secret is announced. */}
      <p role="status" className={`pub-secret-status pub-secret-${account.secretStatus}`}>
        {secretStatusText(t, account)}
      </p>
      <form className="pub-form pub-secret-form" aria-label={t('publishing.secret.formLabel', { secret: name, account: account.label })} onSubmit={saveSecret}>
        <label htmlFor={`${id}-secret`}>{name}</label>
        <input
          id={`${id}-secret`}
          type="password"
          value={secret}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setSecret(event.target.value)}
        />
        {weak && (
          <>
            <label className="pub-check">
              <input type="checkbox" checked={acceptWeak} aria-describedby={`${id}-weak`} onChange={(event) => setAcceptWeak(event.target.checked)} />
              {t('publishing.secret.acceptWeak')}
            </label>
            <p id={`${id}-weak`} className="meta-hint">
              {storage.message}
            </p>
          </>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={secret === '' || (weak && !acceptWeak)}>
            {t(`publishing.secret.save.${account.kind}`)}
          </button>
          {account.secretStatus !== 'missing' && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void act(async () => {
                  onChanged(await unwrap(api.clearAccountSecret({ id: account.id })));
                  setCheck(null);
                })
              }
            >
              {t(`publishing.secret.remove.${account.kind}`)}
            </button>
          )}
        </div>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={checking} onClick={() => void runCheck()}>
          {checking ? t('publishing.account.checking') : t('publishing.account.check')}
        </button>
        <button type="button" className="button" onClick={onEdit}>
          {t('publishing.account.edit')}
        </button>
        {confirmDelete ? (
          <>
            <button
              type="button"
              className="button button-danger"
              onClick={() => void act(async () => (await unwrap(api.deleteAccount({ id: account.id })), onDeleted()))}
            >
              {t('publishing.account.deleteForGood', { account: account.label })}
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              {t('publishing.account.keep')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
            {t('publishing.account.delete')}
          </button>
        )}
      </div>
      {check && (
        <p role="status" aria-label={t('publishing.account.checkResult')} className={check.ok ? 'pub-check-ok' : 'pub-check-bad'}>
          {check.message}
        </p>
      )}
    </section>
  );
}
