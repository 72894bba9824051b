import { createContext, useContext, useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { matchesKeyPress } from '../../../shared/desktop/accelerator';
import { rendererKeyBindings, type RendererCommandId } from '../../../shared/desktop/commands';
import { useApi } from '../../api/ApiContext';
import { KeyboardShortcutsDialog } from './KeyboardShortcutsDialog';
import { PLATFORM, createCommandRegistry, type CommandRegistry } from './registry';
import '../desktop.css';

const CommandsContext = createContext<CommandRegistry | null>(null);

/** A modal dialog owns the keyboard: no command runs behind it, from a key or from the menu. */
const modalIsOpen = (): boolean => document.querySelector('[aria-modal="true"]') !== null;

/**
 * Runs the app's commands (shared/desktop/commands.ts) from their shortcuts and from Electron's
 * menu, which sends `menuCommand`. Keys are caught before the editor or any field sees them, and
 * only when something handles the command now; otherwise they go on as if nothing were bound.
 */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [registry] = useState(createCommandRegistry);

  useEffect(() => {
    const bindings = rendererKeyBindings(PLATFORM);
    const run = (id: RendererCommandId) => !modalIsOpen() && registry.run(id);
    const onKeyDown = (event: KeyboardEvent) => {
      // A held key would open a draft per repeat. (No command uses Ctrl+Alt outside macOS, which
      // Windows also reports for AltGr characters: shared/desktop/commands.test.ts sees to it.)
      if (event.repeat || event.isComposing) return;
      const binding = bindings.find(({ combo }) => matchesKeyPress(combo, event));
      if (!binding || !run(binding.id)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    const unsubscribe = api.onMenuCommand(({ id }) => void run(id));
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      unsubscribe();
    };
  }, [api, registry]);

  return (
    <CommandsContext value={registry}>
      {children}
      <KeyboardShortcutsDialog />
    </CommandsContext>
  );
}

/**
 * Makes `handler` what command `id` does while this component is mounted and `enabled` holds.
 * The handler may change on every render; the latest one runs.
 */
export function useCommand(id: RendererCommandId, handler: () => void, enabled = true): void {
  const registry = useContext(CommandsContext);
  if (!registry) throw new Error('useCommand() needs a <CommandsProvider> above it');
  const run = useEffectEvent(handler);
  useEffect(() => (enabled ? registry.register(id, () => run()) : undefined), [registry, id, enabled]);
}
