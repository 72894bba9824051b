import { act } from 'react';
import { expect, test } from 'vitest';
import type { RecoveryNotice } from '../../shared/ipc/contract';
import { ApiProvider } from '../api/ApiContext';
import { fakeApi, type FakeHandlers } from '../test/fakeApi';
import { render, settle } from '../test/render';
import { RecoveryBanner } from './RecoveryBanner';

const notice: RecoveryNotice = {
  at: Date.UTC(2026, 10, 28, 6, 40),
  recovered: { drafts: 12, revisions: 3 },
  keptAt: '/home/anna/.config/Copydesk/drafts.corrupt-2026-11-28T06-40-00-000Z.sqlite',
  message:
    'The drafts database was damaged. Copydesk recovered 12 drafts and 3 saved versions into a new database. Some text may be missing. The damaged file was kept at /home/anna/.config/Copydesk/drafts.corrupt-2026-11-28T06-40-00-000Z.sqlite.',
};

async function show(recoveryNotice: FakeHandlers['recoveryNotice']) {
  const fake = fakeApi({ recoveryNotice });
  await render(
    <ApiProvider api={fake.api}>
      <RecoveryBanner />
    </ApiProvider>,
  );
  await settle();
  return fake;
}

test('a rebuilt database: the sentence main wrote is shown as an alert until dismissed', async () => {
  const { calls } = await show(() => notice);
  expect(calls).toEqual([{ channel: 'recoveryNotice', input: {} }]);
  const alert = document.querySelector('[role="alert"]');
  expect(alert?.querySelector('p')?.textContent).toBe(notice.message);
  const dismiss = [...alert!.querySelectorAll('button')];
  expect(dismiss.map((button) => button.textContent)).toEqual(['Dismiss']);
  act(() => dismiss[0]!.click());
  expect(document.querySelector('[role="alert"]')).toBeNull();
});

test('a healthy database: nothing is shown', async () => {
  await show(() => null);
  expect(document.querySelector('[role="alert"]')).toBeNull();
});

test('main refusing to answer shows nothing and throws nothing', async () => {
  await show(() => {
    throw new Error('the database is locked');
  });
  expect(document.querySelector('[role="alert"]')).toBeNull();
});
