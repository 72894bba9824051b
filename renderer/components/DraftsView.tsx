import { useState } from 'react';
import type { DraftSummary } from '../../shared/article/draft';
import type { Translate } from '../../shared/i18n/translate';
import { useT } from '../i18n/LocaleProvider';
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

function searchNote(t: Translate, { data, current, error }: LiveQuery<DraftSummary[]>): string {
  if (error) return t('app.drafts.searchFailed', { reason: error });
  if (!current || data === undefined) return t('app.drafts.searching');
  if (data.length === 0) return t('app.drafts.noMatch');
  return t('app.drafts.matches', { count: data.length });
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
  const t = useT();
  const [query, setQuery] = useState('');
  const search = useDraftSearch(query);
  const searching = query.trim() !== '';

  return (
    <>
      <div role="search" className="search">
        <input
          type="search"
          className="search-input"
          aria-label={t('app.drafts.search')}
          placeholder={t('app.drafts.search')}
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
      <nav className="list-section" aria-label={t('app.sidebar.drafts')}>
        {searching ? (
          <>
            <p className="list-note" aria-live="polite">
              {searchNote(t, search)}
            </p>
            {search.data && <DraftList drafts={search.data} openId={openId} onOpen={onOpen} label={t('app.drafts.matching')} />}
          </>
        ) : (
          <>
            {drafts.error && <p className="list-note list-error">{t('app.drafts.loadFailed', { reason: drafts.error })}</p>}
            {drafts.data?.length === 0 && <p className="list-note">{t('app.drafts.none')}</p>}
            {drafts.data && <DraftList drafts={drafts.data} openId={openId} onOpen={onOpen} label={t('app.drafts.newestFirst')} />}
          </>
        )}
      </nav>
    </>
  );
}
