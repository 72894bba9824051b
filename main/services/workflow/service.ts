import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Draft } from '../../../shared/article/draft';
import type { ArticleMeta } from '../../../shared/article/meta';
import type { ChannelInput, ChannelOutput, EventPayload } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { Person, QueueItem, ReviewLink, ReviewSnapshot, ReviewView } from '../../../shared/ipc/workflow-channels';
import type { WorkflowAction } from '../../../shared/workflow/actions';
import { actionOptions, applyTransition, decide, type Decision, type TransitionStamp } from '../../../shared/workflow/decide';
import type { Actor, ReviewState } from '../../../shared/workflow/review';
import type { CmsCapabilities } from '../../../shared/workflow/roles';
import { LIVE_STATES, STATE_LABELS, type WorkflowState } from '../../../shared/workflow/states';
import { REVIEW_FIELD_VERSION, type ReviewField, type UnsealedReviewField } from '../../../shared/workflow/wire';
import type { AssetStore } from '../assets/store';
import type { DraftStore } from '../drafts/store-api';
import type { Emit } from '../handlers';
import type { Logger } from '../ipc/dispatcher';
import type { PublishStatus } from '../publishing/publisher';
import { ConflictError } from '../publishing/publisher';
import { toAppError } from '../publishing/remote-error';
import type { Publishing } from '../publishing/service';
import { parseWpDate } from '../publishing/wordpress/publisher';
import { contentHash, contentOf, snapshotOf, type ArticleCopy } from './article';
import { addThread, mergeComments, reply, resolve } from './comments';
import { fetchMissingImages, figureImages } from './remote/images';
import { fetchReviewPost, readReviewPost, type PulledPost } from './remote/post';
import { queueItem, queueQuery } from './remote/queue';
import { openReviewSite, remote, type ReviewSite } from './remote/site';
import { createWorkflowStore, type SnapshotKind } from './store';

export interface WorkflowDeps {
  db: Database.Database;
  drafts: DraftStore;
  assets: AssetStore;
  publishing: Publishing;
  emit: Emit;
  log: Logger;
  now?: () => number;
}

/** Where an article in each state sits on WordPress: only approval leads to a live status. */
const WP_STATUS: Readonly<Record<WorkflowState, PublishStatus>> = {
  draft: 'draft',
  submitted: 'pending',
  in_edit: 'pending',
  approved: 'pending',
  scheduled: 'future',
  published: 'publish',
  corrected: 'publish',
  withdrawn: 'draft',
  spiked: 'draft',
};

/** Changes to a live article that reach a post published without the site's review (content only). */
const LIVE_CHANGES: readonly WorkflowAction[] = ['correct', 'withdraw', 'unschedule'];

const SNAPSHOT_STATES: readonly WorkflowState[] = ['submitted', 'approved'];

/**
 * The newsroom workflow on this computer: the person, each article's review and its comments,
 * transitions decided here with shared/workflow and pushed to the article's WordPress post first
 * (the site, through the companion plugin, has the last word), and review queues pulled from it.
 */
