// A stand-in for main's workflow service in component tests: one profile's person and its drafts'
// reviews, decided by the same shared action table main uses.
import { act as reactAct } from 'react';
import type { Draft } from '../../../shared/article/draft';
import { DEFAULT_META } from '../../../shared/article/meta';
import type { CopydeskApi } from '../../../shared/ipc/api';
import type { AccountSummary } from '../../../shared/ipc/contract';
import type { Person, QueueItem, ReviewView } from '../../../shared/ipc/workflow-channels';
import { actionOptions, applyTransition, decide } from '../../../shared/workflow/decide';
import { INITIAL_REVIEW, type ReviewState } from '../../../shared/workflow/review';
import { uuid } from '../../../shared/workflow/testing/reviews';
import { fakeApi, type FakeApi, type FakeHandlers } from '../../test/fakeApi';

export const DRAFT = '11111111-2222-4333-8444-555555555555';
export const OTHER_DRAFT = '11111111-2222-4333-8444-666666666666';
export const SITE: AccountSummary = {
  id: '6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
  kind: 'wordpress',
  label: 'Городские новости',
  siteUrl: 'https://news.example',
  username: 'anna',
  secretStatus: 'set',
  weakStorage: false,
};

/** A draft as main stores it, for the review bar's reads around a pull from the site. */
export const storedDraft = (id: string, updatedAt = 0): Draft => ({
  id,
  headline: 'Паром отменили из-за шторма',
  standfirst: '',
  byline: '',
  body: '{"root":{"type":"root","children":[]}}',
  createdAt: 0,
  updatedAt,
  deletedAt: null,
  meta: DEFAULT_META,
});

export interface FakeWorkflow extends FakeApi {
  person: Person;
  reviews: Map<string, ReviewState>;
  links: Map<string, ReviewView['link']>;
  viewOf(draftId: string): ReviewView;
  /** Sets a review as main would after a pull from the site, and says so as main does. */
  change(draftId: string, review: ReviewState): void;
}

export function fakeWorkflow({
  person = { name: 'Анна Смирнова', role: 'reporter' },
  accounts = [],
  handlers = {},
}: { person?: Person; accounts?: AccountSummary[]; handlers?: FakeHandlers } = {}): FakeWorkflow {
  let stamps = 0;
  const reviews = new Map<string, ReviewState>([[DRAFT, INITIAL_REVIEW]]);
  const links = new Map<string, ReviewView['link']>();
  const state = { person };
  const viewOf = (draftId: string): ReviewView => {
    const review = reviews.get(draftId) ?? INITIAL_REVIEW;
    return { draftId, review, options: actionOptions({ role: state.person.role, cms: null, review }), link: links.get(draftId) ?? null };
  };
  const fake = fakeApi({
    getPerson: () => state.person,
    setPerson: (next) => (state.person = next),
    getReview: ({ id }) => viewOf(id),
    getDraft: ({ id }) => storedDraft(id),
    listAccounts: () => accounts,
    refreshReview: ({ id }) => viewOf(id),
    ...handlers,
  });
  const api: CopydeskApi = {
    ...fake.api,
    // fakeApi answers every failure as `storage`; main answers a workflow refusal as `not_allowed`.
    transition: async (input) => {
      fake.calls.push({ channel: 'transition', input });
      const review = reviews.get(input.id) ?? INITIAL_REVIEW;
      const decision = decide({ role: state.person.role, cms: null, review }, input);
      if (!decision.ok) return { ok: false, error: { code: 'not_allowed', message: decision.reason } };
      stamps += 1;
      const actor = { ...state.person, cmsUser: '' };
      reviews.set(input.id, applyTransition(review, decision, { id: uuid(stamps), at: Date.UTC(2025, 2, 4, 9, stamps), actor, note: input.note }));
      return { ok: true, value: viewOf(input.id) };
    },
  };
  return {
    ...fake,
    api,
    get person() {
      return state.person;
    },
    set person(next) {
      state.person = next;
    },
    reviews,
    links,
    viewOf,
    change(draftId, review) {
      reviews.set(draftId, review);
      reactAct(() => fake.emit('reviewChanged', { id: draftId }));
    },
  };
}

export const queueItem = (postId: number, patch: Partial<QueueItem> = {}): QueueItem => ({
  accountId: SITE.id,
  postId,
  headline: `Story ${postId}`,
  state: 'submitted',
  author: 'Анна Смирнова',
  remoteModifiedAt: Date.UTC(2025, 2, 4, 9, 0),
  openComments: 0,
  draftId: null,
  ...patch,
});

/** Main saying Russian is the chosen interface language: spread into a fake's handlers, under a LocaleProvider. */
export const RUSSIAN_UI: FakeHandlers = { desktopState: () => ({ openDraftId: null, theme: 'system', uiLanguage: 'ru' }) };

/** Calls made on one channel, in order. */
export const callsTo = (fake: FakeApi, channel: string): unknown[] => fake.calls.filter((call) => call.channel === channel).map((call) => call.input);
