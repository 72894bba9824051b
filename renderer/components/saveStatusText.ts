import type { SaveStatus } from '../state/autosaveQueue';
import { clockTime } from '../text/time';

/**
 * The status line for the open draft. Progress of other drafts' saves is not shown, but a failure
 * is, whichever draft it was: the reporter must know that something is not stored.
 */
export function saveStatusText(status: SaveStatus, openId: string): string {
  if (status.kind === 'failed') return `Not saved: ${status.message}`;
  if (status.kind === 'idle' || status.id !== openId) return '';
  switch (status.kind) {
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${clockTime(status.at)}`;
  }
}
