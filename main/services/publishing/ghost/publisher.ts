import { createHash } from 'node:crypto';
import { toHtml } from '../../../../shared/render';
import { slugify } from '../../../../shared/text/slug';
import { PublishError } from '../errors';
import { ConflictError, deletedPostConflict, excerptOf, uploadLabel, type Publisher, type PublishStatus, type SnapshotImage, type Step } from '../publisher';
import { snapshotContext } from '../snapshot';
import type { GhostClient, GhostPostFields } from './client';
import { clientGuidTag } from './markers';
import type { GhostPost } from './schemas';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const GHOST_STATUS: Record<Exclude<PublishStatus, 'pending'>, NonNullable<GhostPostFields['status']>> = {
  draft: 'draft',
  publish: 'published',
  future: 'scheduled',
};

/**
 * Publishing to Ghost: each image uploaded once per site (Ghost cannot search its images, so an
 * upload whose answer was lost is simply made again: a spare file, never a spare post), then
 * one write of the whole post with `?source=html`. A create carries the internal tag
 * `#copydesk-<client guid>`, looked up first when an earlier create's outcome is unknown; an
 * update sends the `updated_at` of our last write, and Ghost's 409 UPDATE_COLLISION becomes a
 * conflict showing what changed.
 */
export function ghostPublisher(client: GhostClient): Publisher {
  return {
    plan(job) {
      const { snapshot, options, records } = job;
      const { article } = snapshot;
      const { images } = snapshot;
      if (options.status === 'pending') throw new PublishError('rejected', 'Ghost has no review status: save it as a draft.');
      const status = GHOST_STATUS[options.status];

      const upload = async (image: SnapshotImage): Promise<void> => {
        const sha = image.asset.sha256;
        if (records.media(sha)) return;
        const name = image.name;
        const { url } = await client.uploadImage(job.readImage(sha), name, image.asset.mime, sha);
        records.saveMedia(sha, { remoteId: url, url, alt: image.alt, caption: image.caption, attached: true });
      };

      const fields = (): GhostPostFields => {
        const imageUrl = (sha: string) => records.media(sha)?.url ?? '';
        const featured = images.find((image) => image.asset.sha256 === options.featuredImage);
        return {
          title: article.headline,
          html: toHtml(article, snapshotContext(snapshot, imageUrl)),
          status,
          slug: article.meta.slug || slugify(article.headline),
          custom_excerpt: article.standfirst || null,
          feature_image: featured ? imageUrl(featured.asset.sha256) : null,
          feature_image_alt: featured?.alt || null,
          feature_image_caption: featured?.caption || null,
          ...(options.status === 'future' && options.scheduledAt !== null
            ? { published_at: new Date(options.scheduledAt).toISOString() }
            : {}),
          // Ghost replaces a post's tags on every write: the marker goes with each one.
          tags: [...article.meta.tags.map((name) => ({ name })), clientGuidTag(job.clientGuid)],
        };
      };

      const saved = (post: GhostPost) =>
        records.savePost({
          remoteId: post.id,
          url: post.url,
          remoteModified: post.updated_at,
          pushedTitle: post.title,
          pushedHash: sha256(post.html ?? ''),
        });

      const conflict = async (id: string, error: PublishError): Promise<never> => {
        const post = records.post();
        const current = await client.getPost(id);
        const modified = Date.parse(current.updated_at);
        throw new ConflictError(
          error.message,
          {
            remoteModifiedAt: Number.isNaN(modified) ? null : modified,
            ourTitle: post.pushedTitle ?? article.headline,
            theirTitle: current.title,
            titleChanged: post.pushedTitle !== null && current.title !== post.pushedTitle,
            contentChanged: post.pushedHash !== null && sha256(current.html ?? '') !== post.pushedHash,
            theirExcerpt: excerptOf(current.html ?? ''),
          },
          error.details,
        );
      };

      const update = async (id: string, updatedAt: string): Promise<void> => {
        try {
          saved(await client.updatePost(id, updatedAt, fields()));
        } catch (error) {
          if (error instanceof PublishError && error.kind === 'conflict') await conflict(id, error);
          throw error;
        }
      };

      const deleted = (): never => {
        const post = records.post();
        throw deletedPostConflict('The post was deleted in Ghost since Copydesk last published it.', post.pushedTitle ?? article.headline);
      };

      const write = async (): Promise<void> => {
        let post = records.post();
        if (post.remoteId !== null && post.remoteModified !== null) {
          try {
            const updatedAt = job.overwrite ? (await client.getPost(post.remoteId)).updated_at : post.remoteModified;
            await update(post.remoteId, updatedAt);
            return;
          } catch (error) {
            if (!(error instanceof PublishError && error.kind === 'not_found')) throw error;
            if (!job.overwrite) deleted();
            // Overwriting a deleted post makes a new one.
            records.forgetPost();
            post = records.post();
          }
        }
        if (post.createSent) {
          // Found, it may hold an older snapshot (a replaced job's create): bring it up to date.
          const found = await client.findPostByClientGuid(job.clientGuid);
          if (found) {
            records.savePost({ remoteId: found.id, url: found.url, remoteModified: found.updated_at });
            await update(found.id, found.updated_at);
            return;
          }
        }
        records.markCreateSent();
        saved(await client.createPost(fields()));
      };

      const steps: Step[] = images.map((image, index) => ({
        id: `upload:${image.asset.sha256}`,
        label: uploadLabel(index, images.length),
        run: () => upload(image),
      }));
      steps.push({ id: 'post', label: records.post().remoteId === null ? 'Creating post' : 'Updating post', run: write });
      return steps;
    },
  };
}
