import type { QueueItem } from '../../../../shared/ipc/workflow-channels';
import { openThreads } from '../../../../shared/workflow/review';
import type { Role } from '../../../../shared/workflow/roles';
import type { Query } from '../../publishing/wordpress/routes';
import type { WpPost } from '../../publishing/wordpress/schemas';
import { parseWpDate } from '../../publishing/wordpress/publisher';
import { reviewFieldOf } from './post';

/**
 * What waits on this person in a site's review queue: for editors the submitted and in-edit
 * articles (pending on the site), for publishers and admins the approved ones as well, and for a
 * reporter the drafts returned to them. `copydesk_state` is the companion plugin's filter.
 */
export function queueQuery(role: Role, userId: number): Query {
  switch (role) {
    case 'reporter':
      return { status: 'draft', copydesk_state: 'draft', author: userId };
    case 'editor':
      return { status: 'pending', copydesk_state: 'submitted,in_edit' };
    case 'publisher':
    case 'admin':
      return { status: 'pending', copydesk_state: 'submitted,in_edit,approved' };
  }
}

/** A queued post as the queue shows it; null for a post whose review cannot be read (the queue skips it). */
export function queueItem(post: WpPost, accountId: string, draftId: string | null): QueueItem | null {
  let field;
  try {
    field = reviewFieldOf(post);
  } catch {
    return null;
  }
  if (!field) return null;
  return {
    accountId,
    postId: post.id,
    headline: post.title.raw ?? post.title.rendered,
    state: field.review.state,
    author: field.author.name || field.author.cmsUser,
    remoteModifiedAt: parseWpDate(post.modified_gmt),
    openComments: openThreads(field.review),
    draftId,
  };
}
