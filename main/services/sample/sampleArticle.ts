import type { SerializedNode } from '../../../shared/article/body';
import type { DraftContent } from '../../../shared/article/draft';
import type { ArticleMeta } from '../../../shared/article/meta';
import type { AppealBlock } from '../../../shared/blocks/appeal/schema';
import type { AssetRef, FigureBlock } from '../../../shared/blocks/figure/schema';
import type { PullQuoteBlock } from '../../../shared/blocks/pullquote/schema';
import type { QuoteBlock } from '../../../shared/blocks/quote/schema';
import { TEXT_FORMAT } from '../../../shared/blocks/inline';

// Lexical's serialized nodes, exactly as its exportJSON() writes them.
type Inline = SerializedNode;

const text = (value: string, format = 0) => ({
  type: 'text' as const,
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

const italic = (value: string) => text(value, TEXT_FORMAT.italic);

const link = (url: string, ...children: Inline[]): Inline => ({
  type: 'link',
  version: 1,
  url,
  rel: null,
  target: null,
  title: null,
  children,
  direction: null,
  format: '',
  indent: 0,
});

const paragraph = (...children: (Inline | string)[]): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});

const heading = (tag: 'h2' | 'h3', value: string): SerializedNode => ({
  type: 'heading',
  version: 1,
  tag,
  children: [text(value)],
  direction: null,
  format: '',
  indent: 0,
});

export type SampleAppealKind = 'banner' | 'newsletter' | 'donation';
export type SampleAppeals = Record<SampleAppealKind, { id: string; version: number } | null>;

const appeal = (kind: SampleAppealKind, ref: { id: string; version: number }): AppealBlock => ({
  type: 'appeal',
  version: 1,
  appealId: ref.id,
  appealVersion: ref.version,
  kind,
});

export const SAMPLE_IMAGE_NAME = 'kestrel-bay-ferry.jpg';

export const SAMPLE_HEADLINE = 'Island ferry back in service after three-week repair';

/**
 * The first-run sample: an invented local story (Kestrel Bay, Gull Island and everyone in it are
 * made up) that shows every block type, in English with one Russian paragraph.
 */
export function sampleArticle(image: AssetRef, appeals: SampleAppeals): { content: DraftContent; meta: ArticleMeta } {
  const lead: FigureBlock = {
    type: 'figure',
    version: 1,
    asset: image,
    alt: 'A white ferry with a red funnel comes alongside a stone quay on a calm bay at sunrise, a lighthouse on the headland behind it.',
    caption: [
      text('The '),
      italic('Osprey'),
      text(' ties up at Kestrel Bay on Monday morning after its first crossing in three weeks.'),
    ],
    credit: 'Illustration: Copydesk sample',
    creditUrl: '',
  };
  const quote: QuoteBlock = {
    type: 'blockquote',
    version: 1,
    text:
      'If the passengers are there by the spring, the early boat stays. We would rather find out properly than guess.\n' +
      'And frankly, after the last three weeks, we owe the island something.',
    citation: 'Tom Reyes, operations manager, Bay Crossings',
  };
  const pullQuote: PullQuoteBlock = {
    type: 'pullquote',
    version: 1,
    text: 'Three weeks doesn’t sound long until you’re paying forty pounds a day to get flour across.',
    attribution: 'Priya Nair, baker, Gull Island',
  };

  const children: SerializedNode[] = [
    lead,
    paragraph(
      'The ferry between Kestrel Bay and Gull Island carried its first passengers in three weeks on Monday, after engineers replaced a cracked engine mount that had kept the ',
      italic('Osprey'),
      ' tied up at the quay since the end of last month.',
    ),
    paragraph(
      '“We were on the slipway at ten to seven and people actually cheered when the ramp came down,” said Priya Nair, who runs the island’s only bakery and has been sending her bread across by water taxi. “Three weeks doesn’t sound long until you’re paying forty pounds a day to get flour across.”',
    ),
    paragraph(
      'The operator, Bay Crossings, put the cost of the repair at about £180,000. Under the contract it signed with the county council in 2021 the bill is split between them, and the council’s transport committee will be asked to approve its share on the 14th.',
    ),
    ...(appeals.newsletter ? [appeal('newsletter', appeals.newsletter)] : []),
    heading('h2', 'An earlier first sailing'),
    paragraph(
      'From next week the timetable adds a 6.15am departure from the island, which commuters had been asking for long before the breakdown. Tom Reyes, the company’s operations manager, said the extra sailing would run as a six-month trial.',
    ),
    quote,
    paragraph(
      'The new times are on the ',
      link('https://example.org/ferry-timetable', text('Bay Crossings website')),
      ' and are posted at both terminals. Season tickets bought before the breakdown will be extended by three weeks, the company said.',
    ),
    paragraph(
      'Около сорока русскоязычных семей на острове впервые получили расписание и на своём языке. «Раньше мы переводили объявления друг другу в общем чате, — рассказала Ольга Смирнова, которая каждый день ездит на работу в больницу на материке. — Теперь всё висит прямо на причале, и никто не опаздывает на первый рейс».',
    ),
    pullQuote,
    paragraph(
      'Islanders who paid for water taxis during the closure have been told to keep their receipts. The council says it is looking at whether some of the cost can be refunded and will publish the rules by the end of the month.',
    ),
    ...(appeals.donation ? [appeal('donation', appeals.donation)] : []),
    // The site-wide "support us" strip, which the newsroom's pages carry below every article.
    ...(appeals.banner ? [appeal('banner', appeals.banner)] : []),
  ];

  const body = JSON.stringify({
    root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 },
  });
  return {
    content: {
      headline: SAMPLE_HEADLINE,
      standfirst:
        'The Gull Island crossing reopened on Monday with a rebuilt engine mount and a timetable that adds an early sailing for commuters.',
      byline: 'Dana Whitlock, local affairs reporter',
      body,
    },
    meta: {
      section: 'Local news',
      tags: ['transport', 'Gull Island', 'ferries'],
      slug: 'island-ferry-back-in-service-after-three-week-repair',
      slugEdited: false,
      dateline: 'KESTREL BAY',
      seoTitle: 'Gull Island ferry back in service after three-week repair',
      seoDescription:
        'The Kestrel Bay to Gull Island ferry is running again after a cracked engine mount was replaced, with a new 6.15am sailing for commuters.',
      language: 'en',
      featuredImage: image.sha256,
    },
  };
}
