import { useEffect } from 'react';
import { useT } from '../../i18n/LocaleProvider';
import { usePerson } from './PersonContext';
import '../workflow.css';

const APP_NAME = 'Copydesk';

/**
 * Who this Copydesk works as, beside the app's name and in the window title ("Copydesk — Editor"),
 * so a shared screen never leaves doubt whose approval a click would be. Opens Settings → You.
 */
export function RoleBadge({ onOpen }: { onOpen: () => void }) {
  const t = useT();
  const person = usePerson()?.person ?? null;
  const role = person ? t(`workflow.role.${person.role}`) : null;

  useEffect(() => {
    document.title = role ? `${APP_NAME} — ${role}` : APP_NAME;
  }, [role]);

  if (!person || !role) return null;
  return (
    <button type="button" className="role-badge" title={t('workflow.person.badgeTitle')} onClick={onOpen}>
      <span className={`role-dot role-${person.role}`} aria-hidden="true" />
      <span className="visually-hidden">{t('workflow.person.workingAs')} </span>
      {role}
      {person.name && <span className="role-name"> · {person.name}</span>}
    </button>
  );
}
