import { useId, useState, type FormEvent } from 'react';
import { Role } from '../../../shared/workflow/roles';
import { errorMessage } from '../../api/unwrap';
import { useT } from '../../i18n/LocaleProvider';
import { ScreenFrame } from '../../components/ScreenFrame';
import { usePerson, type PersonState } from './PersonContext';
import '../workflow.css';

function PersonForm({ state }: { state: PersonState & { person: NonNullable<PersonState['person']> } }) {
  const t = useT();
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
      const roleName = t(`workflow.role.${saved.role}`).toLowerCase();
      const message = saved.name ? t('workflow.person.savedNamed', { role: roleName, name: saved.name }) : t('workflow.person.saved', { role: roleName });
      setOutcome({ ok: true, message });
    } catch (failure) {
      setOutcome({ ok: false, message: t('workflow.person.notSaved', { reason: errorMessage(failure) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="person-form" aria-label={t('workflow.person.form')} onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-name`}>{t('workflow.person.name')}</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={200}
        autoComplete="name"
        placeholder={t('workflow.person.namePlaceholder')}
        value={name}
        aria-describedby={`${id}-name-hint`}
        onChange={(event) => setName(event.target.value)}
      />
      <p id={`${id}-name-hint`} className="meta-hint">
        {t('workflow.person.nameHint')}
      </p>
      <fieldset className="person-roles">
        <legend>{t('workflow.person.role')}</legend>
        {Role.options.map((option) => (
          <label key={option} className="person-role">
            <input type="radio" name={`${id}-role`} value={option} checked={role === option} onChange={() => setRole(option)} />
            <span>
              <strong>{t(`workflow.role.${option}`)}</strong>
              <span className="person-role-summary">{t(`workflow.role.${option}.summary`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="meta-hint">
        {t('workflow.person.cmsHint')}
      </p>
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('workflow.person.save')}
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
  const t = useT();
  const state = usePerson();
  const person = state?.person ?? null;
  return (
    <ScreenFrame className="person-settings" titleId="person-settings-title" title={t('workflow.person.title')} onClose={onClose}>
      <div className="person-body">
        {state?.error && !person && (
          <p className="banner" role="alert">
            {t('workflow.person.unreadable', { reason: state.error })}
          </p>
        )}
        {state && person && <PersonForm state={{ ...state, person }} />}
      </div>
    </ScreenFrame>
  );
}
