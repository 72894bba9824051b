import { createHmac } from 'node:crypto';
import { PublishError } from '../errors';

export interface AdminKey {
  id: string;
  secret: Buffer;
}

/** Ghost allows Admin API tokens to live at most five minutes. */
const TOKEN_LIFETIME_S = 5 * 60;

/** `id:secret` as Ghost Admin → Settings → Integrations shows it: 24 hex, a colon, 64 hex. */
export function parseAdminKey(text: string): AdminKey {
  const match = /^([0-9a-f]{24}):([0-9a-f]{64})$/i.exec(text.trim());
  if (!match) {
    throw new PublishError(
      'credentials',
      'That is not a Ghost Admin API key: it looks like 24 hex characters, a colon, then 64 more (Ghost Admin → Settings → Integrations). The Content API key will not do.',
    );
  }
  return { id: match[1]!.toLowerCase(), secret: Buffer.from(match[2]!, 'hex') };
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A fresh HS256 JWT for one request: kid = key id, aud `/admin/`, exp = iat + 5 min. */
export function adminToken(key: AdminKey, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT', kid: key.id })}.${part({ iat, exp: iat + TOKEN_LIFETIME_S, aud: '/admin/' })}`;
  return `${unsigned}.${createHmac('sha256', key.secret).update(unsigned).digest('base64url')}`;
}
