import type { ChecklistItem } from '../../../shared/workflow/checklist';
import { ChecklistItems } from './ChecklistItems';
import { useChecklistItems, useJumpTo, type ChecklistSource } from './useChecklist';
import '../workflow.css';

/**
 * The checklist as the publish dialog shows it, a last look before going out. Choosing an item
 * closes the dialog and takes the reader to it.
 */
export function PublishChecklist({ source, onLeave }: { source: ChecklistSource; onLeave: () => void }) {
  const items = useChecklistItems(source);
  const jump = useJumpTo(source.showDetails);
  const go = (item: ChecklistItem) => {
    onLeave();
    jump(item);
  };
  return (
    <section className="wf-publish-checklist" aria-label="Checklist">
      <h3>Checklist</h3>
      <ChecklistItems items={items} onJump={go} />
    </section>
  );
}
