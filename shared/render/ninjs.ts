import { parseBody } from '../article/body';
import { blockOfType } from '../blocks/registry';
import { slugify } from '../text/slug';
import { blockContext, type RenderableArticle, type RenderContext } from './article';
import { canonicalBody } from './canonicalBody';
import { toHtml } from './html';
import type { NinjsAssociation, NinjsItem, NinjsSubject, NinjsText } from './ninjsTypes';

export const NINJS_VERSION = '2.4';
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.4.json';

const isoTime = (ms: number): string => new Date(ms).toISOString();

const texts = (entries: ReadonlyArray<readonly [role: string, value: string]>): NinjsText[] =>
  entries.filter(([, value]) => value.trim() !== '').map(([role, value]) => ({ role, contenttype: 'text/plain', value }));

function subject(name: string, rel: 'section' | 'tag'): NinjsSubject {
  const slug = slugify(name);
  return { name, rel, ...(slug === '' ? {} : { uri: `urn:copydesk:${rel}:${slug}` }) };
}

/** The article's figures as pictures, the featured one named "featureimage" as ninjs examples do. */
function associations(article: RenderableArticle, ctx: RenderContext): NinjsAssociation[] {
  const blockCtx = blockContext(ctx, article.meta.language);
  const found: NinjsAssociation[] = [];
  let featured = false;
  for (const node of canonicalBody(parseBody(article.body)).root.children) {
    const isFeatured: boolean = !featured && node.type === 'figure' && (node.asset as { sha256: string }).sha256 === article.meta.featuredImage;
    const association = blockOfType(node.type)?.ninjsAssociation(node, blockCtx, isFeatured ? 'featureimage' : `picture${found.length + 1}`);
    if (!association) continue;
    featured ||= isFeatured;
    found.push(association);
  }
  return found;
}

/**
 * The article as an IPTC ninjs 2.4 news item (valid against shared/schemas/ninjs/). The body is
 * toHtml's, without appeals: they ask this newsroom's readers for support and do not belong in
 * copy sent to others. `version` is the time of the last edit, which only ever grows.
 */
export function toNinjs(article: RenderableArticle, ctx: RenderContext): NinjsItem {
  const { meta } = article;
  const withoutAppeals: RenderContext = { appeal: () => undefined, assetUrl: (asset) => ctx.assetUrl(asset) };
  const headlines = texts([['main', article.headline], ['seo', meta.seoTitle]]);
  const descriptions = texts([['summary', article.standfirst], ['seo', meta.seoDescription]]);
  const subjects = [...(meta.section.trim() === '' ? [] : [subject(meta.section, 'section')]), ...meta.tags.map((tag) => subject(tag, 'tag'))];
  const pictures = associations(article, ctx);
  return {
    uri: `urn:copydesk:article:${encodeURIComponent(article.id)}`,
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationtype: 'full',
    version: String(article.updatedAt),
    firstcreated: isoTime(article.createdAt),
    versioncreated: isoTime(article.updatedAt),
    language: meta.language,
    ...(headlines.length > 0 ? { headlines } : {}),
    ...(descriptions.length > 0 ? { descriptions } : {}),
    bodies: [{ role: 'main', contenttype: 'text/html', value: toHtml(article, withoutAppeals) }],
    ...(article.byline.trim() === '' ? {} : { by: article.byline }),
    ...(meta.slug === '' ? {} : { slugline: meta.slug }),
    ...(meta.dateline.trim() === '' ? {} : { located: meta.dateline }),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(pictures.length > 0 ? { associations: pictures } : {}),
  };
}
