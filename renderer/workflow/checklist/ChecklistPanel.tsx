import { useState } from 'react';
import type { ChecklistItem } from '../../../shared/workflow/checklist';
import { useT } from '../../i18n/LocaleProvider';
import { ChecklistItems } from './ChecklistItems';
import { useChecklistItems, useJumpTo, type ChecklistSource } from './useChecklist';
import '../workflow.css';

export const CHECKLIST_PANEL_ID = 'checklist-panel';

/** The pre-publish checklist beside the editor, kept current as the article is edited. */
export function ChecklistPanel({ source }: { source: ChecklistSource }) {
  const t = useT();
  const items = useChecklistItems(source);
  const jump = useJumpTo(source.showDetails);
  const [gone, setGone] = useState(false);
  const onJump = (item: ChecklistItem) => setGone(!jump(item));

  return (
    <aside id={CHECKLIST_PANEL_ID} className="side-panel wf-checklist" aria-label={t('workflow.checklist.title')}>
      <h2 className="panel-title">{t('workflow.checklist.title')}</h2>
      <ChecklistItems items={items} onJump={onJump} />
      {gone && (
        <p className="list-note" role="status">
          {t('workflow.checklist.gone')}
        </p>
      )}
    </aside>
  );
}
