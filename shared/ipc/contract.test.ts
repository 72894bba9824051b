import { expect, test } from 'vitest';
import { apiKeys, buildApi } from './api';
import { channels, contract, eventNames } from './contract';

test('the API has one method per channel and one subscriber per event, nothing else', async () => {
  const calls: string[] = [];
  const api = buildApi({
    invoke: async (channel) => calls.push(channel),
    subscribe: (event) => {
      calls.push(`sub:${event}`);
      return () => {};
    },
  });
  expect(Object.keys(api).sort()).toEqual([...apiKeys].sort());
  expect(apiKeys).toHaveLength(channels.length + eventNames.length);
  await api.getDraft({ id: '00000000-0000-4000-8000-000000000000' });
  api.onDraftChanged(() => {});
  expect(calls).toEqual(['getDraft', 'sub:draftChanged']);
});

test('every channel input rejects unknown keys', () => {
  for (const channel of channels) {
    const { input } = contract[channel];
    expect(input.safeParse({ __extra: 1 }).success, channel).toBe(false);
  }
});
