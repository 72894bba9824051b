import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseBody, type SerializedNode } from '../../../shared/article/body';
import { Draft } from '../../../shared/article/draft';
import { ArticleMeta } from '../../../shared/article/meta';
import { bodyPlainText } from '../../../shared/article/plainText';
import { AppealBlock } from '../../../shared/blocks/appeal/schema';
import { FigureBlock } from '../../../shared/blocks/figure/schema';
import { SerializedLink, SerializedText } from '../../../shared/blocks/inline';
import { PullQuoteBlock } from '../../../shared/blocks/pullquote/schema';
import { QuoteBlock } from '../../../shared/blocks/quote/schema';
import { countWords } from '../../../shared/text/wordCount';
import { assetPath, sha256Of } from '../assets/files';
import { inspectImage } from '../assets/inspect';
import { openTestServices } from '../testServices';
import { LEAD_IMAGE_BASE64 } from './leadImage';

// Lexical's own nodes, key for key as exportJSON() writes them in 0.52.
const TEXT_KEYS = ['detail', 'format', 'mode', 'style', 'text', 'type', 'version'];
const ELEMENT_KEYS = ['children', 'direction', 'format', 'indent', 'type', 'version'];
const PARAGRAPH_KEYS = [...ELEMENT_KEYS, 'textFormat', 'textStyle'].sort();
const HEADING_KEYS = [...ELEMENT_KEYS, 'tag'].sort();
const LINK_KEYS = [...ELEMENT_KEYS, 'rel', 'target', 'title', 'url'].sort();

const keys = (node: object) => Object.keys(node).sort();

function checkInline(node: SerializedNode): void {
  if (node.type === 'text') {
    expect(keys(node)).toEqual(TEXT_KEYS);
    expect(node).toMatchObject({ version: 1, detail: 0, mode: 'normal', style: '' });
    SerializedText.parse(node);
  } else if (node.type === 'link') {
    expect(keys(node)).toEqual(LINK_KEYS);
    SerializedLink.parse(node);
    node.children?.forEach(checkInline);
  } else {
    throw new Error(`unexpected inline node ${node.type}`);
  }
}

/** Checks a top-level block against its schema (or Lexical's shape) and returns its kind. */
function checkBlock(node: SerializedNode): string {
  switch (node.type) {
    case 'paragraph':
      expect(keys(node)).toEqual(PARAGRAPH_KEYS);
      expect(node).toMatchObject({ version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });
      node.children!.forEach(checkInline);
      return 'paragraph';
    case 'heading':
      expect(keys(node)).toEqual(HEADING_KEYS);
      expect(['h2', 'h3']).toContain(node.tag);
      node.children!.forEach(checkInline);
      return 'heading';
    case 'figure':
      FigureBlock.parse(node);
      (node.caption as SerializedNode[]).forEach(checkInline);
      return 'figure';
    case 'blockquote':
      QuoteBlock.parse(node);
      return 'blockquote';
    case 'pullquote':
      PullQuoteBlock.parse(node);
      return 'pullquote';
    case 'appeal':
      return `appeal:${AppealBlock.parse(node).kind}`;
    default:
      throw new Error(`unexpected block ${node.type}`);
  }
}

