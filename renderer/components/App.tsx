import { useState } from 'react';
import { AppealsProvider } from '../appeals/AppealsContext';
import { AppealsLibraryView } from '../appeals/AppealsLibraryView';
import { CommandsProvider, useCommand } from '../desktop/commands/CommandsProvider';
import { SettingsView } from '../desktop/settings/SettingsView';
import { useDesktopSession } from '../desktop/useDesktopSession';
import { useAutosave } from '../state/useAutosave';
import { useDraftList } from '../state/useDraftQueries';
import { PublishingSettings } from '../publishing/PublishingSettings';
import { useOpenDraft } from '../state/useOpenDraft';
import { PersonProvider } from '../workflow/person/PersonContext';
import { PersonSettings } from '../workflow/person/PersonSettings';
import { ReviewQueue } from '../workflow/queue/ReviewQueue';
import { DraftWorkspace } from './DraftWorkspace';
import { EmptyState } from './EmptyState';
import { RecoveryBanner } from './RecoveryBanner';
import { Sidebar } from './Sidebar';

export type Screen = 'editor' | 'appeals' | 'publishing' | 'queue' | 'person' | 'settings';

/** The window, with the app's commands: their shortcuts, and Electron's menu. */
export function App() {
  return (
    <CommandsProvider>
      <AppWindow />
    </CommandsProvider>
  );
}

function AppWindow() {
  const autosave = useAutosave();
  const drafts = useDraftList();
  const session = useOpenDraft(autosave);
  const { open, openDraft, createDraft } = session;
  const openId = open?.draft.id ?? null;
  const [screen, setScreen] = useState<Screen>('editor');
  const [sidebarHidden, setSidebarHidden] = useState(false);

  const show = (id: string) => {
    setScreen('editor');
    if (id !== openId) void openDraft(id);
  };
  const create = () => {
    setScreen('editor');
    void createDraft();
  };

  // On start, the draft that was open when Copydesk closed (else the newest); File → Open Recent.
  useDesktopSession({ drafts: drafts.data, openId, show });
  useCommand('newDraft', create);
  useCommand('closeDraft', () => void session.closeDraft(), open !== null);
  useCommand('settings', () => setScreen('settings'));
  useCommand('toggleSidebar', () => setSidebarHidden((hidden) => !hidden));

  return (
    <AppealsProvider>
      <PersonProvider>
        <RecoveryBanner />
        <div className={sidebarHidden ? 'app sidebar-hidden' : 'app'}>
          <Sidebar
            drafts={drafts}
            openId={openId}
            screen={screen}
            onOpen={show}
            onCreate={create}
            onShowAppeals={() => setScreen('appeals')}
            onShowPublishing={() => setScreen('publishing')}
            onShowQueue={() => setScreen('queue')}
            onShowPerson={() => setScreen('person')}
            onShowSettings={() => setScreen('settings')}
          />
          {screen === 'appeals' && <AppealsLibraryView onClose={() => setScreen('editor')} />}
          {screen === 'publishing' && <PublishingSettings onClose={() => setScreen('editor')} />}
          {screen === 'person' && <PersonSettings onClose={() => setScreen('editor')} />}
          {screen === 'settings' && <SettingsView onClose={() => setScreen('editor')} />}
          {screen === 'queue' && (
            <ReviewQueue
              beforeOpen={() => autosave.queue.flush()}
              onOpened={(draft) => {
                setScreen('editor');
                void openDraft(draft.id);
              }}
              onShowPublishing={() => setScreen('publishing')}
              onClose={() => setScreen('editor')}
            />
          )}
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
      </PersonProvider>
    </AppealsProvider>
  );
}
