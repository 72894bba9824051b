import { useState } from 'react';
import type { DraftSummary } from '../../shared/article/draft';
import type { LiveQuery } from '../state/useLiveQuery';
import { RoleBadge } from '../workflow/person/RoleBadge';
import type { Screen } from './App';
import { DraftsView } from './DraftsView';
import { TrashView } from './TrashView';

type View = 'drafts' | 'trash';

export function Sidebar({
  drafts,
  openId,
  screen,
  onOpen,
  onCreate,
  onShowAppeals,
  onShowPublishing,
  onShowQueue,
  onShowPerson,
  onShowSettings,
}: {
  drafts: LiveQuery<DraftSummary[]>;
  openId: string | null;
  screen: Screen;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onShowAppeals: () => void;
  onShowPublishing: () => void;
  onShowQueue: () => void;
  onShowPerson: () => void;
  onShowSettings: () => void;
}) {
  const [view, setView] = useState<View>('drafts');

  return (
    <div className="sidebar">
      <div className="sidebar-head">
        <span className="brand">Copydesk</span>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setView('drafts');
            onCreate();
          }}
        >
          New draft
        </button>
      </div>
      <RoleBadge onOpen={onShowPerson} />
      <div role="group" aria-label="Show" className="segmented">
        <button type="button" aria-pressed={view === 'drafts'} onClick={() => setView('drafts')}>
          Drafts
        </button>
        <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
          Trash
        </button>
      </div>
      {view === 'drafts' ? <DraftsView drafts={drafts} openId={openId} onOpen={onOpen} /> : <TrashView />}
      <div className="sidebar-foot">
        <button type="button" className="button sidebar-settings" aria-current={screen === 'queue' ? 'page' : undefined} onClick={onShowQueue}>
          Review queue
        </button>
        <button type="button" className="button sidebar-settings" aria-current={screen === 'appeals' ? 'page' : undefined} onClick={onShowAppeals}>
          Appeals library
        </button>
        <button
          type="button"
          className="button sidebar-settings"
          aria-current={screen === 'publishing' ? 'page' : undefined}
          onClick={onShowPublishing}
        >
          Publishing
        </button>
        <button type="button" className="button sidebar-settings" aria-current={screen === 'person' ? 'page' : undefined} onClick={onShowPerson}>
          You
        </button>
        <button type="button" className="button sidebar-settings" aria-current={screen === 'settings' ? 'page' : undefined} onClick={onShowSettings}>
          Settings
        </button>
      </div>
    </div>
  );
}
