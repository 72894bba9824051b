import { PublishError } from './errors';

/**
 * The site address as a reporter types it, made canonical: https assumed when no scheme is
 * given, no query or fragment, no trailing slash (subdirectory installs keep their path).
 * Credentials in the address are refused: they belong in the account's secret, not in a URL
 * that ends up in settings files and logs.
 */
export function parseSiteUrl(input: string): URL {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new PublishError('rejected', `"${text.slice(0, 100)}" is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PublishError('rejected', 'The site address must start with https:// or http://.');
  }
  if (url.username || url.password) {
    throw new PublishError('rejected', 'Put the username and password in their own fields, not in the site address.');
  }
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url;
}

/** A path below the site: `below(site, 'wp-json/')` keeps a subdirectory install's prefix. */
export function below(site: URL, path: string): URL {
  const base = site.href.endsWith('/') ? site.href : `${site.href}/`;
  return new URL(path, base);
}
