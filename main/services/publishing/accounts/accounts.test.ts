import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { openAppServices } from '../../app-services';
import { tempDir } from '../../drafts/testFixtures';
import { json, startStub } from '../testing/stub-server';
import type { Protection } from './cipher';
import { nodeCipher } from './node-cipher';
import { dispatchAs } from '../../testing/dispatchAs';

// The vault through the IPC dispatcher, as the renderer reaches it: the Node stand-in for
// safeStorage, accounts.json on disk, and every log line kept to look for secrets.

const ORIGIN = 'app://copydesk';
const PASSWORD = 'abcd EFGH ijkl MNOP qrst UVWX';
const GHOST_KEY = `${'a1'.repeat(12)}:${'b2'.repeat(32)}`;

function open({ profileDir = tempDir(), protection = 'os' as Protection, keyring = 'login' } = {}) {
  const logged: string[] = [];
  const services = openAppServices({
    profileDir,
    appOrigin: ORIGIN,
    log: {
      warn: (message, details) => logged.push(`${message} ${JSON.stringify(details ?? {})}`),
      error: (message, details) => logged.push(`${message} ${JSON.stringify(details ?? {})}`),
    },
    ports: { cipher: nodeCipher({ keyring, protection }) },
  });
  onTestFinished(() => services.close());
  const { call, ok, refused } = dispatchAs(services, ORIGIN);
  const file = () => readFileSync(path.join(profileDir, 'accounts.json'), 'utf8');
  return { profileDir, logged, call, ok, refused, file };
}

const wordpress = { kind: 'wordpress', label: 'Gazette', siteUrl: 'news.example/', username: 'editor' };

