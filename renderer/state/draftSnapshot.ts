import type { EditorState } from 'lexical';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { Draft } from '../../shared/article/draft';

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
}

export type DraftFields = Pick<DraftSnapshot, 'headline' | 'standfirst' | 'byline'>;

export const serializeBody = (body: DraftSnapshot['body']): string =>
  typeof body === 'string' ? body : JSON.stringify(body.toJSON());

export const toSaveInput = ({ body, ...fields }: DraftSnapshot): ChannelInput<'saveDraft'> => ({
  ...fields,
  body: serializeBody(body),
});

export const snapshotOf = ({ id, headline, standfirst, byline, body }: Draft): DraftSnapshot => ({
  id,
  headline,
  standfirst,
  byline,
  body,
});