describe('the sample article', () => {
  test('is a draft with every block type, each valid, in the planned order', () => {
    const { sample } = openTestServices();
    const draft = Draft.parse(sample.createSampleDraft());
    expect(draft.headline).toBe('Island ferry back in service after three-week repair');
    expect(draft.standfirst).not.toBe('');
    expect(draft.byline).toBe('Dana Whitlock, local affairs reporter');
    const body = parseBody(draft.body);
    expect(keys(body.root)).toEqual(['children', 'direction', 'format', 'indent', 'type', 'version']);
    const kinds = body.root.children.map(checkBlock);
    expect(new Set(kinds)).toEqual(
      new Set(['figure', 'paragraph', 'heading', 'blockquote', 'pullquote', 'appeal:newsletter', 'appeal:donation', 'appeal:banner']),
    );
    expect(kinds[0]).toBe('figure');
    // The newsletter sign-up comes right after the third paragraph; the donation appeal closes the
    // article, with only the site-wide banner below it.
    const paragraphsBefore = kinds.slice(0, kinds.indexOf('appeal:newsletter')).filter((kind) => kind === 'paragraph');
    expect(paragraphsBefore).toHaveLength(3);
    expect(kinds[kinds.indexOf('appeal:newsletter') - 1]).toBe('paragraph');
    expect(kinds.slice(-2)).toEqual(['appeal:donation', 'appeal:banner']);
    expect(kinds.filter((kind) => kind === 'figure')).toHaveLength(1);
  });

  test('has quoted speech, a link, italics, and one Russian paragraph among English ones', () => {
    const { sample } = openTestServices();
    const draft = sample.createSampleDraft();
    const paragraphs = parseBody(draft.body).root.children.filter((node) => node.type === 'paragraph');
    const texts = paragraphs.map((node) => node.children!.map((child) => child.text ?? child.children?.map((c) => c.text).join('')).join(''));
    const russian = texts.filter((text) => /[а-яё]{3}/i.test(text));
    expect(russian).toHaveLength(1);
    expect(texts.filter((text) => /[“”]/.test(text)).length).toBeGreaterThan(0);
    expect(russian[0]).toMatch(/«.+»/);
    expect(draft.body).toContain('"type":"link"');
    expect(draft.body).toContain('"format":2');
    const plain = bodyPlainText(draft.body);
    expect(countWords(plain, 'en')).toBeGreaterThan(250);
    expect(plain).toContain('If the passengers are there by the spring'); // the quote block's text counts
  });

  test('has metadata that validates, with the lead photo featured', () => {
    const { sample } = openTestServices();
    const draft = sample.createSampleDraft();
    const meta = ArticleMeta.parse(draft.meta);
    const figure = FigureBlock.parse(parseBody(draft.body).root.children[0]);
    expect(meta).toMatchObject({ section: 'Local news', language: 'en', slug: 'island-ferry-back-in-service-after-three-week-repair' });
    expect(meta.tags.length).toBeGreaterThan(0);
    expect(meta.featuredImage).toBe(figure.asset.sha256);
  });

  test('its photo went through the asset store: content-addressed, recorded, and a real 1200 × 675 JPEG', () => {
    const services = openTestServices();
    const draft = services.sample.createSampleDraft();
    const { asset } = FigureBlock.parse(parseBody(draft.body).root.children[0]);
    const bytes = Buffer.from(LEAD_IMAGE_BASE64, 'base64');
    expect(inspectImage(bytes, 'lead.jpg')).toEqual({ mime: 'image/jpeg', width: 1200, height: 675 });
    expect(asset).toEqual({ sha256: sha256Of(bytes), mime: 'image/jpeg', width: 1200, height: 675, bytes: bytes.length });
    const file = assetPath(services.assetsDir, asset.sha256);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(services.assets.assetFile(asset.sha256)).toEqual({ path: file, mime: 'image/jpeg' });
    expect(services.raw().prepare('SELECT draft_id FROM draft_assets WHERE sha256 = ?').pluck().all(asset.sha256)).toEqual([draft.id]);
  });

  test('its appeals pin the library’s current versions', () => {
    const { sample, appeals } = openTestServices();
    appeals.save('newsletter', 'Morning briefing (new)', structuredClone(appeals.history('newsletter')[0]!));
    const draft = sample.createSampleDraft();
    const pinned = parseBody(draft.body).root.children.filter((node) => node.type === 'appeal').map((node) => AppealBlock.parse(node));
    expect(pinned.map((block) => [block.appealId, block.appealVersion, block.kind])).toEqual([
      ['newsletter', 2, 'newsletter'],
      ['donation', 1, 'donation'],
      ['support-banner', 1, 'banner'],
    ]);
    expect(appeals.getVersions(pinned.map((block) => ({ id: block.appealId, version: block.appealVersion })))).toHaveLength(3);
  });

  test('can be made twice: two drafts, one photo file', () => {
    const services = openTestServices();
    const a = services.sample.createSampleDraft();
    const b = services.sample.createSampleDraft();
    expect(a.id).not.toBe(b.id);
    expect(services.raw().prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
    expect(services.drafts.list()).toHaveLength(2);
    expect(services.drafts.search('ferry').length).toBe(2);
  });

  test('appears whole or not at all', () => {
    const services = openTestServices();
    services.raw().exec(`CREATE TRIGGER fail_meta AFTER UPDATE OF meta ON drafts BEGIN SELECT RAISE(ABORT, 'no'); END;`);
    expect(() => services.sample.createSampleDraft()).toThrow();
    const raw = services.raw();
    expect(raw.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM draft_assets').pluck().get()).toBe(0);
    expect(services.sample.profileStatus().sampleCreated).toBe(false);
  });

  test('the committed lead image is rendered from the committed SVG drawing', () => {
    expect(existsSync(new URL('./lead-image.svg', import.meta.url))).toBe(true);
  });
});

describe('profileStatus', () => {
  test('offers the sample only on an empty profile that never had one', async () => {
    const { sample, drafts, handlers, events } = openTestServices();
    expect(sample.profileStatus()).toEqual({ drafts: 0, trashed: 0, sampleCreated: false, offerSample: true });
    const created = await handlers.createSampleDraft({});
    expect(events).toEqual([{ event: 'draftChanged', payload: { id: created.id } }]);
    expect(sample.profileStatus()).toEqual({ drafts: 1, trashed: 0, sampleCreated: true, offerSample: false });
    drafts.trash(created.id);
    expect(sample.profileStatus()).toEqual({ drafts: 0, trashed: 1, sampleCreated: true, offerSample: false });
    drafts.emptyTrash();
    expect(sample.profileStatus()).toEqual({ drafts: 0, trashed: 0, sampleCreated: true, offerSample: false });
  });

  test('a profile with drafts of its own is not offered the sample', () => {
    const { sample, drafts } = openTestServices();
    drafts.create();
    expect(sample.profileStatus()).toMatchObject({ drafts: 1, offerSample: false });
  });
});
