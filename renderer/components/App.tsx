import { useEffect, useRef, useState } from 'react';
import { AppealsProvider } from '../appeals/AppealsContext';
import { AppealsLibraryView } from '../appeals/AppealsLibraryView';
import { useAutosave } from '../state/useAutosave';
import { useDraftList } from '../state/useDraftQueries';
import { PublishingSettings } from '../publishing/PublishingSettings';
import { useOpenDraft } from '../state/useOpenDraft';
import { DraftWorkspace } from './DraftWorkspace';
import { EmptyState } from './EmptyState';
import { Sidebar } from './Sidebar';

export type Screen = 'editor' | 'appeals' | 'publishing';

export function App() {
  const autosave = useAutosave();
  const drafts = useDraftList();
  const session = useOpenDraft(autosave);
  const { open, openDraft, createDraft } = session;
  const openId = open?.draft.id ?? null;
  const started = useRef(false);
  const [screen, setScreen] = useState<Screen>('editor');

  // On start, pick up where the reporter most likely left off: the newest draft.
  useEffect(() => {
    if (started.current || drafts.data === undefined) return;
    started.current = true;
    const newest = drafts.data[0];
    if (newest && openId === null) void openDraft(newest.id);
  }, [drafts.data, openDraft, openId]);

  const create = () => {
    setScreen('editor');
    void createDraft();
  };

  return (
    <AppealsProvider>
      <div className="app">
        <Sidebar
          drafts={drafts}
          openId={openId}
          screen={screen}
          onOpen={(id) => {
            setScreen('editor');
            if (id !== openId) void openDraft(id);
          }}
          onCreate={create}
          onShowAppeals={() => setScreen('appeals')}
          onShowPublishing={() => setScreen('publishing')}
        />
        {screen === 'appeals' && <AppealsLibraryView onClose={() => setScreen('editor')} />}
        {screen === 'publishing' && <PublishingSettings onClose={() => setScreen('editor')} />}
        {/* Kept mounted behind the library screen: the editor holds the open draft as typed. */}
        <div className="workspace-slot" hidden={screen !== 'editor'}>
          {open ? (
            <DraftWorkspace
              open={open}
              autosave={autosave}
              error={session.error}
              onShowDraft={session.showDraft}
              onTrash={() => void session.trashDraft()}
            />
          ) : (
            <main className="workspace workspace-empty">
              {session.error && (
                <p className="banner" role="alert">
                  {session.error}
                </p>
              )}
              <EmptyState onCreate={create} onOpenSample={() => void session.createSampleDraft()} />
            </main>
          )}
        </div>
      </div>
    </AppealsProvider>
  );
}
