import type { ChecklistItem } from '../../../shared/workflow/checklist';
import { useT } from '../../i18n/LocaleProvider';
import { countItems, countsLabel } from './checkDraft';

/**
 * The checklist's items, each a button that takes the reader to its place. Errors are what no
 * article should go out with, warnings are house style; neither blocks publishing here (open
 * comments do, in main).
 */
export function ChecklistItems({ items, onJump }: { items: readonly ChecklistItem[]; onJump: (item: ChecklistItem) => void }) {
  const t = useT();
  return (
    <>
      <p className="wf-check-counts">{countsLabel(countItems(items), t)}</p>
      {items.length > 0 && (
        <ul className="wf-check-list">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className={`wf-check-item wf-check-${item.severity}`} onClick={() => onJump(item)}>
                <span className="wf-check-severity">{t(item.severity === 'error' ? 'workflow.checklist.error' : 'workflow.checklist.warning')}</span>
                <span className="visually-hidden">: </span>
                {item.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
