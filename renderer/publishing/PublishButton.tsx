import { useState, type ComponentProps } from 'react';
import { createPortal } from 'react-dom';
import type { EditorState } from 'lexical';
import { figuresOf } from '../blocks/figure/figureChoices';
import { useT } from '../i18n/LocaleProvider';
import type { ChecklistSource } from '../workflow/checklist/useChecklist';
import { PublishDialog } from './PublishDialog';

export interface PublishSource {
  draftId: string;
  body: EditorState | null;
  ownFeatured: string | null;
  beforePublish: () => Promise<boolean>;
  /** The article as typed, for the checklist the dialog shows first. */
  checklist?: ChecklistSource;
}

/** The publish dialog over the whole window, for the toolbar's button and the review bar's. */
export function PublishDialogPortal({
  draftId,
  body,
  ownFeatured,
  beforePublish,
  checklist,
  initialStatus,
  onClose,
}: PublishSource & Pick<ComponentProps<typeof PublishDialog>, 'initialStatus' | 'onClose'>) {
  const t = useT();
  // Portalled out of the toolbar, and its keys kept from the toolbar's arrow-key handling,
  // which React would otherwise bubble them to through the portal.
  return createPortal(
    <div className="pub-portal" onKeyDown={(event) => event.stopPropagation()}>
      <PublishDialog
        draftId={draftId}
        figures={figuresOf(body, t)}
        ownFeatured={ownFeatured}
        beforePublish={beforePublish}
        checklist={checklist}
        initialStatus={initialStatus}
        onClose={onClose}
      />
    </div>,
    document.body,
  );
}

/** The toolbar's "Publish" button and the dialog it opens. */
export function PublishButton(source: PublishSource) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tool tool-text" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        {t('publishing.dialog.open')}
      </button>
      {open && <PublishDialogPortal {...source} onClose={() => setOpen(false)} />}
    </>
  );
}
