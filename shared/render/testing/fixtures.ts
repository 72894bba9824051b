// Realistic articles for the renderer tests, built the way the editor stores them.
import type { SerializedNode } from '../../article/body';
import { DEFAULT_META, type ArticleMeta } from '../../article/meta';
import type { AppealVersion } from '../../appeals/library';
import type { AssetRef } from '../../blocks/figure/schema';
import { TEXT_FORMAT } from '../../blocks/inline';
import type { GutenbergContext, RenderableArticle } from '../article';
import { bodyOf, headingNode, linkNode, listItemNode, listNode, paragraphNode, textNode } from '../lexicalNodes';

export const LIBRARY: readonly AppealVersion[] = [
  {
    id: 'support-us', version: 3, name: 'Reader support', updatedAt: 1_700_000_000_000, kind: 'donation',
    variants: {
      en: { heading: 'Journalism like this needs you', body: 'We are funded by our readers.\nEvery gift keeps us independent.', frequencies: ['once', 'monthly', 'annual'], defaultFrequency: 'monthly', buttonLabel: 'Support us', remindLaterLabel: 'Remind me later' },
      ru: { heading: 'Такой журналистике нужна ваша помощь', body: 'Нас поддерживают читатели.', frequencies: ['once', 'monthly'], defaultFrequency: 'once', buttonLabel: 'Поддержать', remindLaterLabel: 'Напомнить позже' },
    },
  },
  {
    id: 'morning-briefing', version: 2, name: 'Morning briefing', updatedAt: 1_700_000_000_000, kind: 'newsletter',
    variants: {
      en: { heading: 'The morning briefing', description: 'The day’s news in five minutes, every weekday.', buttonLabel: 'Sign up', consent: 'We will only use your address to send the newsletter.' },
      ru: { heading: 'Утренняя рассылка', description: 'Главное за день — за пять минут.', buttonLabel: 'Подписаться', consent: 'Адрес нужен только для рассылки.' },
    },
  },
  {
    id: 'podcast', version: 1, name: 'Podcast banner', updatedAt: 1_700_000_000_000, kind: 'banner',
    variants: {
      en: { text: 'Listen to our daily podcast.', linkLabel: 'Listen now', url: 'https://example.org/podcast' },
      ru: { text: 'Слушайте наш подкаст.', linkLabel: 'Слушать', url: 'https://example.org/podcast' },
    },
  },
];

export const assetUrl = (asset: AssetRef): string => `https://cdn.example.org/assets/${asset.sha256}.${asset.mime.slice(6)}`;

export const context: GutenbergContext = {
  appeal: (id, version) => LIBRARY.find((entry) => entry.id === id && entry.version === version),
  assetUrl,
};

export const LEAD_PHOTO: AssetRef = { sha256: 'a3'.repeat(32), mime: 'image/jpeg', width: 2400, height: 1600, bytes: 812_344 };

export const text = (value: string, format = 0): SerializedNode => textNode(value, format);
export const bold = (value: string): SerializedNode => textNode(value, TEXT_FORMAT.bold);
export const italic = (value: string): SerializedNode => textNode(value, TEXT_FORMAT.italic);
export const p = (...children: SerializedNode[]): SerializedNode => paragraphNode(children);
export const link = (url: string, value: string): SerializedNode => linkNode(url, [textNode(value)]);
export const list = (listType: 'bullet' | 'number', ...items: SerializedNode[][]): SerializedNode =>
  listNode(listType, 1, items.map((children, index) => listItemNode(children, index + 1, 0)));

export const figure = (fields: Partial<Record<string, unknown>> = {}): SerializedNode => ({
  type: 'figure', version: 1, asset: LEAD_PHOTO, alt: '', caption: [], credit: '', creditUrl: '', ...fields,
});
export const quote = (quoteText: string, citation: string): SerializedNode => ({ type: 'blockquote', version: 1, text: quoteText, citation });
export const pullQuote = (quoteText: string, attribution: string): SerializedNode => ({ type: 'pullquote', version: 1, text: quoteText, attribution });
export const appeal = (appealId: string, appealVersion: number, kind: string): SerializedNode => ({ type: 'appeal', version: 1, appealId, appealVersion, kind });

export function article(body: SerializedNode[], fields: Partial<Omit<RenderableArticle, 'meta'>> & { meta?: Partial<ArticleMeta> } = {}): RenderableArticle {
  return {
    id: '5f0c7c2e-8d44-4c55-9a8e-0b8f1d2c3e4f',
    headline: 'Headline',
    standfirst: '',
    byline: '',
    createdAt: Date.UTC(2025, 2, 4, 7, 30),
    updatedAt: Date.UTC(2025, 2, 4, 9, 15),
    ...fields,
    body: JSON.stringify(bodyOf(body)),
    meta: { ...DEFAULT_META, ...fields.meta },
  };
}

