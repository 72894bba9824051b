import { useEffect, useRef } from 'react';

/** Shown when no draft is open. Its button is not called "New draft": the sidebar's one is. */
export function EmptyState({ onCreate }: { onCreate: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus lands here when the open draft goes away (Move to Trash), not on the page's body.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, []);
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h1 id="empty-state-title" ref={headingRef} tabIndex={-1}>
        No draft open
      </h1>
      <p>Choose a draft from the list, or start a new one.</p>
      <button type="button" className="button button-primary" onClick={onCreate}>
        Start writing
      </button>
    </section>
  );
}
