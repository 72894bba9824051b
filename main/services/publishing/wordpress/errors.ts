import { PublishError, retryAfterMs, serverText } from '../errors';
import { tryJson, type HttpResponse } from '../http';
import { WpErrorBody } from './schemas';

const NOT_FOUND_CODES = /^rest_(post|term|user|comment)_invalid_id$|^rest_invalid_id$/;

const PERMISSION_SENTENCE: Record<string, string> = {
  rest_cannot_publish: 'This WordPress account may not publish posts: ask an editor to publish it, or send it for review.',
  rest_cannot_edit_others: "This WordPress account may not edit other people's posts.",
  rest_cannot_assign_term: 'This WordPress account may not assign these categories or tags.',
  rest_cannot_create_term: 'This WordPress account may not create new categories or tags.',
};

/**
 * A non-2xx WordPress answer as a PublishError. `action` completes "may not …" (e.g. "upload
 * media"), because WordPress' own sentence can mislead: a contributor's refused upload says
 * "not allowed to create posts".
 */
export function wordpressError(response: HttpResponse, action: string): PublishError {
  const { status } = response;
  const parsed = WpErrorBody.safeParse(tryJson(response.text));
  const body = parsed.success ? parsed.data : undefined;
  const code = body?.code;
  const said = body ? serverText(body.message) : '';
  const details = { status, ...(code ? { code } : {}) };
  const host = new URL(response.url).host;

  if (status >= 300 && status < 400) {
    const to = response.headers.get('location') ?? 'another address';
    return new PublishError(
      'redirected',
      `${host} redirects Copydesk to ${serverText(to, 200)}: if the site moved or its REST address changed, check the connection again.`,
      details,
    );
  }
  if (status === 401) {
    return new PublishError(
      'credentials',
      `WordPress refused the username or application password${code ? ` (${code})` : ''}.`,
      details,
    );
  }
  if (code === 'application_passwords_disabled') {
    return new PublishError(
      'credentials',
      'This WordPress site does not accept application passwords (they need https).',
      details,
    );
  }
  // The companion review plugin's refusals (build/wordpress-plugin) are written for the newsroom.
  if (code?.startsWith('copydesk_') && said) {
    return new PublishError(status === 403 ? 'permission' : 'rejected', `WordPress refused: ${said}`, details);
  }
  if (status === 403) {
    if (!body) {
      return new PublishError(
        'permission',
        `${host} refused to ${action} (403) without a WordPress reason: a security plugin or firewall may be blocking Copydesk.`,
        details,
      );
    }
    return new PublishError(
      'permission',
      PERMISSION_SENTENCE[code ?? ''] ?? `This WordPress account may not ${action}${code ? ` (${code})` : ''}.`,
      details,
    );
  }
  if (status === 404 || status === 410) {
    if (code && NOT_FOUND_CODES.test(code))
      return new PublishError('not_found', `Could not ${action}: it no longer exists on ${host} (deleted?).`, details);
    return new PublishError(
      'not_cms',
      `${host} has no WordPress REST route to ${action}: the REST API may be switched off, or this is not WordPress.`,
      details,
    );
  }
  if (status === 429 || status === 503) {
    const wait = retryAfterMs(response.headers.get('retry-after'));
    const extra = wait === undefined ? {} : { retryAfterMs: wait };
    if (status === 429)
      return new PublishError('rate_limited', `${host} asks Copydesk to slow down (429).`, { ...details, ...extra });
    return new PublishError('server', `${host} is unavailable for now (503).`, { ...details, ...extra });
  }
  if (status >= 500 && status !== 501) {
    return new PublishError('server', `${host} failed with a server error (${status})${said ? `: ${said}` : ''}.`, details);
  }
  if (status === 413) return new PublishError('rejected', `${host} refused the upload as too large.`, details);
  const params = body?.data?.params
    ? ` ${Object.values(body.data.params)
        .map((p) => serverText(p, 120))
        .join(' ')}`
    : '';
  return new PublishError(
    'rejected',
    `Could not ${action}: WordPress did not accept the request (${status}${code ? ` ${code}` : ''})${said ? `: ${said}` : ''}${params}`,
    details,
  );
}
