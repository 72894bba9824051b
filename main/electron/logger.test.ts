import { expect, test, vi } from 'vitest';
import { createConsoleLogger, redact } from './logger';

function captured() {
  const sink = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  return { sink, log: createConsoleLogger(sink) };
}

test('messages go to the matching console level, tagged, with details as JSON', () => {
  const { sink, log } = captured();
  log.info('started');
  log.warn('ipc request rejected', { channel: 'getDraft', code: 'bad_request' });
  log.error('boom', { error: 'Error: boom' });
  expect(sink.info).toHaveBeenCalledWith('[copydesk] started');
  expect(sink.warn).toHaveBeenCalledWith('[copydesk] ipc request rejected', '{"channel":"getDraft","code":"bad_request"}');
  expect(sink.error).toHaveBeenCalledWith('[copydesk] boom', '{"error":"Error: boom"}');
});

test('secret-looking fields are redacted at any depth', () => {
  expect(
    redact({
      password: 'hunter2',
      apiKey: 'k',
      api_key: 'k',
      accessToken: 't',
      Authorization: 'Bearer t',
      cookie: 'c',
      nested: { clientSecret: 's', credentials: { user: 'u' }, author: 'Jane Reporter' },
    }),
  ).toEqual({
    password: '[redacted]',
    apiKey: '[redacted]',
    api_key: '[redacted]',
    accessToken: '[redacted]',
    Authorization: '[redacted]',
    cookie: '[redacted]',
    nested: { clientSecret: '[redacted]', credentials: '[redacted]', author: 'Jane Reporter' },
  });
});

test('URLs lose their credentials, query and fragment, in details and in the message', () => {
  const { sink, log } = captured();
  log.warn('navigation to https://bob:pw@example.com/path?token=abc#x refused', {
    url: 'https://example.com/cb?code=123&state=4',
    sender: 'app://copydesk/index.html#draft',
  });
  const [message, details] = sink.warn.mock.calls[0]!;
  expect(message).toBe('[copydesk] navigation to https://example.com/path refused');
  expect(JSON.parse(details)).toEqual({ url: 'https://example.com/cb', sender: 'app://copydesk/index.html' });
});

test('long text is cut, deep or long structures are bounded', () => {
  expect((redact('x'.repeat(10_000)) as string).length).toBeLessThanOrEqual(501);
  expect(redact({ a: { b: { c: { d: { e: 1 } } } } })).toEqual({ a: { b: { c: { d: '[…]' } } } });
  expect(redact(Array.from({ length: 100 }, (_, i) => i))).toHaveLength(20);
});
