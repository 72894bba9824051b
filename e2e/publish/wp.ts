import { routeUrl } from '../../main/services/publishing/wordpress/routes';
import type { WordPressSite } from '../wordpress/site';

// REST calls as the administrator: the "someone else" who edits the post on the site.

const auth = (site: WordPressSite) => {
  const { username, appPassword } = site.users.administrator;
  return { Authorization: `Basic ${Buffer.from(`${username}:${appPassword}`).toString('base64')}` };
};

interface Post {
  id: number;
  title: { raw: string };
  link: string;
}

/** The post published at `url` (the site starts with WordPress' own sample post, too). */
export async function postAt(site: WordPressSite, url: string): Promise<Post> {
  const response = await fetch(
    routeUrl(site.rest, 'wp/v2/posts', { status: 'draft,pending,future,publish,private', context: 'edit', _fields: 'id,title,link' }),
    { headers: auth(site) },
  );
  if (!response.ok) throw new Error(`listing posts: ${response.status}`);
  const posts = (await response.json()) as Post[];
  const found = posts.filter((post) => post.link === url);
  if (found.length !== 1) throw new Error(`expected one post at ${url}, the site has ${found.length}`);
  return found[0]!;
}

export async function retitle(site: WordPressSite, id: number, title: string): Promise<void> {
  const response = await fetch(routeUrl(site.rest, `wp/v2/posts/${id}`), {
    method: 'POST',
    headers: { ...auth(site), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (!response.ok) throw new Error(`retitling post ${id}: ${response.status}`);
}
