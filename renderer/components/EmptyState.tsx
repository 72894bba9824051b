import { useEffect, useRef } from 'react';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { useLiveQuery } from '../state/useLiveQuery';

/**
 * Shown when no draft is open. Its button is not called "New draft": the sidebar's one is. On a
 * fresh profile it also offers the sample article, which shows every kind of block.
 */
export function EmptyState({ onCreate, onOpenSample }: { onCreate: () => void; onOpenSample: () => void }) {
  const api = useApi();
  const t = useT();
  const profile = useLiveQuery('profile', () => unwrap(api.profileStatus({})));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus lands here when the open draft goes away (Move to Trash), not on the page's body.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, []);
  const offerSample = profile.data?.offerSample === true;
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h1 id="empty-state-title" ref={headingRef} tabIndex={-1}>
        {offerSample ? t('app.empty.welcome') : t('app.empty.noDraft')}
      </h1>
      <p>
        {offerSample ? t('app.empty.sampleIntro') : t('app.empty.chooseIntro')}
      </p>
      <div className="empty-actions">
        <button type="button" className="button button-primary" onClick={onCreate}>
          {t('app.empty.start')}
        </button>
        {offerSample && (
          <button type="button" className="button" onClick={onOpenSample}>
            {t('app.empty.openSample')}
          </button>
        )}
      </div>
    </section>
  );
}
