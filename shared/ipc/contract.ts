import { z } from 'zod';
import { Draft, DraftContent, DraftId, DraftSummary, RevisionId, RevisionSummary, Timestamp } from '../article/draft';

const NoInput = z.strictObject({});
const ById = z.strictObject({ id: DraftId });

/**
 * The one IPC contract: every request channel with its input and output schema. The preload's
 * methods, main's handlers, the test bridge and the renderer's types are all derived from it.
 */
export const contract = {
  createDraft: { input: NoInput, output: Draft },
  getDraft: { input: ById, output: Draft },
  saveDraft: {
    input: z.strictObject({ id: DraftId, ...DraftContent.shape }),
    output: z.strictObject({ id: DraftId, updatedAt: Timestamp }),
  },
  listDrafts: { input: NoInput, output: z.array(DraftSummary) },
  searchDrafts: {
    input: z.strictObject({ query: z.string().trim().min(1, 'search is empty').max(200, 'search is too long') }),
    output: z.array(DraftSummary),
  },
  trashDraft: { input: ById, output: DraftSummary },
  listTrash: { input: NoInput, output: z.array(DraftSummary) },
  restoreDraft: { input: ById, output: DraftSummary },
  emptyTrash: { input: NoInput, output: z.strictObject({ deleted: z.int().nonnegative() }) },
  listRevisions: { input: ById, output: z.array(RevisionSummary) },
  saveVersion: { input: ById, output: RevisionSummary },
  restoreRevision: { input: z.strictObject({ id: DraftId, revisionId: RevisionId }), output: Draft },
} as const;

/** Pushes from main to the renderer. */
export const events = {
  draftChanged: z.strictObject({ id: DraftId }),
  saveFailed: z.strictObject({ id: DraftId.nullable(), message: z.string() }),
  /** The window is closing: save what is pending now. */
  flushRequested: z.strictObject({}),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channels = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);
export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

/** Names on the wire, so that our messages cannot collide with anything else on ipcMain. */
export const wireChannel = (channel: Channel): string => `copydesk:${channel}`;
export const wireEvent = (event: EventName): string => `copydesk:event:${event}`;
