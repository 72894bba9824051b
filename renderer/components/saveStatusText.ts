import type { Translate } from '../../shared/i18n/translate';
import type { SaveStatus } from '../state/autosaveQueue';
import { clockTime } from '../text/time';

/**
 * The status line for the open draft. Progress of other drafts' saves is not shown, but a failure
 * is, whichever draft it was: the reporter must know that something is not stored.
 */
export function saveStatusText(t: Translate, status: SaveStatus, openId: string): string {
  if (status.kind === 'failed') return t('app.status.notSaved', { reason: status.message });
  if (status.kind === 'idle' || status.id !== openId) return '';
  switch (status.kind) {
    case 'dirty':
      return t('app.status.dirty');
    case 'saving':
      return t('app.status.saving');
    case 'saved':
      return t('app.status.saved', { time: clockTime(status.at) });
  }
}
