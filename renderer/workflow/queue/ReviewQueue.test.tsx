import { act } from 'react';
import { expect, test } from 'vitest';
import type { Draft } from '../../../shared/article/draft';
import { DEFAULT_META } from '../../../shared/article/meta';
import { ApiProvider } from '../../api/ApiContext';
import { render, settle } from '../../test/render';
import { callsTo, DRAFT, fakeWorkflow, queueItem, SITE, type FakeWorkflow } from '../testing/fakeWorkflow';
import { ReviewQueue } from './ReviewQueue';

const SECOND_SITE = { ...SITE, id: '7f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f', label: 'Evening Post', siteUrl: 'https://evening.example' };
const WORKING_COPY: Draft = {
  id: DRAFT,
  headline: 'Паром отменили из-за шторма',
  standfirst: '',
  byline: '',
  body: '{"root":{"type":"root","children":[]}}',
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  meta: DEFAULT_META,
};

const rows = () => [...document.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? null;
const click = (element: Element | undefined) => act(async () => (element as HTMLElement).click());

async function mount(fake: FakeWorkflow, saved = true) {
  const events: string[] = [];
  await render(
    <ApiProvider api={fake.api}>
      <ReviewQueue
        beforeOpen={async () => (events.push('flush'), saved)}
        onOpened={(draft) => events.push(`opened ${draft.id}`)}
        onShowPublishing={() => events.push('publishing')}
        onClose={() => {}}
      />
    </ApiProvider>,
  );
  await settle();
  return events;
}

test('the queue lists each article with its state, author, time and open comments; Open makes the working copy', async () => {
  const fake = fakeWorkflow({
    accounts: [SITE, SECOND_SITE],
    handlers: {
      reviewQueue: ({ accountId }) =>
        accountId === SITE.id
          ? [queueItem(41, { headline: 'Паром отменили из-за шторма', openComments: 2 }), queueItem(42, { headline: '  ', state: 'in_edit', draftId: DRAFT, author: '' })]
          : [],
      openFromQueue: () => WORKING_COPY,
    },
  });
  const events = await mount(fake);
  expect(callsTo(fake, 'reviewQueue')).toEqual([{ accountId: SITE.id }]);
  expect(rows().map((cells) => [cells[0], cells[1], cells[2], cells[4]])).toEqual([
    ['Паром отменили из-за шторма', 'Submitted', 'Анна Смирнова', '2'],
    ['Untitled article · you have a working copy', 'In edit', 'Unknown', '0'],
  ]);
  expect(document.querySelector('tbody time')?.getAttribute('datetime')).toBe(new Date(queueItem(41).remoteModifiedAt!).toISOString());

  await click(document.querySelector('button[aria-label="Open Паром отменили из-за шторма"]')!);
  await settle();
  expect(callsTo(fake, 'openFromQueue')).toEqual([{ accountId: SITE.id, postId: 41 }]);
  expect(events).toEqual(['flush', `opened ${DRAFT}`]);

  const select = document.querySelector('select')!;
  await act(async () => {
    select.value = SECOND_SITE.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  expect(document.body.textContent).toContain('Nothing is waiting for you on Evening Post.');
  expect(document.querySelector('table')).toBeNull();
});

test('an open draft that could not be saved is not replaced by the site’s copy', async () => {
  const fake = fakeWorkflow({ accounts: [SITE], handlers: { reviewQueue: () => [queueItem(41)], openFromQueue: () => WORKING_COPY } });
  const events = await mount(fake, false);
  await click(document.querySelector('button[aria-label="Open Story 41"]')!);
  await settle();
  expect(callsTo(fake, 'openFromQueue')).toEqual([]);
  expect(events).toEqual(['flush']);
  expect(alertText()).toBe('Could not open “Story 41”: the latest changes to the open draft could not be saved first');
});

test('a site that does not answer, and a post that cannot be opened, are said plainly; Reload asks again', async () => {
  let up = false;
  const fake = fakeWorkflow({
    accounts: [SITE],
    handlers: {
      reviewQueue: () => {
        if (!up) throw new Error('could not connect to news.example');
        return [queueItem(41)];
      },
      openFromQueue: () => {
        throw new Error('the post was deleted on the site');
      },
    },
  });
  await mount(fake);
  expect(alertText()).toBe('Could not load the queue from Городские новости: could not connect to news.example');
  up = true;
  await click([...document.querySelectorAll('button')].find((b) => b.textContent === 'Reload'));
  await settle();
  expect(alertText()).toBeNull();
  await click(document.querySelector('button[aria-label="Open Story 41"]')!);
  await settle();
  expect(alertText()).toBe('Could not open “Story 41”: the post was deleted on the site');
});

test('without a site there is no queue, and the way to add one is offered', async () => {
  const fake = fakeWorkflow();
  const events = await mount(fake);
  expect(callsTo(fake, 'reviewQueue')).toEqual([]);
  expect(document.body.textContent).toContain('no site is set up yet');
  await click([...document.querySelectorAll('button')].find((b) => b.textContent === 'Add a site in Publishing'));
  expect(events).toEqual(['publishing']);
});
