import type { z } from 'zod';
import type { ConnectionCheck } from '../../../../shared/ipc/contract';
import { AppError } from '../../../../shared/ipc/result';
import { diagnoseWordPress } from '../doctor';
import { PublishError } from '../errors';
import { diagnoseGhost } from '../ghost/doctor';
import type { FetchLike } from '../http';
import { toAppError } from '../remote-error';
import { createWordPressClient, type WordPressClient } from '../wordpress/client';
import type { AccountsService, Credentials } from './accounts';

type Check = z.output<typeof ConnectionCheck>;
type WordPressCredentials = Extract<Credentials, { kind: 'wordpress' }>;

export interface ConnectionOptions {
  timeoutMs?: number;
  fetch?: FetchLike;
}

// WordPress stores term names HTML-escaped ("Arts &amp; Culture"); the dialog shows text.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });

const noUser = { user: null, canPublish: null, canUpload: null };

/**
 * The WordPress REST root for an account: as the doctor found it before, or found now and
 * remembered. A site where the doctor finds none is a clear error, not a guess.
 */
async function wordpressRestRoot(
  accounts: AccountsService,
  { account, appPassword }: WordPressCredentials,
  options: ConnectionOptions,
): Promise<string> {
  if (account.restRoot) return account.restRoot;
  const diagnosis = await diagnoseWordPress({ siteUrl: account.siteUrl, username: account.username, appPassword }, options);
  if (!diagnosis.restRoot) {
    // Offline or a failing site is worth retrying; anything else needs the user.
    if (diagnosis.status === 'unreachable') throw new PublishError('unreachable', diagnosis.message);
    if (diagnosis.status === 'site_error') throw new PublishError('server', diagnosis.message);
    throw new AppError('bad_request', diagnosis.message);
  }
  accounts.setRestRoot(account.id, diagnosis.restRoot);
  return diagnosis.restRoot;
}

export async function wordpressClient(
  accounts: AccountsService,
  credentials: WordPressCredentials,
  options: ConnectionOptions & Parameters<typeof createWordPressClient>[1],
): Promise<WordPressClient> {
  const restRoot = await wordpressRestRoot(accounts, credentials, options);
  return createWordPressClient({ restRoot, username: credentials.account.username, appPassword: credentials.appPassword }, options);
}

/** "Check connection": the doctor for the account's kind, with its stored secret. */
export async function checkConnection(accounts: AccountsService, id: string, options: ConnectionOptions = {}): Promise<Check> {
  const summary = accounts.list().find((account) => account.id === id);
  if (!summary) throw new AppError('not_found', 'This account no longer exists.');
  if (summary.secretStatus === 'missing')
    return { ok: false, status: 'secret_missing', message: 'Enter the password first.', ...noUser };
  if (summary.secretStatus === 'needs-password') {
    return {
      ok: false,
      status: 'needs_password',
      message: "The stored password can no longer be read (this computer's keyring changed): enter it again.",
      ...noUser,
    };
  }
  const credentials = accounts.credentials(id);
  if (credentials.kind === 'ghost') {
    const result = await diagnoseGhost({ siteUrl: credentials.account.siteUrl, adminKey: credentials.adminKey }, options);
    return { ok: result.status === 'ok', status: result.status, message: result.message, ...noUser };
  }
  const { account, appPassword } = credentials;
  const result = await diagnoseWordPress({ siteUrl: account.siteUrl, username: account.username, appPassword }, options);
  if (result.restRoot && (result.status === 'ok' || result.status === 'not_allowed')) accounts.setRestRoot(id, result.restRoot);
  return {
    ok: result.status === 'ok',
    status: result.status,
    message: result.message,
    user: result.user ? { name: result.user.name, roles: result.user.roles } : null,
    canPublish: result.canPublish ?? null,
    canUpload: result.canUpload ?? null,
  };
}

/** Categories and tags for the publish dialog (WordPress; Ghost's tags are the article's own). */
export async function listTerms(accounts: AccountsService, id: string, options: ConnectionOptions = {}) {
  const credentials = accounts.credentials(id);
  if (credentials.kind === 'ghost') return { categories: [], tags: [] };
  try {
    const client = await wordpressClient(accounts, credentials, options);
    const [categories, tags] = await Promise.all([client.listTerms('categories'), client.listTerms('tags')]);
    const term = ({ id: termId, name, parent }: { id: number; name: string; parent?: number }) => ({
      id: termId,
      name: decodeEntities(name),
      parentId: parent ? parent : null,
    });
    return { categories: categories.map(term), tags: tags.map(term) };
  } catch (error) {
    throw toAppError(error);
  }
}
