import { useState } from 'react';
import type { DraftSummary } from '../../shared/article/draft';
import { useT } from '../i18n/LocaleProvider';
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
  const t = useT();
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
          {t('app.sidebar.newDraft')}
        </button>
      </div>
      <RoleBadge onOpen={onShowPerson} />
      <div role="group" aria-label={t('app.sidebar.show')} className="segmented">
        <button type="button" aria-pressed={view === 'drafts'} onClick={() => setView('drafts')}>
          {t('app.sidebar.drafts')}
        </button>
        <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
          {t('app.sidebar.trash')}
        </button>
      </div>
      {view === 'drafts' ? <DraftsView drafts={drafts} openId={openId} onOpen={onOpen} /> : <TrashView />}
      <div className="sidebar-foot">
        <button type="button" className="button sidebar-settings" aria-current={screen === 'queue' ? 'page' : undefined} onClick={onShowQueue}>
          {t('app.sidebar.queue')}
        </button>
        <button type="button" className="button sidebar-settings" aria-current={screen === 'appeals' ? 'page' : undefined} onClick={onShowAppeals}>
          {t('app.sidebar.appeals')}
        </button>
        <button
          type="button"
          className="button sidebar-settings"
          aria-current={screen === 'publishing' ? 'page' : undefined}
          onClick={onShowPublishing}
        >
          {t('app.sidebar.publishing')}
        </button>
        <button type="button" className="button sidebar-settings" aria-current={screen === 'person' ? 'page' : undefined} onClick={onShowPerson}>
          {t('app.sidebar.person')}
        </button>
        <button type="button" className="button sidebar-settings" aria-current={screen === 'settings' ? 'page' : undefined} onClick={onShowSettings}>
          {t('app.sidebar.settings')}
        </button>
      </div>
    </div>
  );
}
