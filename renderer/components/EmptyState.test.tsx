import { expect, test, vi } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { fakeApi } from '../test/fakeApi';
import { render, settle } from '../test/render';
import { EmptyState } from './EmptyState';

const buttons = () => [...document.querySelectorAll('button')].map((button) => button.textContent);

async function show(offerSample: boolean) {
  const onOpenSample = vi.fn();
  const { api } = fakeApi({ profileStatus: () => ({ drafts: 0, trashed: 0, sampleCreated: !offerSample, offerSample }) });
  await render(
    <ApiProvider api={api}>
      <EmptyState onCreate={() => {}} onOpenSample={onOpenSample} />
    </ApiProvider>,
  );
  await settle();
  return onOpenSample;
}

test('an empty profile offers the sample article beside Start writing', async () => {
  const onOpenSample = await show(true);
  expect(buttons()).toEqual(['Start writing', 'Open sample article']);
  [...document.querySelectorAll('button')].find((button) => button.textContent === 'Open sample article')!.click();
  expect(onOpenSample).toHaveBeenCalledTimes(1);
});

test('once there are drafts, or the sample was made, only Start writing is offered', async () => {
  await show(false);
  expect(buttons()).toEqual(['Start writing']);
  expect(document.querySelector('h1')?.textContent).toBe('No draft open');
});
