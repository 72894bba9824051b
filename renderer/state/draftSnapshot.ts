import type { EditorState } from 'lexical';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { Draft } from '../../shared/article/draft';
import type { ArticleMeta } from '../../shared/article/meta';
import { withoutCaretLine } from '../editor/caretLine';

/**
 * What the editor holds for one draft. The body stays a Lexical EditorState (immutable, so safe to
 * keep) until a save needs it, which spares serializing the whole document on every keystroke.
 */
export interface DraftSnapshot {
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  body: string | EditorState;
  meta: ArticleMeta;
}

export type DraftFields = Pick<DraftSnapshot, 'headline' | 'standfirst' | 'byline'>;

/** The body as stored: the editor's state without its caret line (see caretLine). */
export const serializeBody = (body: DraftSnapshot['body']): string =>
  typeof body === 'string' ? body : JSON.stringify(withoutCaretLine(body.toJSON()));

export const toSaveInput = ({ id, headline, standfirst, byline, body }: DraftSnapshot): ChannelInput<'saveDraft'> => ({
  id,
  headline,
  standfirst,
  byline,
  body: serializeBody(body),
});

export const snapshotOf = ({ id, headline, standfirst, byline, body, meta }: Draft): DraftSnapshot => ({
  id,
  headline,
  standfirst,
  byline,
  body,
  meta,
});
