import type { Language } from '../appeals/library';
import { MAX_BODY_DEPTH, type SerializedBody } from '../article/body';
import type { ArticleMeta } from '../article/meta';
import { AppealBlock } from '../blocks/appeal/schema';
import { COMMENT_MARK_TYPE } from '../render/commentMarks';
import { fieldUnit, inlineUnit, isRecord, partUnit, type ArticleField, type ChecklistTarget, type TextUnit } from './checklistUnits';
import type { ReviewState } from './review';
import { findDoubleSpaces, findPlaceholders, findStraightQuotes, type TextMatch } from './textProblems';

export type { ArticleField, BlockPart, ChecklistTarget } from './checklistUnits';

export type ChecklistKind =
  | 'placeholder'
  | 'straightQuotes'
  | 'doubleSpace'
  | 'headlineEmpty'
  | 'headlineLong'
  | 'seoTitleLong'
  | 'seoDescriptionLong'
  | 'seoDescriptionEmpty'
  | 'figureAlt'
  | 'figureCredit'
  | 'figureCaption'
  | 'appealDuplicate'
  | 'donationAppealNotLast'
  | 'openComments';

export interface ChecklistItem {
  /** Kind and place: the same problem keeps its id while the article is edited elsewhere. */
  id: string;
  kind: ChecklistKind;
  severity: 'error' | 'warning';
  /** Plain English: what is wrong and where. */
  message: string;
  target: ChecklistTarget;
}

export interface ChecklistInput {
  headline: string;
  standfirst: string;
  /** The stored body, comment marks and all, so targets lead to the editor's own nodes. */
  body: SerializedBody;
  meta: ArticleMeta;
  review: Pick<ReviewState, 'comments'>;
  /** The article's language when it is not meta.language's. */
  language?: Language;
}

/** Longer than this and a headline wraps badly on the site's front pages. */
export const HEADLINE_MAX = 100;
/** About what search results show before they cut a title or description short. */
export const SEO_TITLE_MAX = 60;
export const SEO_DESCRIPTION_MAX = 160;

const QUOTES_FOR: Readonly<Record<Language, string>> = { en: '“ ” and ‘ ’ in English', ru: '« » in Russian' };

/** Characters as a reader counts them (code points, so an emoji or a Cyrillic letter is one). */
const characters = (text: string): number => [...text].length;

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const quoted = (matches: readonly TextMatch[]): string =>
  [...new Set(matches.map((match) => `“${match.found.length > 30 ? `${match.found.slice(0, 30)}…` : match.found}”`))].join(', ');

/** One item per kind and place, pointing at the first occurrence. */
function textItems(unit: TextUnit, language: Language): ChecklistItem[] {
  // Blank text is empty, not badly spaced: the emptiness checks speak for it.
  if (unit.text.trim() === '') return [];
  const items: ChecklistItem[] = [];
  const add = (kind: ChecklistKind, severity: ChecklistItem['severity'], matches: TextMatch[], message: (count: number) => string) => {
    const first = matches[0];
    if (!first) return;
    items.push({ id: `${kind}:${unit.key}`, kind, severity, message: message(matches.length), target: unit.locate(first.index, first.length) });
  };
  const placeholders = findPlaceholders(unit.text);
  add('placeholder', 'error', placeholders, (count) =>
    count === 1 ? `Placeholder ${quoted(placeholders)} in ${unit.where}` : `${count} placeholders (${quoted(placeholders)}) in ${unit.where}`,
  );
  if (!unit.typography) return items;
  add('straightQuotes', 'warning', findStraightQuotes(unit.prose), (count) =>
    `${count === 1 ? 'A straight quote' : `${count} straight quotes`} in ${unit.where}: use ${QUOTES_FOR[language]}`,
  );
  add('doubleSpace', 'warning', findDoubleSpaces(unit.prose), (count) => `${count === 1 ? 'A double space' : `${count} double spaces`} in ${unit.where}`);
  return items;
}