export const ENGLISH = article(
  [
    figure({
      caption: [text('Waves break over the harbour wall in Dover on Tuesday.')],
      credit: 'Jane Smith / Reuters',
      creditUrl: 'https://www.reuters.com/',
      alt: 'Grey waves breaking over a stone harbour wall',
    }),
    p(text('Ferry crossings between Dover and Calais were suspended on Tuesday as '), bold('winds of up to 90mph'), text(' battered the Channel coast.')),
    p(text('“We will not sail until it is safe,” said a spokesperson for '), link('https://www.poferries.com/', 'P&O Ferries'), text('.')),
    p(text('The port said the closure could last '), italic('well into Wednesday'), text(', with queues already stretching back to the M20.')),
    appeal('morning-briefing', 2, 'newsletter'),
    headingNode('h2', [text('Hundreds stranded')]),
    p(text('Drivers described a night in their cabs with little information.')),
    quote('It was chaos.\nNobody told us anything for six hours.', 'Maria Lopez, a lorry driver'),
    list('bullet', [text('Dover: all sailings cancelled')], [text('Folkestone: Eurotunnel running')], [list('bullet', [text('delays of two hours')])]),
    pullQuote('Nobody told us anything for six hours', 'Maria Lopez'),
    p(text('The Met Office expects the wind to ease by Thursday.')),
    appeal('support-us', 3, 'donation'),
  ],
  {
    headline: 'Ferries halted as storm closes Dover',
    standfirst: 'Hundreds of drivers spent the night in their cabs as gales shut the port.',
    byline: 'By Tom Baker',
    meta: { language: 'en', section: 'UK news', tags: ['Weather', 'Transport'], slug: 'ferries-halted-as-storm-closes-dover', dateline: 'DOVER', featuredImage: LEAD_PHOTO.sha256 },
  },
);

export const RUSSIAN = article(
  [
    figure({
      caption: [text('Волны у причала в Новороссийске во вторник.')],
      credit: 'Иван Петров / ТАСС',
      creditUrl: 'https://tass.ru/',
      alt: 'Серые волны разбиваются о каменный причал',
    }),
    p(text('Паромное сообщение через Керченский пролив приостановлено во вторник: '), bold('ветер достигает 30 м/с'), text('.')),
    p(text('«Мы не выйдем в море, пока это небезопасно», — сообщили в '), link('https://example.ru/ferry', 'паромной компании'), text('.')),
    p(text('В порту ожидают, что ограничения '), italic('продлятся до среды'), text('.')),
    appeal('morning-briefing', 2, 'newsletter'),
    headingNode('h2', [text('Сотни людей ждут переправы')]),
    quote('Это был хаос.\nНикто ничего не объяснял.', 'Мария Иванова, водитель'),
    pullQuote('Никто ничего не объяснял', 'Мария Иванова'),
    p(text('Синоптики обещают ослабление ветра к четвергу.')),
    appeal('support-us', 3, 'donation'),
  ],
  {
    headline: 'Шторм остановил паромы в Керченском проливе',
    standfirst: 'Сотни водителей провели ночь в очереди на переправу.',
    byline: 'Анна Смирнова',
    meta: { language: 'ru', section: 'Общество', tags: ['Погода', 'Транспорт'], slug: 'shtorm-ostanovil-paromy', dateline: 'КЕРЧЬ', featuredImage: LEAD_PHOTO.sha256 },
  },
);

/** Every way text from an article could try to become markup. */
export const HOSTILE = article(
  [
    figure({
      caption: [text('<script>alert("caption")</script> & more'), linkNode('javascript:alert(1)', [textNode('click')])],
      alt: `"><img src=x onerror=alert(1)> ' &`,
      credit: `Tom & Jerry's "Studio" <b>`,
      creditUrl: 'javascript:alert(1)',
    }),
    p(
      text('a --> b <!-- wp:html --> c'),
      linkNode('javascript:alert(1)', [textNode('js')]),
      linkNode(' JaVaScRiPt:alert(1)', [textNode('spaced')]),
      linkNode('data:text/html,<script>alert(1)</script>', [textNode('data')]),
      linkNode('https://example.org/?q="x"&a=<b>', [textNode('ok')]),
    ),
    quote('</blockquote><script>x</script>', '"--></cite>'),
    pullQuote('</p>-->', '<!-- /wp:pullquote -->'),
  ],
  { headline: '<script>alert("headline")</script>', standfirst: '"&\'<>', byline: '<b>me</b>' },
);
