import { useEffect } from 'react';
import { ROLE_LABELS } from '../labels';
import { usePerson } from './PersonContext';
import '../workflow.css';

const APP_NAME = 'Copydesk';

/**
 * Who this Copydesk works as, beside the app's name and in the window title ("Copydesk — Editor"),
 * so a shared screen never leaves doubt whose approval a click would be. Opens Settings → You.
 */
export function RoleBadge({ onOpen }: { onOpen: () => void }) {
  const person = usePerson()?.person ?? null;
  const role = person ? ROLE_LABELS[person.role] : null;

  useEffect(() => {
    document.title = role ? `${APP_NAME} — ${role}` : APP_NAME;
  }, [role]);

  if (!person || !role) return null;
  return (
    <button type="button" className="role-badge" title="Settings → You" onClick={onOpen}>
      <span className={`role-dot role-${person.role}`} aria-hidden="true" />
      <span className="visually-hidden">Working as </span>
      {role}
      {person.name && <span className="role-name"> · {person.name}</span>}
    </button>
  );
}