export function createWorkflow({ db, drafts, assets, publishing, emit, log, now = Date.now }: WorkflowDeps) {
  const store = createWorkflowStore(db, now);
  /** Each account as last signed in to: its capabilities offer the right buttons without asking the site every time. */
  const signedIn = new Map<string, { capabilities: CmsCapabilities; cmsUser: string }>();

  const changed = (id: string) => emit('reviewChanged', { id });

  const linkOf = (draftId: string, accountId: string): ReviewLink | null => {
    const post = publishing.jobs.remotePost(draftId, accountId);
    if (!post?.remoteId) return null;
    return {
      accountId,
      postId: Number(post.remoteId),
      url: post.url ?? '',
      remoteModifiedAt: post.remoteModified === null ? null : parseWpDate(post.remoteModified),
    };
  };

  const view = (draftId: string): ReviewView => {
    const { review, accountId } = store.record(draftId);
    const { role } = store.person();
    const cms = accountId === null ? null : (signedIn.get(accountId)?.capabilities ?? null);
    return { draftId, review, options: actionOptions({ role, cms, review }), link: accountId === null ? null : linkOf(draftId, accountId) };
  };

  const liveDraft = (id: string): Draft => {
    const draft = drafts.get(id);
    if (draft.deletedAt !== null) throw new AppError('bad_request', 'This draft is in the Trash: restore it first.');
    return draft;
  };

  const signIn = async (accountId: string): Promise<ReviewSite> => {
    const site = await openReviewSite(publishing, accountId);
    signedIn.set(accountId, { capabilities: site.capabilities, cmsUser: site.cmsUser });
    return site;
  };

  /** The person, as an audit entry or comment names them, acting through `accountId`'s login ('' when local only). */
  const actor = (accountId: string | null): Actor => {
    const { name, role } = store.person();
    const account = accountId === null ? undefined : publishing.accounts.list().find((a) => a.id === accountId);
    const cmsUser = accountId === null ? '' : (signedIn.get(accountId)?.cmsUser ?? account?.username ?? '');
    return { name, role, cmsUser };
  };

  const refuse = (decision: Decision): Extract<Decision, { ok: true }> => {
    if (!decision.ok) throw new AppError('not_allowed', decision.reason);
    return decision;
  };

  const fieldOf = (review: ReviewState, draft: Draft, author: Actor): UnsealedReviewField => ({
    version: REVIEW_FIELD_VERSION,
    review,
    document: contentOf(draft),
    author,
  });

  /** The same post update a publish makes, now; a refusal is the site's sentence, a changed post a conflict. */
  const push = async (draft: Draft, site: ReviewSite, status: PublishStatus, field: UnsealedReviewField | null) => {
    try {
      await publishing.pushNow(draft, site.accountId, {
        status,
        scheduledAt: null,
        categories: null,
        tags: null,
        ...(field ? { review: { field, onSite: true } } : {}),
      });
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new AppError(
          'conflict',
          `${error.message} Refresh the review to take the site's copy (the text on this computer is kept in History), then try again.`,
        );
      }
      throw toAppError(error);
    }
  };

  /** The account of the draft's last finished publish to WordPress, for changes to a post published without the site's review. */
  const lastPublishedTo = (draftId: string): string | null => {
    const wordpress = new Set(publishing.accounts.list().filter((a) => a.kind === 'wordpress').map((a) => a.id));
    const job = publishing.jobs
      .list(draftId)
      .find((j) => j.state === 'done' && (j.status === 'publish' || j.status === 'future') && wordpress.has(j.accountId));
    return job?.accountId ?? null;
  };

  const saveSnapshotIfDue = (draftId: string, state: WorkflowState, snapshot: ReviewSnapshot) => {
    if (SNAPSHOT_STATES.includes(state)) store.saveSnapshot(draftId, state as SnapshotKind, snapshot);
  };

  /**
   * The details that came with the site's copy, as this computer can keep them: a featured image
   * whose photo could not be brought here (or that no figure shows) is left out, not refused.
   */
  const keepableMeta = (meta: ArticleMeta, body: string): ArticleMeta => {
    const featured = meta.featuredImage;
    if (featured === null || (figureImages(body).has(featured) && assets.assetFile(featured))) return meta;
    log.warn('the featured image of a review could not be brought from the site', { sha256: featured });
    return { ...meta, featuredImage: null };
  };

  /** The site's review as this computer's: the site's audit log is the truth; replies not pushed yet are kept. */
  const takeReview = (draftId: string, field: ReviewField, extra: { accountId?: string; syncedHash?: string | null } = {}) => {
    const { review } = store.record(draftId);
    store.write(draftId, {
      review: { ...field.review, comments: mergeComments(review.comments, field.review.comments) },
      author: field.author,
      ...extra,
    });
  };

  /**
   * Takes the site's copy of a linked post: its review, and its article (text and details) when it
   * changed there since the last push or pull. Unsent local edits are saved as a revision first,
   * so nothing typed is lost. A review sent without the details leaves this computer's as they are.
   */
  const applyPull = (draftId: string, site: ReviewSite, pulled: PulledPost): { articleChanged: boolean } => {
    const record = store.record(draftId);
    const local = drafts.get(draftId);
    const siteCopy: ArticleCopy = { ...pulled.content, meta: keepableMeta(pulled.meta ?? local.meta, pulled.content.body) };
    const siteHash = contentHash(siteCopy);
    const articleChanged = siteHash !== record.syncedHash;
    const siteReview = pulled.field.review;
    db.transaction(() => {
      if (articleChanged) {
        if (record.syncedHash !== null && contentHash(local) !== record.syncedHash) drafts.saveVersion(draftId);
        drafts.save(draftId, pulled.content);
        drafts.saveMeta(draftId, siteCopy.meta);
      }
      takeReview(draftId, pulled.field, { accountId: site.accountId, syncedHash: articleChanged ? siteHash : record.syncedHash });
      publishing.jobs.linkPost(draftId, site.accountId, site.siteUrl, {
        remoteId: String(pulled.postId),
        url: pulled.link,
        remoteModified: pulled.modifiedGmt,
        pushedTitle: pulled.title,
        pushedHash: pulled.contentSha256,
      });
      const state = siteReview.state;
      if (SNAPSHOT_STATES.includes(state) && (record.review.state !== state || !store.snapshot(draftId, state as SnapshotKind))) {
        const since = siteReview.audit.findLast((entry) => entry.to === state)?.at ?? now();
        saveSnapshotIfDue(draftId, state, snapshotOf(pulled.content, since));
      }
    }).immediate();
    return { articleChanged };
  };

  const bringImages = (site: ReviewSite, draftId: string, pulled: PulledPost) =>
    fetchMissingImages({
      client: site.client,
      assets,
      draftId,
      body: pulled.content.body,
      log,
      ...(publishing.connection.fetch ? { fetch: publishing.connection.fetch } : {}),
    });

  const withComments = (id: string, change: (review: ReviewState, author: Actor) => ReviewState): ReviewView => {
    liveDraft(id);
    const { review, accountId } = store.record(id);
    store.write(id, { review: change(review, actor(accountId)) });
    changed(id);
    return view(id);
  };

  /** A publish job is done: the review it carried (published or scheduled) becomes this computer's, once. */
  const publishFinished = (jobId: string, draftId: string): void => {
    const carried = publishing.jobs.optionsOf(jobId)?.review;
    const last = carried?.field.review.audit.at(-1);
    // A draft emptied from the Trash since keeps its audit log, not a review to move.
    if (!carried || !last || !store.draftExists(draftId)) return;
    const record = store.record(draftId);
    if (record.review.audit.some((entry) => entry.id === last.id)) return;
    const { review, author, document } = carried.field;
    store.write(draftId, {
      review: { ...review, comments: mergeComments(record.review.comments, review.comments) },
      author,
      ...(carried.onSite ? { syncedHash: contentHash({ ...document, meta: document.meta ?? drafts.get(draftId).meta }) } : {}),
    });
    changed(draftId);
  };

  const applyFinished = (jobId: string, draftId: string): void => {
    try {
      publishFinished(jobId, draftId);
    } catch (error) {
      log.error('a finished publish could not be applied to its review', { jobId, error: String((error as Error)?.message ?? error) });
    }
  };

  return {
    getPerson: (): Person => store.person(),
    setPerson: (person: Person): Person => store.setPerson(person),

    getReview(id: string): ReviewView {
      drafts.get(id);
      return view(id);
    },

    reviewSnapshot(id: string, since: SnapshotKind): ReviewSnapshot | null {
      drafts.get(id);
      return store.snapshot(id, since);
    },

    async transition({ id, action, note, override, accountId }: ChannelInput<'transition'>): Promise<ReviewView> {
      if (action === 'publish' || action === 'schedule') {
        throw new AppError('bad_request', 'Publishing and scheduling go through the publish dialog (publishDraft), which asks the workflow first.');
      }
      const draft = liveDraft(id);
      const record = store.record(id);
      if (record.accountId !== null && accountId !== undefined && accountId !== record.accountId) {
        throw new AppError('bad_request', 'This article is already under review on another site: its review continues there.');
      }
      // The article's review travels with its post; a post published without it still takes corrections and withdrawals.
      const reviewAccount = record.accountId ?? accountId ?? null;
      const pushTo = reviewAccount ?? (LIVE_CHANGES.includes(action) ? lastPublishedTo(id) : null);
      const site = pushTo === null ? null : await signIn(pushTo);
      const { role } = store.person();
      const decision = refuse(
        decide({ role, cms: site?.capabilities ?? null, review: record.review }, { action, note, ...(override === undefined ? {} : { override }) }),
      );
      const stamp: TransitionStamp = { id: randomUUID(), at: now(), actor: actor(site?.accountId ?? null), note };
      const author = record.author ?? stamp.actor;
      if (site) {
        const field = site.accountId === reviewAccount ? fieldOf(applyTransition(record.review, decision, stamp), draft, author) : null;
        await push(draft, site, WP_STATUS[decision.to], field);
      }
      db.transaction(() => {
        // Applied to the review as it is now: a comment added while the site answered is kept.
        const current = store.record(id);
        store.write(id, {
          review: applyTransition(current.review, decision, stamp),
          author,
          ...(site && site.accountId === reviewAccount ? { accountId: site.accountId, syncedHash: contentHash(draft) } : {}),
        });
        saveSnapshotIfDue(id, decision.to, snapshotOf(draft, stamp.at));
      }).immediate();
      changed(id);
      return view(id);
    },

    /**
     * publishDraft as the workflow allows it: going live is the publish or schedule transition
     * (publishing a live article again, a correction), applied when the job is done.
     */
    async publishDraft(input: ChannelInput<'publishDraft'>): Promise<ChannelOutput<'publishDraft'>> {
      const { note = '', override, ...request } = input;
      if (request.status !== 'publish' && request.status !== 'future') {
        if (note || override) throw new AppError('bad_request', 'A note and an override go with publishing or scheduling only.');
        // Taking a live or scheduled article off its site is a withdrawal or an unscheduling, on the record.
        const { review, accountId } = store.record(request.draftId);
        const itsSite = accountId ?? lastPublishedTo(request.draftId);
        if (request.accountId === itsSite && (LIVE_STATES.includes(review.state) || review.state === 'scheduled')) {
          throw new AppError(
            'not_allowed',
            `This article is ${STATE_LABELS[review.state].toLowerCase()} on the site: withdraw it (with a note) or unschedule it instead.`,
          );
        }
        return publishing.enqueue(request);
      }
      const draft = liveDraft(request.draftId);
      const account = publishing.accounts.list().find((a) => a.id === request.accountId);
      if (!account) throw new AppError('not_found', 'This account no longer exists.');
      const site = account.kind === 'wordpress' ? await signIn(account.id) : null;
      const record = store.record(draft.id);
      // Publishing a live article again puts out a correction: it needs the correction's note.
      const live = LIVE_STATES.includes(record.review.state);
      const action = request.status === 'future' ? 'schedule' : live ? 'correct' : 'publish';
      const decision = refuse(
        decide({ role: store.person().role, cms: site?.capabilities ?? null, review: record.review }, { action, note, ...(override === undefined ? {} : { override }) }),
      );
      const stamp: TransitionStamp = { id: randomUUID(), at: now(), actor: actor(site?.accountId ?? null), note };
      const field = fieldOf(applyTransition(record.review, decision, stamp), draft, record.author ?? stamp.actor);
      // Only a post that carries the site's review takes it: elsewhere it would be a review the site never saw.
      return publishing.enqueue(request, { field, onSite: site !== null && record.accountId === site.accountId });
    },

    /** Listens to the publishing events: a finished publish moves the review to published or scheduled. */
    followPublishing: ((event, payload) => {
      if (event !== 'publishFinished') return;
      const { jobId, draftId } = payload as EventPayload<'publishFinished'>;
      applyFinished(jobId, draftId);
    }) satisfies Emit,

    /** At start: a publish that finished just before a crash or quit, its review not yet moved, is applied now. */
    catchUp(): void {
      for (const job of publishing.jobs.list()) if (job.state === 'done') applyFinished(job.id, job.draftId);
    },

    addComment: ({ id, threadId, quote, text }: ChannelInput<'addComment'>): ReviewView =>
      withComments(id, (review, author) => addThread(review, threadId, quote, { id: randomUUID(), author, at: now(), text })),

    replyComment: ({ id, threadId, text }: ChannelInput<'replyComment'>): ReviewView =>
      withComments(id, (review, author) => reply(review, threadId, { id: randomUUID(), author, at: now(), text })),

    resolveComment: ({ id, threadId, resolved }: ChannelInput<'resolveComment'>): ReviewView =>
      withComments(id, (review, by) => resolve(review, threadId, resolved, by, now())),

    async reviewQueue(accountId: string): Promise<QueueItem[]> {
      const site = await signIn(accountId);
      const posts = await remote(site.client.listPosts(queueQuery(store.person().role, site.user.id)));
      return posts.flatMap((post) => queueItem(post, accountId, store.linkedDraft(accountId, post.id)) ?? []);
    },

    async openFromQueue(accountId: string, postId: number): Promise<Draft> {
      const site = await signIn(accountId);
      // Read before anything is made here: a post that is not a Copydesk review leaves no empty draft behind.
      const pulled = readReviewPost(await remote(site.client.getPost(postId)));
      const draftId = store.linkedDraft(accountId, postId) ?? drafts.create().id;
      await bringImages(site, draftId, pulled);
      applyPull(draftId, site, pulled);
      emit('draftChanged', { id: draftId });
      changed(draftId);
      return drafts.get(draftId);
    },

    async refreshReview(id: string): Promise<ReviewView> {
      liveDraft(id);
      const { accountId } = store.record(id);
      const link = accountId === null ? null : linkOf(id, accountId);
      if (accountId === null || link === null) throw new AppError('bad_request', 'This article is not on a site yet: submit it first.');
      const site = await signIn(accountId);
      const read = await remote(fetchReviewPost(site.client, link.postId));
      if ('reviewOnly' in read) {
        // Its author, who may no longer edit the post: the history arrives, the text here stays as it is.
        takeReview(id, read.reviewOnly);
      } else {
        await bringImages(site, id, read.full);
        if (applyPull(id, site, read.full).articleChanged) emit('draftChanged', { id });
      }
      changed(id);
      return view(id);
    },
  };
}

export type Workflow = ReturnType<typeof createWorkflow>;
