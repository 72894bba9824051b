// Secrets: an account's password or key, set through the real dispatcher, never comes back out —
// not in any IPC answer or event, not in any log line or console output, and not in any file
// under the profile (the database, its WAL, accounts.json, assets), in any common encoding. The
// cipher is a fake that marks its ciphertext, so the test also proves what is stored is the
// cipher's output and not the plaintext.
//
// Two flows: a Ghost account publishing to the Ghost contract server until the job is done, and
// a WordPress account against a hostile site that echoes the request's Authorization header back
// in every answer (error messages included), driven through the connection doctor, terms, a
// failing publish, retry and cancel, and requests refused with the secret inside.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { startGhostContractServer } from '../../../e2e/ghost/contract-server';
import type { Draft } from '../../../shared/article/draft';
import type { PublishJob } from '../../../shared/ipc/contract';
import { openAppServices } from '../app-services';
import type { Logger } from '../ipc/dispatcher';
import type { SecretCipher } from '../publishing/accounts/cipher';
import { json, startStub } from '../publishing/testing/stub-server';

const ORIGIN = 'app://copydesk';
const MARK = Buffer.from('fake-cipher:');

/** Reversible and obviously not plaintext: a marker, then every byte XORed. */
function fakeCipher(): SecretCipher & { ciphertexts: Buffer[] } {
  const ciphertexts: Buffer[] = [];
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  return {
    ciphertexts,
    protection: () => 'os',
    encrypt(plain) {
      const out = Buffer.concat([MARK, xor(Buffer.from(plain, 'utf8'))]);
      ciphertexts.push(out);
      return out;
    },
    decrypt(ciphertext) {
      if (!ciphertext.subarray(0, MARK.length).equals(MARK)) throw new Error('not ours');
      return xor(ciphertext.subarray(MARK.length)).toString('utf8');
    },
  };
}

