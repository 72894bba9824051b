import { useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/LocaleProvider';
import { useModalFocus } from './useModalFocus';

/** A modal dialog over the whole window, with its title and a Close button; Escape closes it too. */
export function ModalDialog({ title, className, onClose, children }: { title: string; className?: string; onClose: () => void; children: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onKeyDown = useModalFocus(ref, onClose);
  return createPortal(
    <div className="modal-backdrop">
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} className={className ? `modal ${className}` : 'modal'} tabIndex={-1} onKeyDown={onKeyDown}>
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button button-small" onClick={onClose}>
            {t('app.common.close')}
          </button>
        </div>
        {children}
      </div>
    </div>,
    document.body,
  );
}
