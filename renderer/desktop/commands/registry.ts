import { IS_APPLE } from 'lexical';
import { shortcutLabel, type Platform } from '../../../shared/desktop/accelerator';
import { acceleratorOf, commandById, type RendererCommandId } from '../../../shared/desktop/commands';

/** The platform whose shortcuts this window shows and answers to. */
export const PLATFORM: Platform = IS_APPLE ? 'mac' : 'other';

/** A command's shortcut as this platform writes it ('⇧⌘F', 'Ctrl+Shift+F'), or null. */
export function commandShortcut(id: RendererCommandId): string | null {
  const accelerator = acceleratorOf(commandById(id), PLATFORM);
  return accelerator === null ? null : shortcutLabel(accelerator, PLATFORM);
}

export interface CommandRegistry {
  /** Makes `run` the command's handler until the returned function is called. */
  register(id: RendererCommandId, run: () => void): () => void;
  /** Runs the command's most recently registered handler; false when nothing handles it now. */
  run(id: RendererCommandId): boolean;
}

/**
 * Which part of the window answers each command right now. The newest registration wins, so a
 * screen shown over another takes the command while it is there and gives it back when it goes.
 */
export function createCommandRegistry(): CommandRegistry {
  const handlers = new Map<RendererCommandId, Array<() => void>>();
  return {
    register(id, run) {
      const list = handlers.get(id) ?? [];
      handlers.set(id, list);
      const entry = () => run();
      list.push(entry);
      return () => {
        const at = list.indexOf(entry);
        if (at !== -1) list.splice(at, 1);
      };
    },
    run(id) {
      const handler = handlers.get(id)?.at(-1);
      if (!handler) return false;
      handler();
      return true;
    },
  };
}
