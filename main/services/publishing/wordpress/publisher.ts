import { createHash } from 'node:crypto';
import { toGutenberg } from '../../../../shared/render';
import { slugify } from '../../../../shared/text/slug';
import { REVIEW_FIELD, sealReviewField } from '../../../../shared/workflow/wire';
import { PublishError } from '../errors';
import {
  ConflictError,
  deletedPostConflict,
  excerptOf,
  FINISH_LABEL,
  uploadLabel,
  type Publisher,
  type SnapshotImage,
  type Step,
} from '../publisher';
import { snapshotContext } from '../snapshot';
import type { PostFields, WordPressClient } from './client';
import { mediaFileName, postMarkerSlug } from './markers';
import type { WpMedia, WpPost } from './schemas';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** WordPress wants a UTC date as `2026-12-01T08:00:00`. */
const wpDate = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/** modified_gmt is a UTC time without a zone. */
export const parseWpDate = (text: string): number | null => {
  const ms = Date.parse(`${text}Z`);
  return Number.isNaN(ms) ? null : ms;
};

/** The post as WordPress saved it, with the raw title and content a later conflict check compares. */
function asSaved(post: WpPost): { post: WpPost; title: string; contentHash: string } {
  if (post.content.raw === undefined || post.title.raw === undefined) {
    throw new PublishError('bad_response', 'WordPress did not send back the post as saved (no raw content).');
  }
  return { post, title: post.title.raw, contentHash: sha256(post.content.raw) };
}

/**
 * Publishing to WordPress, in steps:
 * 1. each image, once per site: the local map first, then the site's media library by the
 *    `cd-<sha16>` marker, and only then an upload carrying its alt text and caption;
 * 2. the post: created as a draft under the marker slug `cd-<client guid>` (looked up first when
 *    an earlier create's outcome is unknown), or, when it exists, checked for changes made on
 *    the site since our last push (a conflict stops the job);
 * 3. images uploaded before the post existed are attached to it;
 * 4. the finishing update: content (toGutenberg with the site's image URLs), title, excerpt,
 *    terms, featured image, the real slug, the status and the date, and for the newsroom
 *    workflow the review field. Until then the marker slug stays, so a draft left by a crash is
 *    still found again.
 */
