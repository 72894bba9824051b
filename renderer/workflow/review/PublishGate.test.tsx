import { act } from 'react';
import { expect, test } from 'vitest';
import { reviewIn } from '../../../shared/workflow/testing/reviews';
import { ApiProvider } from '../../api/ApiContext';
import { PublishDialog } from '../../publishing/PublishDialog';
import { render, settle, typeInto } from '../../test/render';
import { callsTo, DRAFT, fakeWorkflow, SITE, type FakeWorkflow } from '../testing/fakeWorkflow';

const JOB = '99999999-2222-4333-8444-555555555555';
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? null;
const gate = () => document.querySelector('[role="group"][aria-label="Workflow"]');

async function mount(fake: FakeWorkflow) {
  await render(
    <ApiProvider api={fake.api}>
      <PublishDialog draftId={DRAFT} figures={[]} ownFeatured={null} beforePublish={async () => true} onClose={() => {}} />
    </ApiProvider>,
  );
  await settle();
}

const withSite = (role: 'publisher' | 'admin') =>
  fakeWorkflow({
    person: { name: 'Sam Reed', role },
    accounts: [SITE],
    handlers: { listTerms: () => ({ categories: [], tags: [] }), publishDraft: () => ({ jobId: JOB }) },
  });

test('publishing before approval is refused in the dialog, before anything is sent', async () => {
  const fake = withSite('publisher');
  fake.reviews.set(DRAFT, reviewIn('in_edit'));
  await mount(fake);
  const refusal = fake.viewOf(DRAFT).options.find((option) => option.action === 'publish')!.refusal!;
  expect(refusal).toMatch(/needs approval/);
  expect(gate()?.textContent).toBe(refusal);
  expect(gate()?.querySelector('input[type="checkbox"]')).toBeNull();
  await act(async () => button('Publish').click());
  expect(alertText()).toBe(refusal);
  expect(callsTo(fake, 'publishDraft')).toEqual([]);
});

test('an admin overrides the approval rule only with a note, which goes with the request', async () => {
  const fake = withSite('admin');
  fake.reviews.set(DRAFT, reviewIn('draft'));
  await mount(fake);
  await act(async () => button('Publish').click());
  expect(alertText()).toMatch(/Tick “Override with a note” to go ahead anyway\.$/);
  await act(async () => gate()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
  await act(async () => button('Publish').click());
  expect(alertText()).toBe('An override needs a note saying why.');
  expect(callsTo(fake, 'publishDraft')).toEqual([]);

  typeInto(gate()!.querySelector('textarea')!, 'Срочно: решение суда, редактор недоступен.');
  await act(async () => button('Publish').click());
  await settle();
  expect(callsTo(fake, 'publishDraft')).toEqual([
    { draftId: DRAFT, accountId: SITE.id, status: 'publish', categories: [], tags: [], note: 'Срочно: решение суда, редактор недоступен.', override: true },
  ]);
});

test('an approved article publishes with no workflow fields', async () => {
  const approved = withSite('publisher');
  approved.reviews.set(DRAFT, reviewIn('approved'));
  await mount(approved);
  expect(gate()).toBeNull();
  await act(async () => button('Publish').click());
  await settle();
  expect(callsTo(approved, 'publishDraft')).toEqual([{ draftId: DRAFT, accountId: SITE.id, status: 'publish', categories: [], tags: [] }]);
});

test('saving to the site as a draft is not going live, so the workflow does not stand in its way', async () => {
  const fake = withSite('publisher');
  fake.reviews.set(DRAFT, reviewIn('submitted'));
  await mount(fake);
  expect(gate()).not.toBeNull();
  const draftStatus = [...document.querySelectorAll('label')].find((label) => label.textContent === 'Draft')!.querySelector('input')!;
  await act(async () => draftStatus.click());
  expect(gate()).toBeNull();
  await act(async () => button('Save to site').click());
  await settle();
  expect(callsTo(fake, 'publishDraft')).toEqual([{ draftId: DRAFT, accountId: SITE.id, status: 'draft', categories: [], tags: [] }]);
});

test('publishing a live article again is a correction, and goes out only with its public note', async () => {
  const fake = withSite('publisher');
  fake.reviews.set(DRAFT, reviewIn('published'));
  await mount(fake);
  const note = gate()!.querySelector('textarea')!;
  expect(document.querySelector(`label[for="${note.id}"]`)?.textContent).toBe('Correction note (published with the article)');
  await act(async () => button('Publish').click());
  expect(alertText()).toBe('“Publish a correction” needs a note.');
  expect(callsTo(fake, 'publishDraft')).toEqual([]);
  typeInto(note, 'An earlier version gave the wrong date for the vote.');
  await act(async () => button('Publish').click());
  await settle();
  expect(callsTo(fake, 'publishDraft')).toEqual([
    { draftId: DRAFT, accountId: SITE.id, status: 'publish', categories: [], tags: [], note: 'An earlier version gave the wrong date for the vote.' },
  ]);
});
