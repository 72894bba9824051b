import type { Actor, AuditEntry } from '../../../shared/workflow/review';
import { ruleFor } from '../../../shared/workflow/actions';
import { STATE_LABELS } from '../../../shared/workflow/states';
import { fullTime, isoTime } from '../../text/time';
import { ROLE_LABELS } from '../labels';

export const actorName = (actor: Actor): string => {
  const role = ROLE_LABELS[actor.role].toLowerCase();
  return actor.name ? `${actor.name} (${role})` : `Someone without a name (${role})`;
};

/** Every step the article took, newest first: who, when, from → to, the note, and any override. */
export function AuditLog({ id, entries }: { id: string; entries: readonly AuditEntry[] }) {
  const newestFirst = [...entries].reverse();
  return (
    <section id={id} className="wf-audit" aria-label="Audit log">
      {newestFirst.length === 0 ? (
        <p className="list-note">No steps yet. Each submit, return, approval and publication is recorded here.</p>
      ) : (
        <ol className="wf-audit-list">
          {newestFirst.map((entry) => (
            <li key={entry.id} className="wf-audit-entry">
              <div className="wf-audit-head">
                <span className="wf-audit-action">
                  {ruleFor(entry.action).label}
                  {entry.correctionNumber !== null && ` no. ${entry.correctionNumber}`}
                </span>
                <time dateTime={isoTime(entry.at)} className="wf-audit-time">
                  {fullTime(entry.at)}
                </time>
              </div>
              <p className="wf-audit-who">
                {actorName(entry.actor)}
                {entry.actor.cmsUser && <span className="wf-audit-cms"> as {entry.actor.cmsUser} on the site</span>}
                {' · '}
                {STATE_LABELS[entry.from]} → {STATE_LABELS[entry.to]}
              </p>
              {entry.override && <p className="wf-audit-override">Override of the house rules</p>}
              {entry.note && <blockquote className="wf-audit-note">{entry.note}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