export function wordpressPublisher(client: WordPressClient): Publisher {
  return {
    plan(job) {
      const { snapshot, options, records } = job;
      const { images } = snapshot;
      const article = snapshot.article;
      const remoteId = () => Number(records.post().remoteId);

      const upload = async (image: SnapshotImage): Promise<void> => {
        const sha = image.asset.sha256;
        const wanted = { alt_text: image.alt, caption: image.caption };
        const known = records.media(sha);
        if (known) {
          if (known.alt === image.alt && known.caption === image.caption) return;
          await client.updateMedia(Number(known.remoteId), wanted);
          records.saveMedia(sha, { ...known, alt: image.alt, caption: image.caption });
          return;
        }
        let media: WpMedia | null = await client.findMediaBySha(sha);
        if (media) {
          media = await client.updateMedia(media.id, wanted);
        } else {
          const post = records.post().remoteId;
          media = await client.uploadMedia(job.readImage(sha), mediaFileName(image.name, sha), image.asset.mime, {
            ...wanted,
            ...(post === null ? {} : { post: Number(post) }),
          });
        }
        records.saveMedia(sha, {
          remoteId: String(media.id),
          url: media.source_url,
          alt: image.alt,
          caption: image.caption,
          attached: (media.post ?? 0) > 0,
        });
      };

      const createPost = async (): Promise<void> => {
        const post = records.post();
        if (post.createSent) {
          const found = await client.findPostByClientGuid(job.clientGuid);
          if (found) {
            records.savePost({ remoteId: String(found.id), url: found.link, remoteModified: found.modified_gmt });
            return;
          }
        }
        records.markCreateSent();
        const created = await client.createPost({
          title: article.headline,
          excerpt: article.standfirst,
          status: 'draft',
          slug: postMarkerSlug(job.clientGuid),
        });
        records.savePost({ remoteId: String(created.id), url: created.link, remoteModified: created.modified_gmt });
      };

      /**
       * The post we pushed before, unless it changed on the site since: modified_gmt moved, or
       * (within the same second) its title or content differ. Deleted or trashed counts as changed;
       * overwriting a deleted post makes a new one.
       */
      const checkForChanges = async (): Promise<void> => {
        const post = records.post();
        const current = await client.getPost(remoteId()).catch((error: unknown) => {
          if (error instanceof PublishError && error.kind === 'not_found') return null;
          throw error;
        });
        if (!current) {
          if (!job.overwrite) {
            throw deletedPostConflict('The post was deleted on the site since Copydesk last published it.', post.pushedTitle ?? article.headline);
          }
          records.forgetPost();
          await createPost();
          return;
        }
        if (job.overwrite) return;
        const theirTitle = current.title.raw ?? current.title.rendered;
        const titleChanged = post.pushedTitle !== null && theirTitle !== post.pushedTitle;
        const contentChanged = post.pushedHash !== null && sha256(current.content.raw ?? current.content.rendered) !== post.pushedHash;
        if (current.status !== 'trash' && current.modified_gmt === post.remoteModified && !titleChanged && !contentChanged) return;
        throw new ConflictError(
          current.status === 'trash'
            ? 'The post was moved to the trash on the site since Copydesk last published it.'
            : 'Someone changed this post on the site since Copydesk last published it.',
          {
            remoteModifiedAt: parseWpDate(current.modified_gmt),
            ourTitle: post.pushedTitle ?? article.headline,
            theirTitle,
            titleChanged,
            contentChanged,
            theirExcerpt: excerptOf(current.content.raw ?? current.content.rendered),
          },
        );
      };

      const attach = async (): Promise<void> => {
        for (const image of images) {
          const media = records.media(image.asset.sha256);
          if (!media || media.attached) continue;
          await client.updateMedia(Number(media.remoteId), { post: remoteId() });
          records.saveMedia(image.asset.sha256, { ...media, attached: true });
        }
      };

      /** A create that reached the site twice (a retried or replayed request) left twins under the marker. */
      const removeTwins = async (): Promise<void> => {
        const post = records.post();
        if (!post.createSent || post.pushedHash !== null) return;
        for (const twin of await client.listPostsByClientGuid(job.clientGuid)) {
          if (twin.id !== remoteId()) await client.deletePost(twin.id);
        }
      };

      const finish = async (): Promise<void> => {
        await removeTwins();
        const imageUrl = (sha: string) => records.media(sha)?.url ?? '';
        const content = toGutenberg(article, snapshotContext(snapshot, imageUrl));
        const featured = options.featuredImage === null ? undefined : records.media(options.featuredImage);
        const review = options.review?.onSite ? options.review.field : undefined;
        const fields: PostFields = {
          title: article.headline,
          content,
          excerpt: article.standfirst,
          status: options.status,
          slug: article.meta.slug || slugify(article.headline),
          featured_media: featured ? Number(featured.remoteId) : 0,
          ...(options.categories === null ? {} : { categories: options.categories }),
          ...(options.tags === null ? {} : { tags: options.tags }),
          ...(options.status === 'future' && options.scheduledAt !== null ? { date_gmt: wpDate(options.scheduledAt) } : {}),
          ...(review ? { [REVIEW_FIELD]: sealReviewField(review, sha256(content)) } : {}),
        };
        let done = asSaved(await client.updatePost(remoteId(), fields));
        // WordPress filters the content of accounts without unfiltered_html (a contributor's) as it
        // saves it: the review must vouch for the content as stored, or readers would distrust it.
        if (review && done.contentHash !== sha256(content)) {
          done = asSaved(await client.updatePost(remoteId(), { [REVIEW_FIELD]: sealReviewField(review, done.contentHash) }));
        }
        records.savePost({ url: done.post.link, remoteModified: done.post.modified_gmt, pushedTitle: done.title, pushedHash: done.contentHash });
      };

      const exists = records.post().remoteId !== null;
      const steps: Step[] = images.map((image, index) => ({
        id: `upload:${image.asset.sha256}`,
        label: uploadLabel(index, images.length),
        run: () => upload(image),
      }));
      steps.push({
        id: 'post',
        label: exists ? 'Checking the post on the site' : 'Creating post',
        run: () => (records.post().remoteId === null ? createPost() : checkForChanges()),
      });
      if (images.length > 0) steps.push({ id: 'attach', label: 'Attaching images', run: attach });
      steps.push({ id: 'finish', label: FINISH_LABEL[options.status], run: finish });
      return steps;
    },
  };
}
