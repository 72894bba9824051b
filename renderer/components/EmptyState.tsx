import { useEffect, useRef } from 'react';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';
import { useLiveQuery } from '../state/useLiveQuery';

/**
 * Shown when no draft is open. Its button is not called "New draft": the sidebar's one is. On a
 * fresh profile it also offers the sample article, which shows every kind of block.
 */
export function EmptyState({ onCreate, onOpenSample }: { onCreate: () => void; onOpenSample: () => void }) {
  const api = useApi();
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
        {offerSample ? 'Welcome to Copydesk' : 'No draft open'}
      </h1>
      <p>
        {offerSample
          ? 'Start a story of your own, or open a sample article that shows photos, quotes and appeals.'
          : 'Choose a draft from the list, or start a new one.'}
      </p>
      <div className="empty-actions">
        <button type="button" className="button button-primary" onClick={onCreate}>
          Start writing
        </button>
        {offerSample && (
          <button type="button" className="button" onClick={onOpenSample}>
            Open sample article
          </button>
        )}
      </div>
    </section>
  );
}
