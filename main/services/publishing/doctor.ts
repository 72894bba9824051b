import { isNetworkFailure, PublishError } from './errors';
import { send, tryJson, type FetchLike, type HttpResponse } from './http';
import { below, parseSiteUrl } from './site-url';
import { createWordPressClient } from './wordpress/client';
import { routeUrl } from './wordpress/routes';
import { WpErrorBody, WpIndex, type WpUser } from './wordpress/schemas';

export type WordPressDiagnosisStatus =
  | 'ok'
  | 'bad_address'
  | 'unreachable'
  | 'not_wordpress'
  | 'rest_disabled'
  | 'app_passwords_unavailable'
  | 'credentials_refused'
  | 'not_allowed'
  | 'site_error';

export interface WordPressDiagnosis {
  status: WordPressDiagnosisStatus;
  /** Plain words for the reporter: what is wrong and what to do. */
  message: string;
  /** Where the REST API answers: what the account should store for the client. */
  restRoot?: string;
  user?: { id: number; name: string; roles: string[] };
  canPublish?: boolean;
  canUpload?: boolean;
}

export interface WordPressCheck {
  siteUrl: string;
  username: string;
  appPassword: string;
}

export interface DoctorOptions {
  timeoutMs?: number;
  fetch?: FetchLike;
}

type Discovery =
  | { found: true; restRoot: string; index?: WpIndex }
  | { found: false; wordpress: boolean; otherApi: boolean; serverError?: number };

