import { type z } from 'zod';
import { PublishError, serverText, type PublishErrorKind } from './errors';

export type FetchLike = typeof fetch;

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData;
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Only anonymous discovery follows redirects. Anything carrying credentials or writing must
   * not: a 301/302 turns a POST into a GET, and the credentials could follow to another host.
   */
  followRedirects?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Where the answer came from, after any redirects. */
  url: string;
}

/** A CMS answer bigger than this is hostile or broken; nothing Copydesk asks for comes close. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

type NetworkCase = readonly [RegExp, PublishErrorKind, (host: string, code: string) => string];

const NETWORK_CASES: readonly NetworkCase[] = [
  [/^ECONNREFUSED$/, 'unreachable', (h) => `${h} refused the connection: check the address and that the site is up.`],
  [
    /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/,
    'unreachable',
    (h) => `The name ${h} could not be found: check the address, or whether this computer is online.`,
  ],
  [/^(ECONNRESET|EPIPE|ECONNABORTED|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, 'unreachable', (h) => `${h} dropped the connection.`],
  [
    /^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/,
    'timeout',
    (h) => `${h} did not answer in time.`,
  ],
  [/^(EHOSTUNREACH|ENETUNREACH|ENETDOWN|EHOSTDOWN)$/, 'unreachable', (h) => `${h} cannot be reached from this network.`],
  [
    /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/,
    'certificate',
    (h, code) =>
      `The secure connection to ${h} failed (${code}): its certificate is not trusted, or this computer's clock is wrong.`,
  ],
];

/** The system error code under undici's "fetch failed" TypeError, however deep it sits. */
function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const { code, errors, cause } = current as { code?: unknown; errors?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    if (Array.isArray(errors) && errors.length) current = errors[0];
    else current = cause;
  }
  return undefined;
}

function failure(error: unknown, request: HttpRequest, timeout: AbortSignal): PublishError {
  if (error instanceof PublishError) return error;
  const host = request.url.host;
  if (timeout.aborted) {
    return new PublishError('timeout', `${host} did not answer within ${Math.ceil(request.timeoutMs / 1000)} s.`);
  }
  if (request.signal?.aborted) return new PublishError('cancelled', 'Cancelled.');
  const code = causeCode(error) ?? '';
  const match = NETWORK_CASES.find(([pattern]) => pattern.test(code));
  if (match) return new PublishError(match[1], match[2](host, code), { code });
  return new PublishError(
    'unreachable',
    `${host} could not be reached (${serverText(String((error as Error)?.message ?? error), 120)}).`,
  );
}

async function readCapped(response: Response, host: string): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  // A reader rather than `for await`, which the DOM's typings (the e2e bridge's) do not offer.
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk = next.value;
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel().catch(() => {});
      throw new PublishError('bad_response', `${host} sent an answer larger than ${MAX_RESPONSE_BYTES >> 20} MB.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** One HTTP exchange, bounded in time and size; every failure is a PublishError. */
export async function send(request: HttpRequest, fetchImpl: FetchLike = fetch): Promise<HttpResponse> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  try {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      // Any Uint8Array will do at run time; the DOM's typings want one over a plain ArrayBuffer.
      body: request.body as string | Uint8Array<ArrayBuffer> | FormData | undefined,
      signal,
      redirect: request.followRedirects ? 'follow' : 'manual',
    });
    const text = await readCapped(response, request.url.host);
    return { status: response.status, headers: response.headers, text, url: response.url || request.url.href };
  } catch (error) {
    throw failure(error, request, timeout);
  }
}

/** The body as JSON, or undefined: for error answers, which may be anything. */
export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const looksLikeHtml = (text: string): boolean => /^\s*<(!doctype|html|head|body|\?xml|!--)/i.test(text);

/**
 * The body parsed and checked against the schema. CMS answers are a hostile boundary: HTML where
 * JSON belongs (a login page, a plain-permalinks home page), a PHP warning printed before the
 * JSON, or the wrong shape all become a PublishError that says which.
 */
export function readJson<S extends z.ZodType>(response: HttpResponse, schema: S, what: string): z.output<S> {
  const host = new URL(response.url).host;
  const data = tryJson(response.text);
  if (data === undefined) {
    const reason = looksLikeHtml(response.text)
      ? 'a web page instead of data: the REST address may be wrong'
      : response.text.trim() === ''
        ? 'nothing'
        : `something that is not JSON, starting "${serverText(response.text, 80)}" (often a PHP warning printed by a plugin)`;
    throw new PublishError('bad_response', `${host} answered ${what} with ${reason}.`, { status: response.status });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new PublishError(
      'bad_response',
      `${host} answered ${what} with data Copydesk does not understand (${where}${issue?.message ?? 'invalid'}).`,
      { status: response.status },
    );
  }
  return parsed.data;
}
