import { DraftContent } from '../../../../shared/article/draft';
import type { ArticleMeta } from '../../../../shared/article/meta';
import { AppError } from '../../../../shared/ipc/result';
import { fromGutenberg } from '../../../../shared/render';
import { ReviewField } from '../../../../shared/workflow/wire';
import { PublishError } from '../../publishing/errors';
import type { WordPressClient } from '../../publishing/wordpress/client';
import type { WpPost } from '../../publishing/wordpress/schemas';
import { sha256 } from '../article';

/** A post's review as read from the site, and the article it holds. */
export interface PulledPost {
  postId: number;
  link: string;
  /** WordPress modified_gmt, kept for the conflict check of the next push. */
  modifiedGmt: string;
  title: string;
  contentSha256: string;
  field: ReviewField;
  content: DraftContent;
  /** The article's details as sent with the review; null from a Copydesk that did not send them. */
  meta: ArticleMeta | null;
  /** False when the post was edited on the site and its content was read back from the markup. */
  fromDocument: boolean;
}

const damaged = (why: string) =>
  new AppError('bad_request', `The review stored with this post on the site cannot be read (${why}): it was not written by Copydesk.`);

/** The field as the plugin serves it (an object, or JSON text from an older or other writer); null when there is none. */
export function reviewFieldOf(post: WpPost): ReviewField | null {
  let value = post.copydesk_review;
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      throw damaged('not JSON');
    }
  }
  const parsed = ReviewField.safeParse(value);
  if (!parsed.success) throw damaged(parsed.error.issues[0]?.path.join('.') || 'its format');
  return parsed.data;
}

/**
 * The article a review post holds. The document Copydesk stored is trusted only while the post's
 * content still hashes to what it vouches for; after an edit on the site the text is read back
 * from the post itself (the comment marks are gone then; the threads keep their quotes).
 */
export function readReviewPost(post: WpPost): PulledPost {
  const field = reviewFieldOf(post);
  if (!field) {
    throw new AppError(
      'bad_request',
      'This post carries no Copydesk review: it was not submitted from Copydesk, or the site lacks the Copydesk Review plugin.',
    );
  }
  const raw = post.content.raw ?? post.content.rendered;
  const contentSha256 = sha256(raw);
  const { document } = field;
  const fromDocument = document.contentSha256 === contentSha256;
  const candidate = fromDocument
    ? { headline: document.headline, standfirst: document.standfirst, byline: document.byline, body: document.body }
    : {
        headline: post.title.raw ?? post.title.rendered,
        standfirst: post.excerpt.raw ?? '',
        byline: document.byline,
        body: fromGutenberg(raw),
      };
  const content = DraftContent.safeParse(candidate);
  if (!content.success) throw damaged(content.error.issues[0]?.path.join('.') || 'the article');
  return {
    postId: post.id,
    link: post.link,
    modifiedGmt: post.modified_gmt,
    title: post.title.raw ?? post.title.rendered,
    contentSha256,
    field,
    content: content.data,
    meta: field.document.meta ?? null,
    fromDocument,
  };
}

/** What a refresh could read of a post: all of it, or its review alone. */
export type PostRead = { full: PulledPost } | { reviewOnly: ReviewField };

/** Every status a post's author may ask for (WordPress checks edit_posts for all but publish). */
const ANY_STATUS = 'draft,pending,future,publish,private';

/**
 * A review post as read for editing (context=edit) or, when WordPress refuses that to its author
 * (a contributor's article once published), its review alone as the companion plugin shows it to
 * the author in the view context. Only the review: the content there is the public rendering, not
 * the article as Copydesk holds it, and the author may not change the post anyway.
 */
export async function fetchReviewPost(client: WordPressClient, postId: number): Promise<PostRead> {
  let refused: PublishError;
  try {
    return { full: readReviewPost(await client.getPost(postId)) };
  } catch (error) {
    if (!(error instanceof PublishError && error.details.code === 'rest_forbidden_context')) throw error;
    refused = error;
  }
  const [post] = await client.listPosts({ context: 'view', include: postId, status: ANY_STATUS });
  const field = post?.id === postId ? reviewFieldOf(post) : null;
  // Without the field (a plugin older than 1.1, or not the author) it stays WordPress's refusal.
  if (!field) throw refused;
  return { reviewOnly: field };
}
