// Generated articles for the benchmarks: deterministic (seeded), English and Russian paragraphs,
// headings, and every block type (figure, quote, pull quote, appeal) at a steady rhythm. Each
// article is produced twice: as Copydesk stores it, and as the bare Lexical page can hold it (the
// same text, with each block turned into a core rich-text node), so both editors carry the same words.
import type { SerializedNode } from '../../shared/article/body';
import type { AssetRef } from '../../shared/blocks/figure/schema';

/** Mulberry32: a small, fast, seeded PRNG, so every run benches the same documents. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = (
  'the council said on monday that ferry service would resume after engineers replaced a cracked mount and the island ' +
  'residents who had paid for water taxis were told to keep receipts while officials reviewed the cost of the repair ' +
  'budget transport committee harbour timetable commuters bakery hospital school weather storm crossing passengers ' +
  'report investigation minister election housing rent prices market workers union strike talks agreement court ' +
  'judge ruling appeal police witness statement evidence journalist editor newsroom sources documents records data'
).split(' ');

const RU = (
  'в понедельник совет сообщил что паром снова выйдет на линию после ремонта двигателя и жители острова которые ' +
  'платили за водное такси должны сохранить чеки пока чиновники проверяют расходы бюджет транспорт комитет гавань ' +
  'расписание пассажиры пекарня больница школа погода шторм переправа доклад расследование министр выборы жильё ' +
  'аренда цены рынок рабочие профсоюз забастовка переговоры соглашение суд судья решение полиция свидетель документы'
).split(' ');

export type Lang = 'en' | 'ru';

function sentence(random: () => number, words: number, lang: Lang): string {
  const pool = lang === 'en' ? EN : RU;
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(pool[Math.floor(random() * pool.length)]!);
  const first = out[0]!;
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

/** A paragraph's text of about `words` words, in sentences of 8–20 words. */
export function paragraphText(random: () => number, words: number, lang: Lang): string {
  const sentences: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(random() * 13));
    sentences.push(sentence(random, n, lang));
    left -= n;
  }
  return sentences.join(' ');
}

const textNode = (text: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });

const paragraph = (children: SerializedNode[]): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});

const heading = (text: string): SerializedNode => ({ type: 'heading', version: 1, tag: 'h2', children: [textNode(text)], direction: null, format: '', indent: 0 });

const coreQuote = (text: string): SerializedNode => ({ type: 'quote', version: 1, children: [textNode(text)], direction: null, format: '', indent: 0 });

/** A paragraph split into runs, one of them italic and one bold, as an edited article has. */
function richParagraph(random: () => number, text: string): SerializedNode {
  const words = text.split(' ');
  if (words.length < 12) return paragraph([textNode(text)]);
  const a = 3 + Math.floor(random() * 4);
  const b = a + 2 + Math.floor(random() * 3);
  return paragraph([
    textNode(`${words.slice(0, a).join(' ')} `),
    textNode(words.slice(a, b).join(' '), 2),
    textNode(` ${words.slice(b, b + 4).join(' ')} `),
    textNode(words.slice(b + 4, b + 6).join(' '), 1),
    textNode(` ${words.slice(b + 6).join(' ')}`),
  ]);
}

export interface BlockRefs {
  image: AssetRef;
  newsletter: { id: string; version: number };
  donation: { id: string; version: number };
}

export interface GeneratedArticle {
  words: number;
  /** Copydesk's body (Lexical JSON, with the custom block nodes). */
  body: string;
  /** The same text for the bare Lexical page: paragraphs, headings and quotes only. */
  bareBody: string;
  /** A word found only in the last paragraph: the editors are loaded when it is on screen. */
  endMarker: string;
  paragraphs: number;
  blocks: Record<'figure' | 'blockquote' | 'pullquote' | 'appeal', number>;
}

const root = (children: SerializedNode[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });

/**
 * An article of `targetWords` words: about 70% English and 30% Russian paragraphs of 40–90
 * words, a heading every 12 paragraphs, and a block after every 3rd paragraph for the first 12
 * and every 6th after that (figure, quote, pull quote and appeal in turn). Block text counts toward
 * the words.
 */
