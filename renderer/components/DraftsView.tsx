import { useState } from 'react';
import type { DraftSummary } from '../../shared/article/draft';
import type { LiveQuery } from '../state/useLiveQuery';
import { useDraftSearch } from '../state/useDraftQueries';
import { DraftListItem } from './DraftListItem';

const MAX_QUERY_CHARS = 200;

function DraftList({
  drafts,
  openId,
  onOpen,
  label,
}: {
  drafts: DraftSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
  label: string;
}) {
  return (
    <ul className="draft-list" aria-label={label}>
      {drafts.map((summary) => (
        <DraftListItem key={summary.id} summary={summary} selected={summary.id === openId} onOpen={onOpen} />
      ))}
    </ul>
  );
}

function searchNote({ data, current, error }: LiveQuery<DraftSummary[]>): string {
  if (error) return `Search failed: ${error}`;
  if (!current || data === undefined) return 'Searching…';
  if (data.length === 0) return 'No drafts match.';
  return `${data.length} ${data.length === 1 ? 'match' : 'matches'}`;
}

/** The live drafts, newest first, or search results while the search box has text. */
export function DraftsView({
  drafts,
  openId,
  onOpen,
}: {
  drafts: LiveQuery<DraftSummary[]>;
  openId: string | null;
  onOpen: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const search = useDraftSearch(query);
  const searching = query.trim() !== '';

  return (
    <>
      <div role="search" className="search">
        <input
          type="search"
          className="search-input"
          aria-label="Search drafts"
          placeholder="Search drafts"
          maxLength={MAX_QUERY_CHARS}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
      </div>
      {/* The landmark holds only the drafts themselves, so its buttons are exactly the drafts. */}
      <nav className="list-section" aria-label="Drafts">
        {searching ? (
          <>
            <p className="list-note" aria-live="polite">
              {searchNote(search)}
            </p>
            {search.data && <DraftList drafts={search.data} openId={openId} onOpen={onOpen} label="Matching drafts" />}
          </>
        ) : (
          <>
            {drafts.error && <p className="list-note list-error">Could not load drafts: {drafts.error}</p>}
            {drafts.data?.length === 0 && <p className="list-note">No drafts yet.</p>}
            {drafts.data && <DraftList drafts={drafts.data} openId={openId} onOpen={onOpen} label="Drafts, newest first" />}
          </>
        )}
      </nav>
    </>
  );
}