const API_REL = /<([^>]+)>\s*;\s*rel="?https:\/\/api\.w\.org\/"?/i;
const API_LINK_TAG = /<link[^>]+rel=["']https:\/\/api\.w\.org\/["'][^>]*href=["']([^"']+)["']/i;
const WORDPRESS_HTML = /\/wp-(content|includes)\/|<meta[^>]+generator[^>]+WordPress/i;

/** WordPress advertises its REST root in a Link header and a <link> tag on every page. */
function advertisedRoot(home: HttpResponse): string | undefined {
  const href = home.headers.get('link')?.match(API_REL)?.[1] ?? home.text.match(API_LINK_TAG)?.[1];
  if (!href) return undefined;
  try {
    return new URL(href.replace(/&amp;/g, '&'), home.url).href;
  } catch {
    return undefined;
  }
}

/**
 * Finds the REST root without credentials: the advertised one, then /wp-json/, then
 * /?rest_route=/, which works even with plain permalinks (where /wp-json/ is the HTML home page
 * with a 200). Anonymous GETs may follow redirects (http → https, www); the root recorded is
 * where the answer actually came from, so later authenticated requests need none.
 */
async function discover(site: URL, get: (url: URL) => Promise<HttpResponse>): Promise<Discovery> {
  const home = await get(site);
  const candidates = new Set([advertisedRoot(home), below(site, 'wp-json/').href, below(site, '?rest_route=/').href]);
  let wordpress = API_REL.test(home.headers.get('link') ?? '') || WORDPRESS_HTML.test(home.text);
  let otherApi = false;
  let serverError = home.status >= 500 ? home.status : undefined;
  for (const candidate of candidates) {
    if (!candidate) continue;
    const response = await get(new URL(candidate)).catch(() => null);
    if (!response) continue;
    if (response.status >= 500) serverError ??= response.status;
    const data = tryJson(response.text);
    const index = WpIndex.safeParse(data);
    if (response.status === 200 && index.success) {
      if (index.data.namespaces.includes('wp/v2')) return { found: true, restRoot: response.url, index: index.data };
      otherApi = true;
      continue;
    }
    const error = WpErrorBody.safeParse(data);
    if (error.success && error.data.code.startsWith('rest_')) {
      // Some security plugins let only signed-in users see the REST API: try with credentials.
      if (response.status === 401 || response.status === 403) return { found: true, restRoot: response.url };
      wordpress = true;
    }
  }
  return { found: false, wordpress, otherApi, ...(serverError ? { serverError } : {}) };
}

/** WordPress answers 501 `application_passwords_disabled` when the site cannot use them. */
async function appPasswordsUnavailable(restRoot: string, index: WpIndex | undefined, get: (url: URL) => Promise<HttpResponse>) {
  const probe = await get(routeUrl(restRoot, 'wp/v2/users/me/application-passwords')).catch(() => null);
  if (
    probe &&
    (probe.status === 501 || WpErrorBody.safeParse(tryJson(probe.text)).data?.code === 'application_passwords_disabled')
  ) {
    return true;
  }
  // WordPress ≥ 5.6 lists them under `authentication` in the index when usable; older ones have none.
  const methods = index?.authentication;
  return index !== undefined && !(methods && !Array.isArray(methods) && 'application-passwords' in methods);
}

function describeUser(user: WpUser, site: string): WordPressDiagnosis {
  const who = `${user.name} (${user.roles.join(', ') || 'no role'})`;
  const canPublish = user.capabilities.publish_posts === true;
  const canUpload = user.capabilities.upload_files === true;
  const base = { user: { id: user.id, name: user.name, roles: user.roles }, canPublish, canUpload };
  if (canPublish && canUpload) return { ...base, status: 'ok', message: `Connected to ${site} as ${who}.` };
  const cannot = [!canPublish && 'publish posts', !canUpload && 'upload media'].filter(Boolean).join(' or ');
  return {
    ...base,
    status: 'not_allowed',
    message: `Signed in to ${site} as ${who}, but this account cannot ${cannot}. Ask the site's administrator for the Author or Editor role.`,
  };
}

/** A failure with no WordPress-specific meaning: the network's fault, or the site's. */
const failed = (error: PublishError): WordPressDiagnosis => ({
  status: isNetworkFailure(error) ? 'unreachable' : 'site_error',
  message: error.message,
});

/**
 * The connection doctor for a WordPress account: says in plain words which of the usual things
 * is wrong, or who the account signs in as. Never throws for anything a site can do.
 */
export async function diagnoseWordPress(check: WordPressCheck, options: DoctorOptions = {}): Promise<WordPressDiagnosis> {
  const { timeoutMs = 15_000, fetch: fetchImpl } = options;
  let site: URL;
  try {
    site = parseSiteUrl(check.siteUrl);
  } catch (error) {
    if (error instanceof PublishError) return { status: 'bad_address', message: error.message };
    throw error;
  }
  const get = (url: URL) =>
    send(
      { method: 'GET', url, headers: { Accept: 'application/json, text/html;q=0.5' }, timeoutMs, followRedirects: true },
      fetchImpl,
    );
  const host = site.host;

  let discovery: Discovery;
  try {
    discovery = await discover(site, get);
  } catch (error) {
    if (error instanceof PublishError) return failed(error);
    throw error;
  }
  if (!discovery.found) {
    if (discovery.serverError) {
      return {
        status: 'site_error',
        message: `${host} answers with server errors (${discovery.serverError}): the site may be down or broken. Try again later.`,
      };
    }
    if (discovery.wordpress) {
      return {
        status: 'rest_disabled',
        message: `${host} is a WordPress site, but its REST API is switched off or blocked, and Copydesk publishes through it. Ask the site's administrator to allow the REST API (security plugins often have a setting for it).`,
      };
    }
    return {
      status: 'not_wordpress',
      message: discovery.otherApi
        ? `${host} has a REST API, but not WordPress's (no wp/v2). Check the address.`
        : `${host} answers, but it is not a WordPress site: there is no WordPress REST API at /wp-json/. Check the address: it should be the site's home page.`,
    };
  }

  const { restRoot, index } = discovery;
  const siteName = index?.name ? `“${index.name}”` : host;
  const client = createWordPressClient(
    { restRoot, username: check.username, appPassword: check.appPassword },
    { timeoutMs, fetch: fetchImpl },
  );
  try {
    return { ...describeUser(await client.me(), siteName), restRoot };
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    if (error.kind === 'credentials') {
      if (await appPasswordsUnavailable(restRoot, index, get)) {
        return {
          status: 'app_passwords_unavailable',
          restRoot,
          message:
            new URL(restRoot).protocol === 'http:'
              ? `${siteName} does not accept application passwords: WordPress allows them only over https, and this address is plain http. Use the site's https:// address, or ask its administrator.`
              : `${siteName} does not accept application passwords: they are switched off on this site (by a plugin or its configuration). Ask the site's administrator to allow them.`,
        };
      }
      return {
        status: 'credentials_refused',
        restRoot,
        message: `${siteName} refused the username or application password. Check both: it must be an application password (Users → Profile → Application Passwords), not the password used to log in.`,
      };
    }
    if (error.kind === 'not_cms') {
      return {
        status: 'rest_disabled',
        restRoot,
        message: `${siteName} blocks the part of its REST API that tells Copydesk who is signed in (/wp/v2/users/me). Ask the site's administrator to allow it.`,
      };
    }
    return { ...failed(error), restRoot };
  }
}