export function generateArticle(targetWords: number, refs: BlockRefs, seed = targetWords): GeneratedArticle {
  const random = rng(seed);
  const doc: SerializedNode[] = [];
  const bare: SerializedNode[] = [];
  const blocks = { figure: 0, blockquote: 0, pullquote: 0, appeal: 0 };
  const endMarker = `benchend${seed}`;
  let words = 0;
  let paragraphs = 0;
  let blockTurn = 0;
  while (words < targetWords) {
    const lang: Lang = random() < 0.3 ? 'ru' : 'en';
    const n = Math.min(40 + Math.floor(random() * 51), Math.max(targetWords - words, 12));
    const text = paragraphText(random, n, lang);
    words += n;
    paragraphs += 1;
    const p = richParagraph(random, text);
    doc.push(p);
    bare.push(p);
    if (words >= targetWords) break;
    if (paragraphs % 12 === 0) {
      const h = paragraphText(random, 6, lang).replace(/\.$/, '');
      words += 6;
      doc.push(heading(h));
      bare.push(heading(h));
    }
    // Every 3rd paragraph at first, so that even a short article holds each block type; then every 6th.
    if (paragraphs % (paragraphs <= 12 ? 3 : 6) === 0) {
      const kind = (['figure', 'blockquote', 'pullquote', 'appeal'] as const)[blockTurn % 4]!;
      blockTurn += 1;
      blocks[kind] += 1;
      if (kind === 'figure') {
        const caption = paragraphText(random, 14, lang);
        words += 14;
        doc.push({ type: 'figure', version: 1, asset: refs.image, alt: caption.slice(0, 120), caption: [textNode(caption)], credit: 'Photo: Copydesk bench', creditUrl: '' });
        bare.push(paragraph([textNode(caption)]));
      } else if (kind === 'blockquote') {
        const text = `${paragraphText(random, 25, lang)}\n${paragraphText(random, 15, lang)}`;
        words += 40;
        doc.push({ type: 'blockquote', version: 1, text, citation: 'A spokesperson, Bay Crossings' });
        bare.push(coreQuote(text.replace('\n', ' ')));
      } else if (kind === 'pullquote') {
        const text = paragraphText(random, 16, lang);
        words += 16;
        doc.push({ type: 'pullquote', version: 1, text, attribution: 'A resident' });
        bare.push(coreQuote(text));
      } else {
        const ref = blocks.appeal % 2 === 0 ? refs.donation : refs.newsletter;
        doc.push({ type: 'appeal', version: 1, appealId: ref.id, appealVersion: ref.version, kind: ref === refs.donation ? 'donation' : 'newsletter' });
        bare.push(paragraph([textNode('Support independent local journalism: sign up or donate.')]));
      }
    }
  }
  const last = paragraph([textNode(`${paragraphText(random, 8, 'en')} ${endMarker}`)]);
  doc.push(last);
  bare.push(last);
  return { words: words + 9, body: root(doc), bareBody: root(bare), endMarker, paragraphs: paragraphs + 1, blocks };
}

/**
 * A fragment as copied from a web page: `words` words of <p>, <h2>, <blockquote>, <a>, <em> and
 * <strong>, English and Russian. Its last paragraph holds `endMarker`.
 */
export function generatePasteHtml(words: number, endMarker: string, seed = 5000): { html: string; text: string } {
  const random = rng(seed);
  const html: string[] = ['<meta charset="utf-8"><div class="article-body">'];
  const text: string[] = [];
  let done = 0;
  let i = 0;
  while (done < words) {
    const lang: Lang = random() < 0.3 ? 'ru' : 'en';
    const n = Math.min(40 + Math.floor(random() * 51), words - done);
    const t = paragraphText(random, n, lang);
    done += n;
    i += 1;
    text.push(t);
    const w = t.split(' ');
    if (i % 10 === 0) html.push(`<h2>${w.slice(0, 6).join(' ')}</h2>`);
    else if (i % 7 === 0) html.push(`<blockquote><p>${t}</p></blockquote>`);
    else html.push(`<p>${w.slice(0, 4).join(' ')} <a href="https://example.org/${i}">${w.slice(4, 7).join(' ')}</a> <em>${w.slice(7, 9).join(' ')}</em> <strong>${w.slice(9, 11).join(' ')}</strong> ${w.slice(11).join(' ')}</p>`);
  }
  html.push(`<p>The end ${endMarker}</p></div>`);
  text.push(`The end ${endMarker}`);
  return { html: html.join('\n'), text: text.join('\n\n') };
}

/** A short draft for the store bench: `words` words, English or Russian, a heading or two. */
export function generateDraftBody(random: () => number, words: number, lang: Lang): { body: string; headline: string; standfirst: string } {
  const doc: SerializedNode[] = [];
  let done = 0;
  while (done < words) {
    const n = Math.min(30 + Math.floor(random() * 60), Math.max(words - done, 5));
    doc.push(paragraph([textNode(paragraphText(random, n, random() < 0.85 ? lang : lang === 'en' ? 'ru' : 'en'))]));
    done += n;
    if (doc.length % 8 === 0) doc.push(heading(paragraphText(random, 5, lang).replace(/\.$/, '')));
  }
  return {
    body: root(doc),
    headline: paragraphText(random, 6 + Math.floor(random() * 6), lang).replace(/\.$/, ''),
    standfirst: paragraphText(random, 20, lang),
  };
}
