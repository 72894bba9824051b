import { act, useState } from 'react';
import { $getSelection, type EditorState, type LexicalEditor } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DEFAULT_META } from '../../../shared/article/meta';
import { translator } from '../../../shared/i18n/translate';
import { reviewIn, thread } from '../../../shared/workflow/testing/reviews';
import { ApiProvider } from '../../api/ApiContext';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { DraftFields } from '../../components/DraftFields';
import { MetaPanel } from '../../components/meta/MetaPanel';
import { articleNodes } from '../../editor/nodes';
import { render, settle } from '../../test/render';
import { DRAFT, fakeWorkflow, RUSSIAN_UI } from '../testing/fakeWorkflow';
import { checkDraft, countItems, countsLabel } from './checkDraft';
import { ChecklistPanel } from './ChecklistPanel';
import { jumpTo } from './jumpTo';

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 });
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children });
const FIGURE = {
  type: 'figure',
  version: 1,
  asset: { sha256: 'b'.repeat(64), mime: 'image/jpeg', width: 1200, height: 800, bytes: 90_000 },
  alt: 'Паром у причала в шторм',
  caption: [{ type: 'text', text: 'The ferry stayed in port', format: 0 }],
  credit: '',
  creditUrl: '',
};
const BODY = JSON.stringify({
  root: {
    type: 'root', version: 1, format: '', indent: 0, direction: null,
    children: [paragraph(text('Паром не вышел в рейс, сообщил TK из порта.')), FIGURE, paragraph(text('More to follow.'))],
  },
});
const HEADLINE = 'Ferry "cancelled" by the storm';

// jsdom lays nothing out: it has no scrollIntoView (recorded here instead) and no caret rectangle
// (which Lexical measures to scroll a new selection into view).
const scrolledTo: Element[] = [];
beforeEach(() => {
  scrolledTo.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
  Range.prototype.getBoundingClientRect = () => new DOMRect();
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  delete (Range.prototype as Partial<Range>).getBoundingClientRect;
});

let editorRef: LexicalEditor | null = null;
function Workspace() {
  const [editor] = useLexicalComposerContext();
  editorRef = editor;
  const [body] = useState<EditorState>(() => editor.getEditorState());
  const [detailsOpen, setDetailsOpen] = useState(false);
  const fields = { headline: HEADLINE, standfirst: '', byline: '' };
  const source = { draftId: DRAFT, headline: fields.headline, standfirst: '', meta: DEFAULT_META, body, showDetails: () => setDetailsOpen(true) };
  return (
    <>
      <DraftFields fields={fields} focusHeadline={null} onChange={() => {}} onBlur={() => {}} />
      <RichTextPlugin contentEditable={<ContentEditable aria-label="Article body" />} ErrorBoundary={LexicalErrorBoundary} />
      <ChecklistPanel source={source} />
      {detailsOpen && <MetaPanel meta={DEFAULT_META} headline={HEADLINE} body={body} onChange={() => {}} />}
    </>
  );
}

async function mount({ russian = false } = {}) {
  const fake = fakeWorkflow({ handlers: russian ? RUSSIAN_UI : {} });
  fake.reviews.set(DRAFT, { ...reviewIn('in_edit'), comments: [thread(1, false), thread(2, true)] });
  await render(
    <ApiProvider api={fake.api}>
      <LocaleProvider>
        <LexicalComposer initialConfig={{ namespace: 'checklist-test', nodes: articleNodes, editorState: BODY, onError: (error) => { throw error; } }}>
          <Workspace />
        </LexicalComposer>
      </LocaleProvider>
    </ApiProvider>,
  );
  await settle();
  return fake;
}

const itemButton = (start: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('[aria-label="Checklist"] li button')].find((b) => b.textContent?.replace(/^(Error|Warning): /, '').startsWith(start));
const click = (element: HTMLElement | undefined) => act(async () => element!.click());
const en = translator('en');
const selectedBodyText = () => editorRef!.getEditorState().read(() => $getSelection()?.getTextContent());

test('the panel lists the checklist over the article as typed, with counts, and open comments count', async () => {
  const fake = await mount();
  const expected = checkDraft({ headline: HEADLINE, standfirst: '', meta: DEFAULT_META, body: editorRef!.getEditorState(), comments: fake.reviews.get(DRAFT)!.comments });
  const shown = [...document.querySelectorAll('[aria-label="Checklist"] li button')].map((b) => b.textContent);
  expect(shown).toEqual(expected.map((item) => `${item.severity === 'error' ? 'Error' : 'Warning'}: ${item.message}`));
  expect(document.querySelector('.wf-check-counts')?.textContent).toBe(countsLabel(countItems(expected), en));
  expect(expected.map((item) => item.kind)).toEqual(expect.arrayContaining(['placeholder', 'straightQuotes', 'figureCredit', 'seoDescriptionEmpty', 'openComments']));
  expect(itemButton('1 review comment is still open')).toBeTruthy();
});

