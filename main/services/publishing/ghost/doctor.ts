import { isNetworkFailure, PublishError } from '../errors';
import { readJson, send, type FetchLike, type HttpResponse } from '../http';
import { below, parseSiteUrl } from '../site-url';
import { createGhostClient } from './client';
import { ghostError, isClockError } from './errors';
import { GhostSite } from './schemas';
import { parseAdminKey } from './token';

export type GhostDiagnosisStatus =
  'ok' | 'bad_address' | 'bad_key' | 'unreachable' | 'not_ghost' | 'credentials_refused' | 'clock_skew' | 'site_error';

export interface GhostDiagnosis {
  status: GhostDiagnosisStatus;
  message: string;
  /** The site's address as Ghost reports it, after redirects: what the account should store. */
  siteUrl?: string;
  /** Site clock minus this computer's, from the Date header (1 s resolution). */
  clockSkewMs?: number;
}

export interface GhostCheck {
  siteUrl: string;
  adminKey: string;
}

export interface GhostDoctorOptions {
  timeoutMs?: number;
  fetch?: FetchLike;
  now?: () => number;
}

/** "7 minutes behind", "2 hours ahead of". */
function describeSkew(skewMs: number): string {
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  const amount = minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${amount} ${skewMs > 0 ? 'behind' : 'ahead of'}`;
}

/** The connection doctor for a Ghost account, in plain words. Never throws for anything a site can do. */
export async function diagnoseGhost(check: GhostCheck, options: GhostDoctorOptions = {}): Promise<GhostDiagnosis> {
  const { timeoutMs = 15_000, fetch: fetchImpl, now = Date.now } = options;
  let site: URL;
  try {
    site = parseSiteUrl(check.siteUrl);
    parseAdminKey(check.adminKey);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    return { status: error.kind === 'credentials' ? 'bad_key' : 'bad_address', message: error.message };
  }

  let response: HttpResponse;
  try {
    response = await send(
      {
        method: 'GET',
        url: below(site, 'ghost/api/admin/site/'),
        headers: { Accept: 'application/json', 'Accept-Version': 'v5.0' },
        timeoutMs,
        followRedirects: true,
      },
      fetchImpl,
    );
  } catch (error) {
    if (error instanceof PublishError)
      return { status: isNetworkFailure(error) ? 'unreachable' : 'site_error', message: error.message };
    throw error;
  }
  if (response.status >= 500) return { status: 'site_error', message: ghostError(response, 'read the site').message };
  const serverDate = Date.parse(response.headers.get('date') ?? '');
  const clockSkewMs = Number.isNaN(serverDate) ? undefined : serverDate - now();
  let title: string;
  try {
    title = readJson(response, GhostSite, 'the site check').site.title;
  } catch {
    return {
      status: 'not_ghost',
      message: `${site.host} answers, but it is not a Ghost site: there is no Ghost Admin API at /ghost/api/admin/. Check the address.`,
    };
  }

  // Where the site answered from (http → https, a separate admin domain), without the route.
  const siteUrl = response.url.replace(/ghost\/api\/admin\/site\/?$/, '');
  const client = createGhostClient({ siteUrl, adminKey: check.adminKey }, { timeoutMs, fetch: fetchImpl, now });
  const base = { siteUrl, ...(clockSkewMs === undefined ? {} : { clockSkewMs }) };
  try {
    await client.checkAccess();
    return { ...base, status: 'ok', message: `Connected to “${title}”.` };
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    if (isClockError(error)) {
      const measured =
        clockSkewMs !== undefined && Math.abs(clockSkewMs) >= 60_000
          ? `this computer's clock is ${describeSkew(clockSkewMs)} the site's`
          : "this computer's clock or the site's is wrong";
      return {
        ...base,
        status: 'clock_skew',
        message: `Ghost refused Copydesk's sign-in because ${measured}. Ghost accepts a sign-in token for 5 minutes only: set this computer's clock to the right time (automatic time), then check again.`,
      };
    }
    if (error.kind === 'credentials' || error.kind === 'permission') {
      return {
        ...base,
        status: 'credentials_refused',
        message: `“${title}” refused the Admin API key. Copy it again from Ghost Admin → Settings → Integrations.`,
      };
    }
    return { ...base, status: isNetworkFailure(error) ? 'unreachable' : 'site_error', message: error.message };
  }
}
