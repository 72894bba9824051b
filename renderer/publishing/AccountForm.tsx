import { useId, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { ACCOUNT_KINDS, kindName } from './accountStatus';

type Kind = AccountSummary['kind'];

/** Adds an account, or edits one (its kind is fixed once saved: main refuses a change). */
export function AccountForm({
  account,
  onSaved,
  onCancel,
}: {
  account: AccountSummary | null;
  onSaved: (account: AccountSummary) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<Kind>(account?.kind ?? 'wordpress');
  const [label, setLabel] = useState(account?.label ?? '');
  const [siteUrl, setSiteUrl] = useState(account?.siteUrl ?? '');
  const [username, setUsername] = useState(account?.username ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await unwrap(
        api.saveAccount({
          ...(account ? { id: account.id } : {}),
          kind,
          label,
          siteUrl,
          ...(kind === 'wordpress' ? { username } : {}),
        }),
      );
      onSaved(saved);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const title = account ? t('publishing.form.editTitle', { account: account.label }) : t('publishing.form.addTitle');
  return (
    <form className="pub-form" aria-label={title} onSubmit={(event) => void submit(event)}>
      <h2 className="panel-subtitle">{title}</h2>
      <label htmlFor={`${id}-kind`}>{t('publishing.form.kind')}</label>
      <select id={`${id}-kind`} value={kind} disabled={account !== null} onChange={(event) => setKind(event.target.value as Kind)}>
        {ACCOUNT_KINDS.map((value) => (
          <option key={value} value={value}>
            {kindName(t, value)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-label`}>{t('publishing.form.name')}</label>
      <input id={`${id}-label`} value={label} required onChange={(event) => setLabel(event.target.value)} />
      <label htmlFor={`${id}-url`}>{t('publishing.form.siteUrl')}</label>
      <input id={`${id}-url`} type="text" inputMode="url" value={siteUrl} required placeholder="https://example.com" onChange={(event) => setSiteUrl(event.target.value)} />
      {kind === 'wordpress' && (
        <>
          <label htmlFor={`${id}-user`}>{t('publishing.form.username')}</label>
          <input id={`${id}-user`} value={username} autoComplete="username" required onChange={(event) => setUsername(event.target.value)} />
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('publishing.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('app.common.cancel')}
        </button>
      </div>
    </form>
  );
}