test('each item takes the reader to its place: text in the body, a field above it, a photo’s credit, a detail', async () => {
  await mount();
  await click(itemButton('Placeholder “TK”'));
  expect(document.activeElement?.getAttribute('aria-label')).toBe('Article body');
  expect(selectedBodyText()).toBe('TK');
  expect(scrolledTo.at(-1)?.textContent).toBe('Паром не вышел в рейс, сообщил TK из порта.');

  await click(itemButton('2 straight quotes in the headline'));
  const headline = document.getElementById('draft-headline') as HTMLTextAreaElement;
  expect(document.activeElement).toBe(headline);
  expect(headline.value.slice(headline.selectionStart, headline.selectionEnd)).toBe('"');

  await click(itemButton('Figure 1 has no credit'));
  const photo = document.querySelector('[role="group"][aria-label="Photo"]')!;
  const credit = [...photo.querySelectorAll('label')].find((label) => label.textContent === 'Credit')!;
  expect(document.activeElement).toBe(document.getElementById(credit.htmlFor));

  expect(document.getElementById('article-details-panel')).toBeNull();
  await click(itemButton('There is no SEO description'));
  const panel = document.getElementById('article-details-panel')!;
  const seo = [...panel.querySelectorAll('label')].find((label) => label.textContent === 'SEO description')!;
  expect(document.activeElement).toBe(document.getElementById(seo.htmlFor));
});

test('a place that is gone, or a field with nowhere to show it, is reported rather than guessed', async () => {
  await mount();
  const noPanel = () => {};
  expect(jumpTo(editorRef!, { path: [99] }, noPanel, en)).toBe(false);
  expect(jumpTo(editorRef!, { path: [0, 0, 4] }, noPanel, en)).toBe(false);
  expect(jumpTo(editorRef!, { path: [2], part: 'credit' }, noPanel, en)).toBe(false);
  expect(jumpTo(editorRef!, { field: 'seoTitle' }, noPanel, en)).toBe(false);
  // A range past the end of the text is cut to the text.
  let landed = false;
  await act(async () => void (landed = jumpTo(editorRef!, { path: [2, 0], offset: 10, length: 500 }, noPanel, en)));
  expect(landed).toBe(true);
  expect(selectedBodyText()).toBe('llow.');
  // The body as a whole: the caret goes to its end.
  await act(async () => void jumpTo(editorRef!, { path: [] }, noPanel, en));
  expect(document.activeElement?.getAttribute('aria-label')).toBe('Article body');
});

test('in Russian, the counts and severities are Russian, and items find their fields by the labels shown', async () => {
  const fake = await mount({ russian: true });
  const list = document.querySelector('aside[aria-label="Чек-лист"]')!;
  const expected = checkDraft({ headline: HEADLINE, standfirst: '', meta: DEFAULT_META, body: editorRef!.getEditorState(), comments: fake.reviews.get(DRAFT)!.comments });
  expect(list.querySelector('.wf-check-counts')?.textContent).toBe(countsLabel(countItems(expected), translator('ru')));
  // The items' own words come from the shared checklist, in English, as main would send them.
  const shown = [...list.querySelectorAll('li button')].map((b) => b.textContent);
  expect(shown).toEqual(expected.map((item) => `${item.severity === 'error' ? 'Ошибка' : 'Замечание'}: ${item.message}`));
  const item = (start: string) => [...list.querySelectorAll<HTMLButtonElement>('li button')].find((b) => b.textContent?.replace(/^(Ошибка|Замечание): /, '').startsWith(start));

  await click(item('Figure 1 has no credit'));
  const photo = document.querySelector('[role="group"][aria-label="Фото"]')!;
  const credit = [...photo.querySelectorAll('label')].find((label) => label.textContent === 'Автор фото')!;
  expect(document.activeElement).toBe(document.getElementById(credit.htmlFor));

  await click(item('There is no SEO description'));
  const panel = document.getElementById('article-details-panel')!;
  const seo = [...panel.querySelectorAll('label')].find((label) => label.textContent === translator('ru')('app.meta.seoDescription'))!;
  expect(document.activeElement).toBe(document.getElementById(seo.htmlFor));
});
