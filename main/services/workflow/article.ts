import { createHash } from 'node:crypto';
import type { DraftContent } from '../../../shared/article/draft';
import type { ArticleMeta } from '../../../shared/article/meta';
import type { ReviewSnapshot } from '../../../shared/ipc/workflow-channels';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The article as it travels with its review: the text, and its details. */
export type ArticleCopy = DraftContent & { meta: ArticleMeta };

/** The article as a hash, to tell whether this computer's copy or the site's changed since the last push or pull. */
export const contentHash = ({ headline, standfirst, byline, body, meta }: ArticleCopy): string =>
  sha256(JSON.stringify([headline, standfirst, byline, body, meta]));

export const contentOf = ({ headline, standfirst, byline, body, meta }: ArticleCopy): ArticleCopy => ({ headline, standfirst, byline, body, meta });

export const snapshotOf = ({ headline, standfirst, body }: DraftContent, at: number): ReviewSnapshot => ({ at, headline, standfirst, body });
