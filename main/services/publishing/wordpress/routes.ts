export type Query = Record<string, string | number | undefined>;

/**
 * The URL of a REST route below a root that is either "pretty" (`https://site/wp-json/`) or
 * "plain" (`https://site/?rest_route=/`): sites with plain permalinks only answer the second,
 * and the connection doctor records whichever the site actually serves.
 */
export function routeUrl(root: string, route: string, query: Query = {}): URL {
  const base = new URL(root);
  const path = route.replace(/^\/+/, '');
  let url: URL;
  if (base.searchParams.has('rest_route')) {
    url = new URL(base.href);
    url.searchParams.set('rest_route', `/${path}`);
  } else {
    url = new URL(path, base.href.endsWith('/') ? base.href : `${base.href}/`);
  }
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}