describe('accounts and their secrets', () => {
  test('a secret is stored encrypted: accounts.json holds ciphertext, never the password', async () => {
    const { ok, file } = open();
    const account = await ok('saveAccount', wordpress);
    expect(account).toEqual({
      id: expect.any(String),
      kind: 'wordpress',
      label: 'Gazette',
      siteUrl: 'https://news.example',
      username: 'editor',
      secretStatus: 'missing',
      weakStorage: false,
    });
    expect(await ok('setAccountSecret', { id: account.id, secret: PASSWORD })).toMatchObject({ secretStatus: 'set' });
    expect(await ok('listAccounts', {})).toEqual([{ ...account, secretStatus: 'set' }]);

    const onDisk = file();
    expect(JSON.parse(onDisk).accounts[0].secret).toEqual({ ciphertext: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/), weak: false });
    for (const form of [PASSWORD, PASSWORD.replace(/ /g, ''), Buffer.from(PASSWORD).toString('base64'), Buffer.from(`editor:${PASSWORD}`).toString('base64')]) {
      expect(onDisk).not.toContain(form);
    }

    expect(await ok('clearAccountSecret', { id: account.id })).toMatchObject({ secretStatus: 'missing' });
    expect(JSON.parse(file()).accounts[0].secret).toBeUndefined();
  });

  test('Linux without a keyring: refused with the reason unless weaker storage is accepted', async () => {
    const { ok, refused, file } = open({ protection: 'weak' });
    expect(await ok('secretStorage', {})).toEqual({ protection: 'weak', message: expect.stringContaining('no keyring') });
    const { id } = await ok('saveAccount', wordpress);
    expect(await refused('setAccountSecret', { id, secret: PASSWORD })).toEqual({
      code: 'bad_request',
      message: expect.stringMatching(/no keyring .* accept weaker storage/),
    });
    expect(JSON.parse(file()).accounts[0].secret).toBeUndefined();
    expect(await ok('setAccountSecret', { id, secret: PASSWORD, acceptWeakStorage: true })).toMatchObject({
      secretStatus: 'set',
      weakStorage: true,
    });
    expect(file()).not.toContain(PASSWORD);
  });

  test('no encryption at all: nothing is stored', async () => {
    const { ok, refused, file } = open({ protection: 'unavailable' });
    const { id } = await ok('saveAccount', wordpress);
    const error = await refused('setAccountSecret', { id, secret: PASSWORD, acceptWeakStorage: true });
    expect(error.message).toContain('no way to encrypt');
    expect(file()).not.toContain('ciphertext');
  });

  test('a secret that no longer decrypts (the keyring changed) makes the account "needs password", not a crash', async () => {
    const first = open({ keyring: 'old login' });
    const { id } = await first.ok('saveAccount', wordpress);
    await first.ok('setAccountSecret', { id, secret: PASSWORD });
    const draft = await first.ok('createDraft', {});

    const later = open({ profileDir: first.profileDir, keyring: 'new login' });
    expect(await later.ok('listAccounts', {})).toMatchObject([{ id, secretStatus: 'needs-password' }]);
    expect(await later.ok('checkConnection', { id })).toMatchObject({ ok: false, status: 'needs_password' });
    expect((await later.refused('publishDraft', { draftId: draft.id, accountId: id, status: 'draft' })).message).toContain(
      'needs its password',
    );
    expect(await later.ok('setAccountSecret', { id, secret: PASSWORD })).toMatchObject({ secretStatus: 'set' });
  });

  test('what an account must and must not have', async () => {
    const { ok, refused } = open();
    expect((await refused('saveAccount', { ...wordpress, username: '' })).message).toContain('needs the username');
    expect((await refused('saveAccount', { ...wordpress, kind: 'ghost' })).message).toContain('no username');
    expect((await refused('saveAccount', { ...wordpress, siteUrl: 'https://editor:hunter2@news.example' })).message).toContain(
      'not in the site address',
    );
    const ghost = await ok('saveAccount', { kind: 'ghost', label: 'Blog', siteUrl: 'http://127.0.0.1:2368/blog/' });
    expect(ghost).toMatchObject({ siteUrl: 'http://127.0.0.1:2368/blog', username: '' });
    expect((await refused('saveAccount', { ...wordpress, id: ghost.id })).message).toContain('cannot change between WordPress and Ghost');
    expect((await refused('setAccountSecret', { id: ghost.id, secret: 'a content api key' })).message).toContain(
      'not a Ghost Admin API key',
    );
    expect(await ok('setAccountSecret', { id: ghost.id, secret: GHOST_KEY })).toMatchObject({ secretStatus: 'set' });
    expect(await ok('deleteAccount', { id: ghost.id })).toEqual({ deleted: true });
    expect(await ok('deleteAccount', { id: ghost.id })).toEqual({ deleted: false });
    expect((await refused('setAccountSecret', { id: ghost.id, secret: GHOST_KEY })).code).toBe('not_found');
  });

  test('a damaged profile entry is skipped, the others still load', async () => {
    const { profileDir, ok } = open();
    const { id } = await ok('saveAccount', wordpress);
    const file = path.join(profileDir, 'accounts.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ accounts: [{ id: 'not-an-id', kind: 'ftp' }, ...stored.accounts] }));
    expect((await ok('listAccounts', {})).map((a: { id: string }) => a.id)).toEqual([id]);
  });

  test('no log line carries the secret or an Authorization header, even when a site echoes them', async () => {
    const stub = await startStub(({ url, headers }, response) => {
      if (url.startsWith('/wp-json/wp/v2/users/me')) {
        json(response, 400, { code: `bad_${PASSWORD}`, message: `You sent ${headers.authorization} (${PASSWORD})` });
      } else json(response, 200, { name: 'Stub', namespaces: ['wp/v2'], authentication: { 'application-passwords': {} } });
    });
    onTestFinished(() => stub.close());
    const { ok, call, logged } = open();
    const { id } = await ok('saveAccount', { ...wordpress, siteUrl: stub.url });
    await ok('setAccountSecret', { id, secret: PASSWORD });
    const check = await ok('checkConnection', { id });
    expect(check).toMatchObject({ ok: false, status: 'site_error' });
    await call('listTerms', { accountId: id });
    await call('setAccountSecret', { id, secret: 'x'.repeat(2_000) });
    await call('setAccountSecret', { id: 'nope', secret: PASSWORD });

    expect(logged.length).toBeGreaterThan(0);
    const everything = [...logged, JSON.stringify(check)].join('\n');
    const basic = Buffer.from(`editor:${PASSWORD}`).toString('base64');
    for (const secret of [PASSWORD, PASSWORD.replace(/ /g, ''), basic]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/Basic [A-Za-z0-9+/=]{8,}/);
  });
});
