import type { AppealVersion } from '../../../shared/appeals/library';
import type { AssetRef } from '../../../shared/blocks/figure/schema';
import type { PublishConflict } from '../../../shared/ipc/contract';
import type { RenderableArticle } from '../../../shared/render';
import type { UnsealedReviewField } from '../../../shared/workflow/wire';
import { PublishError, type PublishErrorDetails } from './errors';

export type PublishStatus = 'draft' | 'pending' | 'publish' | 'future';

export interface PublishOptions {
  status: PublishStatus;
  /** For `future`: when, in ms since the epoch. */
  scheduledAt: number | null;
  /** WordPress term ids; null leaves the post's terms as they are (a push for review). */
  categories: number[] | null;
  tags: number[] | null;
  /** SHA-256 of the featured image, one of `Snapshot.images`. */
  featuredImage: string | null;
  /**
   * The newsroom workflow's review as it will be once this push is done. With `onSite` it is
   * stored with the post in the same update (WordPress, through the companion plugin's REST
   * field), sealed with the hash of the content as WordPress keeps it; the workflow applies it on
   * this computer when the job finishes.
   */
  review?: { field: UnsealedReviewField; onSite: boolean };
}

export interface SnapshotImage {
  asset: AssetRef;
  /** From the first figure showing it; '' for a featured image that is not in the body. */
  alt: string;
  caption: string;
  /** The upload's file name before its marker: words from the alt text, the type's extension. */
  name: string;
}

/** What a job publishes, frozen when it was queued: later edits to the draft do not leak in. */
export interface Snapshot {
  article: RenderableArticle;
  /** The library versions the body pins. */
  appeals: AppealVersion[];
  images: SnapshotImage[];
}

/** The one post a draft has on an account's site, as far as Copydesk knows. */
export interface RemotePost {
  clientGuid: string;
  remoteId: string | null;
  /** A create was sent; if remoteId is still null its outcome is unknown. */
  createSent: boolean;
  url: string | null;
  /** WordPress modified_gmt or Ghost updated_at after our last write. */
  remoteModified: string | null;
  /** The title and SHA-256 of the content as the site stored them at our last finished push. */
  pushedTitle: string | null;
  pushedHash: string | null;
}

/** An image on a site: WordPress media id (or Ghost URL) and what was last set on it. */
export interface RemoteMedia {
  remoteId: string;
  url: string;
  alt: string;
  caption: string;
  /** WordPress: it has a parent post. */
  attached: boolean;
}

/** The durable state a job's steps read and write: every write is committed before the next request. */
export interface JobRecords {
  post(): RemotePost;
  /** Recorded before a create is sent, so that a crash or timeout leads to a lookup, not a second post. */
  markCreateSent(): void;
  savePost(fields: Partial<Omit<RemotePost, 'clientGuid' | 'createSent'>>): void;
  /** The post is gone from the site: the next create starts afresh under the same GUID. */
  forgetPost(): void;
  media(sha256: string): RemoteMedia | undefined;
  saveMedia(sha256: string, media: RemoteMedia): void;
}

export interface PublishJobContext {
  clientGuid: string;
  options: PublishOptions;
  snapshot: Snapshot;
  /** The user chose to overwrite the site's changes (resolveConflict). */
  overwrite: boolean;
  records: JobRecords;
  readImage(sha256: string): Uint8Array;
}

/**
 * One resumable unit of a publish. Ids are stable across runs (`upload:<sha256>`, `post`, …) so
 * the outbox can skip what a crashed run finished; each step is also idempotent on its own,
 * checking the records before it sends anything.
 */
export interface Step {
  id: string;
  /** For the progress bar: "Uploading image 3 of 5", "Creating post". */
  label: string;
  run(): Promise<void>;
}

/** A CMS adapter: the steps that take a job from nothing (or a previous push) to a post. */
export interface Publisher {
  plan(job: PublishJobContext): Step[];
}

/** The post changed on the site since our last push: stop and show what changed. */
export class ConflictError extends PublishError {
  constructor(
    message: string,
    readonly conflict: PublishConflict,
    details: PublishErrorDetails = {},
  ) {
    super('conflict', message, details);
    this.name = 'ConflictError';
  }
}

/** The post we pushed before is gone from the site: a conflict the user decides, never a silent re-create. */
export const deletedPostConflict = (message: string, ourTitle: string): ConflictError =>
  new ConflictError(message, {
    remoteModifiedAt: null,
    ourTitle,
    theirTitle: '',
    titleChanged: true,
    contentChanged: true,
    theirExcerpt: '',
  });

export const FINISH_LABEL: Record<PublishStatus, string> = {
  draft: 'Saving as a draft',
  pending: 'Sending for review',
  publish: 'Publishing',
  future: 'Scheduling',
};

export const uploadLabel = (index: number, count: number): string => `Uploading image ${index + 1} of ${count}`;

/** Text for the conflict dialog: the start of a post's text, markup and block comments removed. */
export function excerptOf(html: string, max = 280): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