/** The secret as it could leak: as is, in UTF-16, base64 (alone or as Basic auth), hex, URL-encoded. */
function encodings(secret: string, username?: string): Buffer[] {
  const forms = [
    Buffer.from(secret, 'utf8'),
    Buffer.from(secret, 'utf16le'),
    Buffer.from(Buffer.from(secret).toString('base64').replace(/=+$/, '')),
    Buffer.from(Buffer.from(secret).toString('hex')),
    Buffer.from(encodeURIComponent(secret)),
  ];
  if (username !== undefined) forms.push(Buffer.from(Buffer.from(`${username}:${secret}`).toString('base64').replace(/=+$/, '')));
  return forms;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

/** Real services on a temporary profile, with every output, event, log line and console line kept. */
function open() {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'copydesk-secrets-'));
  const seen: string[] = [];
  const keep = (where: string) => (...args: unknown[]) => void seen.push(`${where} ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg) ?? String(arg))).join(' ')}`);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation(keep(`console.${method}`));
  const log: Logger = { warn: keep('log.warn'), error: keep('log.error') };
  const cipher = fakeCipher();
  const services = openAppServices({
    profileDir,
    appOrigin: ORIGIN,
    log,
    ports: { cipher, openExternal: async () => {} },
    publishingTuning: { retry: { baseMs: 10, maxMs: 20, maxRetryAfterMs: 20 }, timeoutMs: 2_000 },
  });
  services.onEvent((event, payload) => seen.push(`event ${event} ${JSON.stringify(payload)}`));
  cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }), () => services.close());
  const call = async (channel: string, input: unknown) => {
    const result = await services.dispatch(channel, input, { url: `${ORIGIN}/index.html`, isMainFrame: true });
    seen.push(`ipc ${channel} ${JSON.stringify(result)}`);
    return result;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async <T = any>(channel: string, input: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const settle = async (draftId: string, jobId: string, states: string[]) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const job = (await ok<PublishJob[]>('listJobs', { draftId })).find((j) => j.id === jobId)!;
      if (states.includes(job.state)) return job;
      if (Date.now() > deadline) throw new Error(`job stuck in ${job.state}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  /** After the flow: the secret in none of what was seen, nor in any file of the profile. */
  const expectNowhere = (needles: Buffer[], what: string) => {
    const scan = () => {
      const all = files(profileDir);
      let bytes = 0;
      for (const file of all) {
        const content = readFileSync(file);
        bytes += content.length;
        for (const needle of needles) expect(content.includes(needle), `${what} in ${path.relative(profileDir, file)}`).toBe(false);
      }
      return { files: all.map((file) => path.relative(profileDir, file)), bytes };
    };
    // Open (the WAL and its index still there), then closed (checkpointed into the database).
    const whileOpen = scan();
    services.close();
    const closed = scan();
    expect(closed.files).toContain('drafts.sqlite');
    for (const needle of needles) {
      const leaks = seen.filter((line) => Buffer.from(line, 'utf8').includes(needle));
      expect(leaks, `${what} (${needle.toString('latin1')}) in IPC/log/console output`).toEqual([]);
    }
    // What is stored is the cipher's output.
    const stored = readFileSync(path.join(profileDir, 'accounts.json'), 'utf8');
    expect(cipher.ciphertexts.length).toBeGreaterThan(0);
    expect(stored).toContain(cipher.ciphertexts.at(-1)!.toString('base64'));
    return { lines: seen.length, files: new Set([...whileOpen.files, ...closed.files]).size, bytes: whileOpen.bytes + closed.bytes };
  };
  return { call, ok, settle, expectNowhere, seen };
}

test('a Ghost key used to publish appears in no output, log or file', { timeout: 30_000 }, async () => {
  const ghost = await startGhostContractServer();
  cleanups.push(() => ghost.close());
  const { ok, settle, expectNowhere } = open();
  const { id } = await ok('saveAccount', { kind: 'ghost', label: 'Blog', siteUrl: ghost.url });
  await ok('setAccountSecret', { id, secret: ghost.adminKey });
  await ok('listAccounts', {});
  expect((await ok('checkConnection', { id })).ok).toBe(true);
  const draft = await ok<Draft>('createDraft', {});
  await ok('saveDraft', { id: draft.id, headline: 'Harbour reopens', standfirst: 'Boats are back', byline: 'Staff', body: draft.body });
  // Going live needs approval (the workflow's house rule): a one-person newsroom approves it here.
  await ok('setPerson', { name: 'Desk', role: 'admin' });
  await ok('transition', { id: draft.id, action: 'submit', note: '' });
  await ok('transition', { id: draft.id, action: 'approve', note: '' });
  const { jobId } = await ok('publishDraft', { draftId: draft.id, accountId: id, status: 'publish' });
  expect((await settle(draft.id, jobId, ['done', 'needs_attention'])).state).toBe('done');
  await ok('exportDraft', { id: draft.id, format: 'ninjs' }).catch(() => undefined);

  // The key's id half is public (it is the JWT's kid); its secret half and the whole key are not.
  const secretHalf = ghost.adminKey.split(':')[1]!;
  const counts = expectNowhere([...encodings(ghost.adminKey), ...encodings(secretHalf)], 'the Ghost Admin API key');
  vi.restoreAllMocks();
  console.info(`[secrets] ghost: ${counts.lines} outputs/log lines and ${counts.files} profile files (${counts.bytes} bytes scanned, open and closed) hold no form of the key`);
});

test('a WordPress password echoed back by a hostile site appears in no output, log or file', { timeout: 30_000 }, async () => {
  const SECRET = 'Zq7x Kp2m Wv9n Lr4t Hs6b Jd3c';
  const USER = 'editor';
  // Echoes the Authorization header (and the password decoded from it) in everything it says.
  const site = await startStub((request, response) => {
    const auth = String(request.headers.authorization ?? '');
    const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : '';
    const echo = `you sent ${auth} (${decoded})`;
    if (request.url.startsWith('/wp-json/wp/v2/users/me')) {
      json(response, 401, { code: 'incorrect_password', message: echo, data: { status: 401, auth } }, { 'X-Echo': auth });
    } else if (request.url === '/wp-json/' || request.url.startsWith('/wp-json/?')) {
      json(response, 200, { name: echo, description: echo, namespaces: ['wp/v2'], authentication: { 'application-passwords': { endpoints: { authorization: echo } } } });
    } else {
      json(response, 500, { code: echo, message: echo, data: { status: 500 } });
    }
  });
  cleanups.push(() => site.close());
  const { call, ok, settle, expectNowhere } = open();
  const { id } = await ok('saveAccount', { kind: 'wordpress', label: 'Site', siteUrl: site.url, username: USER });
  await ok('setAccountSecret', { id, secret: SECRET });
  // Refused requests that carry the secret: too long, as an unknown key's value or name, a wrong type beside it.
  expect((await call('setAccountSecret', { id, secret: SECRET.repeat(40) })).ok).toBe(false);
  expect((await call('setAccountSecret', { id, secret: SECRET, extra: SECRET })).ok).toBe(false);
  expect((await call('setAccountSecret', { id, secret: SECRET, [SECRET]: true })).ok).toBe(false);
  expect((await call('setAccountSecret', { id, secret: SECRET, acceptWeakStorage: SECRET })).ok).toBe(false);
  expect((await call('saveAccount', { kind: 'wordpress', label: SECRET, siteUrl: `https://${USER}:${SECRET}@example.org`, username: USER })).ok).toBe(false);

  const check = await ok('checkConnection', { id });
  expect(check.ok).toBe(false);
  await call('listTerms', { accountId: id });
  const draft = await ok<Draft>('createDraft', {});
  await ok('saveDraft', { id: draft.id, headline: 'Bridge closed', standfirst: '', byline: '', body: draft.body });
  const { jobId } = await ok('publishDraft', { draftId: draft.id, accountId: id, status: 'draft' });
  await settle(draft.id, jobId, ['needs_attention', 'retrying', 'conflict', 'done']);
  await call('retryJob', { jobId });
  await call('cancelJob', { jobId });
  await ok('listJobs', {});
  await ok('listAccounts', {});
  // The site did see the secret (it is the only party that should), so the test is not vacuous.
  expect(site.requests.some((request) => String(request.headers.authorization ?? '').length > 0)).toBe(true);

  const counts = expectNowhere(encodings(SECRET, USER), 'the WordPress application password');
  vi.restoreAllMocks();
  console.info(`[secrets] wordpress: ${counts.lines} outputs/log lines and ${counts.files} profile files (${counts.bytes} bytes scanned, open and closed) hold no form of the password`);
});