function lengthItems(input: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (kind: ChecklistKind, severity: ChecklistItem['severity'], field: ArticleField, message: string) =>
    items.push({ id: `${kind}:${field}`, kind, severity, message, target: { field } });
  const headline = characters(input.headline.trim());
  if (headline === 0) add('headlineEmpty', 'error', 'headline', 'The headline is empty');
  if (headline > HEADLINE_MAX) add('headlineLong', 'warning', 'headline', `The headline is ${headline} characters long; keep it to ${HEADLINE_MAX}`);
  // An empty SEO title is fine: the site uses the headline.
  const seoTitle = characters(input.meta.seoTitle.trim());
  if (seoTitle > SEO_TITLE_MAX) {
    add('seoTitleLong', 'warning', 'seoTitle', `The SEO title is ${seoTitle} characters long; search results show about ${SEO_TITLE_MAX}`);
  }
  const seoDescription = characters(input.meta.seoDescription.trim());
  if (seoDescription === 0) add('seoDescriptionEmpty', 'warning', 'seoDescription', 'There is no SEO description: search engines will pick a snippet themselves');
  if (seoDescription > SEO_DESCRIPTION_MAX) {
    add('seoDescriptionLong', 'warning', 'seoDescription', `The SEO description is ${seoDescription} characters long; search results show about ${SEO_DESCRIPTION_MAX}`);
  }
  return items;
}

const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** What the body holds, read once: text to check, figures' own items, appeals, comment anchors. */
interface BodyReading {
  units: TextUnit[];
  items: ChecklistItem[];
  appeals: { path: number[]; block: AppealBlock }[];
  /** The index of the last top-level block with something in it. */
  lastBlock: number;
}

function figureItems(path: number[], where: string, node: Record<string, unknown>, caption: string): ChecklistItem[] {
  const key = path.join('.');
  const item = (kind: ChecklistKind, severity: ChecklistItem['severity'], message: string, part: 'alt' | 'credit' | 'caption'): ChecklistItem => ({
    id: `${kind}:${key}`, kind, severity, message: `${capitalized(where)} ${message}`, target: { path, part },
  });
  return [
    ...(isBlank(node.alt) ? [item('figureAlt', 'error', 'has no alt text', 'alt')] : []),
    ...(isBlank(node.credit) ? [item('figureCredit', 'error', 'has no credit', 'credit')] : []),
    ...(caption.trim() === '' ? [item('figureCaption', 'warning', 'has an empty caption', 'caption')] : []),
  ];
}

function listUnits(list: unknown, path: number[], listNumber: number, counter: { item: number }): TextUnit[] {
  if (!isRecord(list) || !Array.isArray(list.children) || path.length > MAX_BODY_DEPTH) return [];
  return list.children.flatMap((item: unknown, index): TextUnit[] => {
    if (!isRecord(item) || !Array.isArray(item.children)) return [];
    const here = [...path, index];
    const nested = item.children.flatMap((child: unknown, childIndex) =>
      isRecord(child) && child.type === 'list' ? listUnits(child, [...here, childIndex], listNumber, counter) : [],
    );
    const unit = inlineUnit(here, '', item.children);
    if (unit.text.trim() === '') return nested;
    counter.item += 1;
    return [{ ...unit, where: `item ${counter.item} of list ${listNumber}` }, ...nested];
  });
}

function readBody(body: SerializedBody): BodyReading {
  const reading: BodyReading = { units: [], items: [], appeals: [], lastBlock: -1 };
  const children: unknown = isRecord(body) && isRecord(body.root) ? body.root.children : undefined;
  if (!Array.isArray(children)) return reading;
  const counts = new Map<string, number>();
  const next = (kind: string) => {
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    return count;
  };
  children.forEach((node: unknown, index) => {
    if (!isRecord(node)) return;
    const path = [index];
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const unit = inlineUnit(path, '', node.children);
        if (unit.text.trim() === '') return;
        reading.units.push({ ...unit, where: `${node.type} ${next(node.type)}` });
        break;
      }
      case 'list': {
        const units = listUnits(node, path, next('list'), { item: 0 });
        if (units.length === 0) return;
        reading.units.push(...units);
        break;
      }
      case 'figure': {
        const where = `figure ${next('figure')}`;
        const caption = partUnit(path, 'caption', `the caption of ${where}`, node.caption);
        reading.items.push(...figureItems(path, where, node, caption.text));
        reading.units.push(
          caption,
          partUnit(path, 'credit', `the credit of ${where}`, node.credit),
          partUnit(path, 'alt', `the alt text of ${where}`, node.alt),
        );
        break;
      }
      case 'blockquote': {
        const where = `quote ${next('quote')}`;
        reading.units.push(partUnit(path, 'text', where, node.text), partUnit(path, 'citation', `the citation of ${where}`, node.citation));
        break;
      }
      case 'pullquote': {
        const where = `pull quote ${next('pullquote')}`;
        reading.units.push(partUnit(path, 'text', where, node.text), partUnit(path, 'attribution', `the attribution of ${where}`, node.attribution));
        break;
      }
      case 'appeal': {
        const appeal = AppealBlock.safeParse(node);
        if (!appeal.success) return;
        reading.appeals.push({ path, block: appeal.data });
        // The site-wide banner sits under the article on every page: the closing appeal may precede it.
        if (appeal.data.kind === 'banner') return;
        break;
      }
      default:
        return;
    }
    reading.lastBlock = index;
  });
  return reading;
}

