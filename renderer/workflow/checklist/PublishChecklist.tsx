import type { ChecklistItem } from '../../../shared/workflow/checklist';
import { useT } from '../../i18n/LocaleProvider';
import { ChecklistItems } from './ChecklistItems';
import { useChecklistItems, useJumpTo, type ChecklistSource } from './useChecklist';
import '../workflow.css';

/**
 * The checklist as the publish dialog shows it, a last look before going out. Choosing an item
 * closes the dialog and takes the reader to it.
 */
export function PublishChecklist({ source, onLeave }: { source: ChecklistSource; onLeave: () => void }) {
  const t = useT();
  const items = useChecklistItems(source);
  const jump = useJumpTo(source.showDetails);
  const go = (item: ChecklistItem) => {
    onLeave();
    jump(item);
  };
  return (
    <section className="wf-publish-checklist" aria-label={t('workflow.checklist.title')}>
      <h3>{t('workflow.checklist.title')}</h3>
      <ChecklistItems items={items} onJump={go} />
    </section>
  );
}
