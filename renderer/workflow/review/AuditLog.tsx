import type { Actor, AuditEntry } from '../../../shared/workflow/review';
import type { Translate } from '../../../shared/i18n/translate';
import { useLocale } from '../../i18n/LocaleProvider';
import { fullTime, isoTime } from '../../text/time';

export const actorName = (actor: Actor, t: Translate): string => {
  const role = t(`workflow.role.${actor.role}`).toLowerCase();
  return actor.name ? t('workflow.actor.named', { name: actor.name, role }) : t('workflow.actor.nameless', { role });
};

/** Every step the article took, newest first: who, when, from → to, the note, and any override. */
export function AuditLog({ id, entries }: { id: string; entries: readonly AuditEntry[] }) {
  const { t, locale } = useLocale();
  const newestFirst = [...entries].reverse();
  return (
    <section id={id} className="wf-audit" aria-label={t('workflow.audit.region')}>
      {newestFirst.length === 0 ? (
        <p className="list-note">{t('workflow.audit.empty')}</p>
      ) : (
        <ol className="wf-audit-list">
          {newestFirst.map((entry) => {
            const action = t(`workflow.action.${entry.action}`);
            return (
              <li key={entry.id} className="wf-audit-entry">
                <div className="wf-audit-head">
                  <span className="wf-audit-action">
                    {entry.correctionNumber === null ? action : t('workflow.audit.correctionNumber', { action, number: entry.correctionNumber })}
                  </span>
                  <time dateTime={isoTime(entry.at)} className="wf-audit-time">
                    {fullTime(entry.at, locale)}
                  </time>
                </div>
                <p className="wf-audit-who">
                  {actorName(entry.actor, t)}
                  {entry.actor.cmsUser && <span className="wf-audit-cms"> {t('workflow.audit.onSite', { user: entry.actor.cmsUser })}</span>}
                  {' · '}
                  {t(`workflow.state.${entry.from}`)} → {t(`workflow.state.${entry.to}`)}
                </p>
                {entry.override && <p className="wf-audit-override">{t('workflow.audit.override')}</p>}
                {entry.note && <blockquote className="wf-audit-note">{entry.note}</blockquote>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