const KIND_WORDS: Readonly<Record<AppealBlock['kind'], string>> = { donation: 'donation appeal', newsletter: 'newsletter sign-up', banner: 'banner' };

function appealItems(reading: BodyReading): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const byEntry = new Map<string, BodyReading['appeals']>();
  for (const appeal of reading.appeals) byEntry.set(appeal.block.appealId, [...(byEntry.get(appeal.block.appealId) ?? []), appeal]);
  for (const [appealId, placed] of byEntry) {
    if (placed.length < 2) continue;
    const { kind } = placed[0]!.block;
    items.push({
      id: `appealDuplicate:${appealId}`,
      kind: 'appealDuplicate',
      severity: 'error',
      message: `The ${KIND_WORDS[kind]} “${appealId}” is placed ${placed.length === 2 ? 'twice' : `${placed.length} times`}`,
      target: { path: placed[1]!.path },
    });
  }
  const donations = reading.appeals.filter((appeal) => appeal.block.kind === 'donation');
  const last = donations.at(-1);
  if (last?.path[0] !== reading.lastBlock) {
    items.push({
      id: 'donationAppealNotLast:body',
      kind: 'donationAppealNotLast',
      severity: 'warning',
      message: last ? 'The donation appeal is not at the end of the article' : 'There is no donation appeal at the end of the article',
      target: { path: last ? last.path : reading.lastBlock === -1 ? [] : [reading.lastBlock] },
    });
  }
  return items;
}

/** The path of the first comment mark in the body anchoring one of these threads, if any. */
function firstAnchor(body: SerializedBody, threads: ReadonlySet<string>): number[] | undefined {
  const visit = (nodes: unknown, path: number[]): number[] | undefined => {
    if (!Array.isArray(nodes) || path.length > MAX_BODY_DEPTH) return undefined;
    for (const [index, node] of nodes.entries()) {
      if (!isRecord(node)) continue;
      const here = [...path, index];
      if (node.type === COMMENT_MARK_TYPE && Array.isArray(node.ids) && node.ids.some((id) => threads.has(id as string))) return here;
      const inside = visit(node.children, here);
      if (inside) return inside;
    }
    return undefined;
  };
  return isRecord(body) && isRecord(body.root) ? visit(body.root.children, []) : undefined;
}

function commentItems(input: ChecklistInput): ChecklistItem[] {
  const threads = input.review.comments.filter((thread) => !thread.resolved);
  const open = threads.length;
  if (open === 0) return [];
  const anchored = firstAnchor(input.body, new Set(threads.map((thread) => thread.id)));
  return [
    {
      id: 'openComments:review',
      kind: 'openComments',
      severity: 'error',
      message: open === 1 ? '1 review comment is still open' : `${open} review comments are still open`,
      target: { path: anchored ?? [], thread: threads[0]!.id },
    },
  ];
}

/**
 * The pre-publish checklist, in reading order: headline and standfirst, the body from top to
 * bottom, then the appeals, SEO fields and open comments. Pure; never throws, whatever the body
 * holds (unknown nodes are skipped). Errors are what no article should go out with; warnings
 * are house style.
 */
export function checkArticle(input: ChecklistInput): ChecklistItem[] {
  const language = input.language ?? input.meta.language;
  const reading = readBody(input.body);
  const fields = [fieldUnit('headline', 'the headline', input.headline, true), fieldUnit('standfirst', 'the standfirst', input.standfirst, true)];
  const seo = [
    fieldUnit('seoTitle', 'the SEO title', input.meta.seoTitle, false),
    fieldUnit('seoDescription', 'the SEO description', input.meta.seoDescription, false),
  ];
  const lengths = lengthItems(input);
  const isHeadline = (item: ChecklistItem) => 'field' in item.target && item.target.field === 'headline';
  const byPath = (item: ChecklistItem) => ('path' in item.target ? item.target.path : []);
  const bodyItems = [...reading.items, ...reading.units.flatMap((unit) => textItems(unit, language))].sort((a, b) => comparePaths(byPath(a), byPath(b)));
  return [
    ...lengths.filter(isHeadline),
    ...fields.flatMap((unit) => textItems(unit, language)),
    ...bodyItems,
    ...appealItems(reading),
    ...lengths.filter((item) => !isHeadline(item)),
    ...seo.flatMap((unit) => textItems(unit, language)),
    ...commentItems(input),
  ];
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  return a.length - b.length;
}
