import { act } from 'react';
import { expect, test } from 'vitest';
import type { AccountSummary } from '../../shared/ipc/contract';
import { ApiProvider } from '../api/ApiContext';
import { fakeApi, type FakeHandlers } from '../test/fakeApi';
import { render, settle, typeInto } from '../test/render';
import { PublishDialog } from './PublishDialog';
import { PublishingSettings } from './PublishingSettings';

const ACCOUNT: AccountSummary = {
  id: '6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
  kind: 'wordpress',
  label: 'Site',
  siteUrl: 'https://example.com',
  username: 'ed',
  secretStatus: 'missing',
  weakStorage: false,
};
const DRAFT = '11111111-2222-4333-8444-555555555555';
const JOB = '99999999-2222-4333-8444-555555555555';

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
const click = (name: string) => act(async () => button(name).click());

async function mount(ui: React.ReactNode, handlers: FakeHandlers) {
  const fake = fakeApi(handlers);
  await render(<ApiProvider api={fake.api}>{ui}</ApiProvider>);
  await settle();
  return fake;
}

test('a weak store needs the user’s consent, and the password field is emptied once saved', async () => {
  const fake = await mount(<PublishingSettings onClose={() => {}} />, {
    listAccounts: () => [ACCOUNT],
    secretStorage: () => ({ protection: 'weak', message: 'No keyring: stored with weaker protection.' }),
    setAccountSecret: () => ({ ...ACCOUNT, secretStatus: 'set', weakStorage: true }),
  });
  const field = document.querySelector<HTMLInputElement>('input[type=password]')!;
  typeInto(field, 'abcd efgh');
  expect(button('Save password').disabled).toBe(true);
  await act(async () => document.querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
  await click('Save password');
  await settle();
  expect(fake.calls.at(-1)).toEqual({ channel: 'setAccountSecret', input: { id: ACCOUNT.id, secret: 'abcd efgh', acceptWeakStorage: true } });
  expect(field.value).toBe('');
  expect(document.body.textContent).toContain('Password saved (weaker protection)');
});

test('the dialog shows progress, the address, and a conflict with both choices', async () => {
  const fake = await mount(<PublishDialog draftId={DRAFT} figures={[]} ownFeatured={null} beforePublish={async () => true} onClose={() => {}} />, {
    listAccounts: () => [{ ...ACCOUNT, secretStatus: 'set' }],
    listTerms: () => ({ categories: [{ id: 3, name: 'News', parentId: null }], tags: [] }),
    publishDraft: () => ({ jobId: JOB }),
    resolveConflict: () => {
      throw new Error('unused');
    },
  });
  await act(async () => [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')][0]!.click());
  await click('Publish');
  await settle();
  expect(fake.calls.find((call) => call.channel === 'publishDraft')?.input).toEqual({
    draftId: DRAFT,
    accountId: ACCOUNT.id,
    status: 'publish',
    categories: [3],
    tags: [],
  });
  act(() => fake.emit('publishProgress', { jobId: JOB, draftId: DRAFT, step: 'upload', done: 1, total: 4, label: 'Uploading image 2 of 2' }));
  const bar = document.querySelector('[role=progressbar]')!;
  expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['1', '4']);
  expect(document.querySelector('.pub-step')?.textContent).toBe('Uploading image 2 of 2…');
  act(() => fake.emit('publishFinished', { jobId: JOB, draftId: DRAFT, url: 'https://example.com/p/' }));
  expect(document.querySelector('output')?.textContent).toBe('https://example.com/p/');
  act(() =>
    fake.emit('publishConflict', {
      jobId: JOB,
      draftId: DRAFT,
      conflict: { remoteModifiedAt: 0, ourTitle: 'A', theirTitle: 'B', titleChanged: true, contentChanged: false, theirExcerpt: 'Text' },
    }),
  );
  expect(document.querySelector('#pub-conflict-title')?.textContent).toBe('The post changed on the site');
  expect(button('Overwrite the site’s version')).toBeTruthy();
  expect(button('Keep the site’s version')).toBeTruthy();
});
