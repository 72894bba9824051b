import { useId, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { KIND_NAMES } from './accountStatus';

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

  const title = account ? `Edit ${account.label}` : 'Add an account';
  return (
    <form className="pub-form" aria-label={title} onSubmit={(event) => void submit(event)}>
      <h2 className="panel-subtitle">{title}</h2>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} disabled={account !== null} onChange={(event) => setKind(event.target.value as Kind)}>
        {(Object.keys(KIND_NAMES) as Kind[]).map((value) => (
          <option key={value} value={value}>
            {KIND_NAMES[value]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-label`}>Account name</label>
      <input id={`${id}-label`} value={label} required onChange={(event) => setLabel(event.target.value)} />
      <label htmlFor={`${id}-url`}>Site URL</label>
      <input id={`${id}-url`} type="text" inputMode="url" value={siteUrl} required placeholder="https://example.com" onChange={(event) => setSiteUrl(event.target.value)} />
      {kind === 'wordpress' && (
        <>
          <label htmlFor={`${id}-user`}>Username</label>
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
          Save account
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
