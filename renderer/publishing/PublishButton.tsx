import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { EditorState } from 'lexical';
import { figuresOf } from '../blocks/figure/figureChoices';
import { PublishDialog } from './PublishDialog';

/** The toolbar's "Publish" button and the dialog it opens. */
export function PublishButton({
  draftId,
  body,
  ownFeatured,
  beforePublish,
}: {
  draftId: string;
  body: EditorState | null;
  ownFeatured: string | null;
  beforePublish: () => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tool tool-text" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        Publish
      </button>
      {/* Portalled out of the toolbar, and its keys kept from the toolbar's arrow-key handling,
          which React would otherwise bubble them to through the portal. */}
      {open &&
        createPortal(
          <div className="pub-portal" onKeyDown={(event) => event.stopPropagation()}>
            <PublishDialog
              draftId={draftId}
              figures={figuresOf(body)}
              ownFeatured={ownFeatured}
              beforePublish={beforePublish}
              onClose={() => setOpen(false)}
            />
          </div>,
          document.body,
        )}
    </>
  );
}
