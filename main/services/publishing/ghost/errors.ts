import { PublishError, retryAfterMs, serverText } from '../errors';
import { tryJson, type HttpResponse } from '../http';
import { GhostErrorBody } from './schemas';

/** jsonwebtoken's words when a token is outside its time window, as Ghost passes them on. */
const TOKEN_TIME = /jwt expired|maxAge exceeded|jwt not active|iat/i;

export const isClockError = (error: PublishError): boolean =>
  error.details.code === 'INVALID_JWT' && TOKEN_TIME.test(error.message);

/** A non-2xx Ghost Admin API answer as a PublishError; `action` completes "could not …". */
export function ghostError(response: HttpResponse, action: string): PublishError {
  const { status } = response;
  const parsed = GhostErrorBody.safeParse(tryJson(response.text));
  const first = parsed.success ? parsed.data.errors[0] : undefined;
  const code = first?.code ?? first?.type ?? undefined;
  const said = first ? serverText([first.message, first.context].filter(Boolean).join(' ')) : '';
  const details = { status, ...(code ? { code } : {}) };
  const host = new URL(response.url).host;

  if (status >= 300 && status < 400) {
    const to = serverText(response.headers.get('location') ?? 'another address', 200);
    return new PublishError(
      'redirected',
      `${host} redirects Copydesk to ${to}: if the site moved, update its address in the account.`,
      details,
    );
  }
  if (status === 409 && code === 'UPDATE_COLLISION') {
    return new PublishError('conflict', 'Someone changed this post in Ghost since Copydesk last published it.', details);
  }
  if (status === 401 || first?.code === 'INVALID_JWT' || first?.code === 'MISSING_ADMIN_API_KID') {
    if (first?.code === 'INVALID_JWT' && TOKEN_TIME.test(first.message)) {
      return new PublishError(
        'credentials',
        `Ghost refused Copydesk's sign-in token as outside its 5-minute window (${said}): this computer's clock is probably wrong.`,
        details,
      );
    }
    return new PublishError('credentials', `Ghost refused the Admin API key${said ? ` (${said})` : ''}.`, details);
  }
  if (status === 403)
    return new PublishError('permission', `Ghost does not allow this key to ${action}${said ? `: ${said}` : '.'}`, details);
  if (status === 404) {
    if (first?.type === 'NotFoundError')
      return new PublishError('not_found', `Could not ${action}: it no longer exists in Ghost (deleted?).`, details);
    return new PublishError('not_cms', `${host} has no Ghost Admin API: check the address.`, details);
  }
  if (status === 429) {
    const wait = retryAfterMs(response.headers.get('retry-after'));
    return new PublishError('rate_limited', `${host} asks Copydesk to slow down (429).`, {
      ...details,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    });
  }
  if (status >= 500)
    return new PublishError('server', `${host} failed with a server error (${status})${said ? `: ${said}` : ''}.`, details);
  if (status === 413) return new PublishError('rejected', `${host} refused the upload as too large.`, details);
  return new PublishError(
    'rejected',
    `Could not ${action}: Ghost did not accept the request (${status})${said ? `: ${said}` : ''}`,
    details,
  );
}
