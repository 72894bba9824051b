import { useEffect, useRef } from 'react';
import { useAutosave } from '../state/useAutosave';
import { useDraftList } from '../state/useDraftQueries';
import { useOpenDraft } from '../state/useOpenDraft';
import { DraftWorkspace } from './DraftWorkspace';
import { EmptyState } from './EmptyState';
import { Sidebar } from './Sidebar';

export function App() {
  const autosave = useAutosave();
  const drafts = useDraftList();
  const session = useOpenDraft(autosave.queue);
  const { open, openDraft, createDraft } = session;
  const openId = open?.draft.id ?? null;
  const started = useRef(false);

  // On start, pick up where the reporter most likely left off: the newest draft.
  useEffect(() => {
    if (started.current || drafts.data === undefined) return;
    started.current = true;
    const newest = drafts.data[0];
    if (newest && openId === null) void openDraft(newest.id);
  }, [drafts.data, openDraft, openId]);

  return (
    <div className="app">
      <Sidebar
        drafts={drafts}
        openId={openId}
        onOpen={(id) => {
          if (id !== openId) void openDraft(id);
        }}
        onCreate={() => void createDraft()}
      />
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
          <EmptyState onCreate={() => void createDraft()} />
        </main>
      )}
    </div>
  );
}
