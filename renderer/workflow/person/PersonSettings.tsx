import { useId, useState, type FormEvent } from 'react';
import { Role } from '../../../shared/workflow/roles';
import { errorMessage } from '../../api/unwrap';
import { ROLE_LABELS, ROLE_SUMMARIES } from '../labels';
import { usePerson, type PersonState } from './PersonContext';
import '../workflow.css';

function PersonForm({ state }: { state: PersonState & { person: NonNullable<PersonState['person']> } }) {
  const id = useId();
  const [name, setName] = useState(state.person.name);
  const [role, setRole] = useState<Role>(state.person.role);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setOutcome(null);
    try {
      const saved = await state.save({ name: name.trim(), role });
      setName(saved.name);
      setOutcome({ ok: true, message: `Saved: you work as ${ROLE_LABELS[saved.role].toLowerCase()}${saved.name ? `, ${saved.name}` : ''}.` });
    } catch (failure) {
      setOutcome({ ok: false, message: `Not saved: ${errorMessage(failure)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="person-form" aria-label="Who you are" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={200}
        autoComplete="name"
        placeholder="As colleagues know you"
        value={name}
        aria-describedby={`${id}-name-hint`}
        onChange={(event) => setName(event.target.value)}
      />
      <p id={`${id}-name-hint`} className="meta-hint">
        Shown in the audit log and on your comments, on every laptop the article travels to.
      </p>
      <fieldset className="person-roles">
        <legend>Role</legend>
        {Role.options.map((option) => (
          <label key={option} className="person-role">
            <input type="radio" name={`${id}-role`} value={option} checked={role === option} onChange={() => setRole(option)} />
            <span>
              <strong>{ROLE_LABELS[option]}</strong>
              <span className="person-role-summary">{ROLE_SUMMARIES[option]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="meta-hint">
        Your CMS account has the last word: where it may do less than the role (a WordPress contributor cannot publish),
        Copydesk does less too.
      </p>
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save
        </button>
      </div>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'meta-hint' : 'field-error'}>
          {outcome.message}
        </p>
      )}
    </form>
  );
}

/** Settings → You: the name and role this Copydesk works as. */
export function PersonSettings({ onClose }: { onClose: () => void }) {
  const state = usePerson();
  const person = state?.person ?? null;
  return (
    <main className="library person-settings" aria-labelledby="person-settings-title">
      <div className="library-head">
        <h1 id="person-settings-title">You</h1>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="person-body">
        {state?.error && !person && (
          <p className="banner" role="alert">
            Could not read who you are: {state.error}
          </p>
        )}
        {state && person && <PersonForm state={{ ...state, person }} />}
      </div>
    </main>
  );
}
