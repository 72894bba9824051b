import type { ReactNode } from 'react';
import { useT } from '../i18n/LocaleProvider';

interface ScreenFrameProps {
  /** Added to `library`, the class every full-window screen shares. */
  className: string;
  titleId: string;
  title: string;
  onClose: () => void;
  /** Buttons shown before Close. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A full-window screen (Settings, You, Publishing, Review queue): its heading, Close, then its body. */
export function ScreenFrame({ className, titleId, title, onClose, actions, children }: ScreenFrameProps) {
  const t = useT();
  const close = (
    <button type="button" className="button" onClick={onClose}>
      {t('app.common.close')}
    </button>
  );
  return (
    <main className={`library ${className}`} aria-labelledby={titleId}>
      <div className="library-head">
        <h1 id={titleId}>{title}</h1>
        {actions ? (
          <div className="dialog-actions">
            {actions}
            {close}
          </div>
        ) : (
          close
        )}
      </div>
      {children}
    </main>
  );
}
