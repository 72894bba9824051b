import { act } from 'react';
import { describe, expect, test } from 'vitest';
import type { ReviewSnapshot } from '../../../shared/ipc/workflow-channels';
import type { DiffableArticle } from '../../../shared/workflow/diff';
import { ApiProvider } from '../../api/ApiContext';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { fakeApi, type FakeHandlers } from '../../test/fakeApi';
import { render, settle } from '../../test/render';
import { RUSSIAN_UI } from '../testing/fakeWorkflow';
import { ChangesPanel } from './ChangesPanel';

const ID = '00000000-0000-4000-8000-00000000000a';
const OTHER_ID = '00000000-0000-4000-8000-00000000000b';

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 });
const element = (type: string, children: object[], extra: object = {}) => ({ type, version: 1, format: '', indent: 0, direction: null, children, ...extra });
const paragraph = (...children: object[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });
const bodyOf = (...paragraphs: string[]) => JSON.stringify({ root: element('root', paragraphs.map((words) => paragraph(text(words)))) });

const SUBMITTED: ReviewSnapshot = {
  at: Date.UTC(2025, 2, 3, 9, 30),
  headline: 'Ferry stays in port',
  standfirst: 'Islanders wait',
  body: bodyOf('The ferry will not sail before Friday.', 'Паром не выйдет в море до пятницы.', 'The council met on Monday.'),
};

const NOW: DiffableArticle = {
  headline: 'Ferry stays in port',
  standfirst: 'Islanders wait',
  body: bodyOf('The ferry will not sail before Saturday.', 'Паром не выйдет в море до субботы.', 'The council met on Monday.', 'Boats are free.'),
};

async function show(handlers: FakeHandlers, article: DiffableArticle | null = NOW, { russian = false } = {}) {
  const fake = fakeApi(russian ? { ...RUSSIAN_UI, ...handlers } : handlers);
  const panel = <ChangesPanel draftId={ID} article={article} />;
  const container = await render(<ApiProvider api={fake.api}>{russian ? <LocaleProvider>{panel}</LocaleProvider> : panel}</ApiProvider>);
  await settle();
  return { ...fake, container };
}

const texts = (container: HTMLElement, selector: string) => [...container.querySelectorAll(selector)].map((found) => found.textContent);
const radio = (container: HTMLElement, label: string) =>
  [...container.querySelectorAll('label')].find((found) => found.textContent === label)!.querySelector('input')!;

describe('ChangesPanel', () => {
  test('shows added words underlined and removed words struck, each announced, with unchanged blocks folded', async () => {
    const { container, calls } = await show({ reviewSnapshot: () => SUBMITTED });
    expect(calls.map((call) => call.input)).toEqual([{ id: ID, since: 'submitted' }]);
    expect(texts(container, 'ins')).toEqual(['[added: Saturday]', '[added: субботы]', '[added: Boats are free.]']);
    expect(texts(container, 'del')).toEqual(['[removed: Friday]', '[removed: пятницы]']);
    expect(texts(container, '.diff-block-kind')).toEqual(['Paragraph changed', 'Paragraph changed', 'Paragraph added']);
    expect(texts(container, '.diff-folded')).toEqual(['1 unchanged block']);
    // The headline and standfirst did not change: they are not shown.
    expect(container.textContent).not.toContain('Ferry stays in port');
    expect(container.textContent).toContain('Compared with the article submitted at');
  });

  test('Show unchanged text unfolds the unchanged blocks and fields', async () => {
    const { container } = await show({ reviewSnapshot: () => SUBMITTED });
    await act(async () => radio(container, 'Show unchanged text').click());
    expect(texts(container, '.diff-block-kind')).toEqual(['Paragraph changed', 'Paragraph changed', 'Paragraph', 'Paragraph added']);
    expect(texts(container, '.diff-field .diff-text')).toEqual(['Ferry stays in port', 'Islanders wait']);
    expect(texts(container, '.diff-folded')).toEqual([]);
  });

  test('says there is nothing to compare when the article never was submitted or approved, and asks again on switching', async () => {
    const { container, calls } = await show({ reviewSnapshot: ({ since }) => (since === 'submitted' ? SUBMITTED : null) });
    await act(async () => radio(container, 'since approved').click());
    await settle();
    expect(calls.map((call) => call.input)).toEqual([
      { id: ID, since: 'submitted' },
      { id: ID, since: 'approved' },
    ]);
    expect(container.textContent).toContain('Nothing to compare yet. It has not been approved yet.');
    expect(container.querySelectorAll('ins, del')).toHaveLength(0);
  });

  test('a headline change is shown word by word; an unchanged article says so', async () => {
    const { container } = await show({ reviewSnapshot: () => ({ ...SUBMITTED, body: NOW.body, headline: 'Ferry kept in port' }) });
    expect(texts(container, '.diff-heading')).toEqual(['Headline changed', 'Body']);
    expect(texts(container, '.diff-field ins')).toEqual(['[added: stays]']);
    expect(texts(container, '.diff-field del')).toEqual(['[removed: kept]']);

    const same = await show({ reviewSnapshot: () => ({ ...SUBMITTED, ...NOW }) });
    expect(same.container.textContent).toContain('Nothing has changed since.');
    expect(same.container.querySelectorAll('.diff')).toHaveLength(0);
  });

  test('reviewChanged for this draft fetches the snapshot again; for another draft it does not', async () => {
    let snapshot: ReviewSnapshot | null = null;
    const { container, calls, emit } = await show({ reviewSnapshot: () => snapshot });
    expect(container.textContent).toContain('Nothing to compare yet. It has not been submitted yet.');
    snapshot = SUBMITTED;
    await act(async () => emit('reviewChanged', { id: OTHER_ID }));
    await settle();
    expect(calls).toHaveLength(1);
    await act(async () => emit('reviewChanged', { id: ID }));
    await settle();
    expect(calls).toHaveLength(2);
    expect(texts(container, 'del')).toEqual(['[removed: Friday]', '[removed: пятницы]']);
  });

  test('main’s refusal, a snapshot whose body is not a Lexical document, and hostile text are all shown as words', async () => {
    const refused = await show({ reviewSnapshot: () => { throw new Error('The drafts database is locked.'); } });
    expect(refused.container.querySelector('[role="alert"]')!.textContent).toBe('Could not load the earlier version: The drafts database is locked.');

    const broken = await show({ reviewSnapshot: () => ({ ...SUBMITTED, body: '{"root":' }) });
    expect(broken.container.querySelector('[role="alert"]')!.textContent).toBe('The versions cannot be compared: body is not valid JSON');

    const hostile = '<img src=x onerror="window.hacked=1">';
    const shown = await show({ reviewSnapshot: () => ({ ...SUBMITTED, headline: hostile }) });
    expect(shown.container.querySelector('img')).toBeNull();
    expect(texts(shown.container, '.diff-field del')).toEqual([`[removed: ${hostile}]`]);
  });
});

describe('ChangesPanel in Russian', () => {
  test('blocks, fields and the comparison are said in Russian, the time still a <time>', async () => {
    const { container } = await show({ reviewSnapshot: () => ({ ...SUBMITTED, headline: 'Паром стоит в порту' }) }, NOW, { russian: true });
    expect(texts(container, '.diff-heading')).toEqual(['Заголовок изменён', 'Текст']);
    expect(texts(container, '.diff-block-kind')).toEqual(['Абзац: изменено', 'Абзац: изменено', 'Абзац: добавлено']);
    expect(texts(container, 'ins')).toContain('[добавлено: Saturday]');
    expect(texts(container, 'del')).toContain('[удалено: Friday]');
    const note = [...container.querySelectorAll('.list-note')].find((found) => found.querySelector('time'))!;
    expect(note.textContent).toMatch(/^Сравнение с версией, отправленной на проверку \(.+\)\.$/);
    expect(note.querySelector('time')?.getAttribute('datetime')).toBe(new Date(SUBMITTED.at).toISOString());
    expect(texts(container, 'label')).toEqual(['с отправки на проверку', 'с одобрения', 'Показывать текст без изменений']);
  });

  test('folded unchanged blocks are counted in the form their number needs', async () => {
    const same = (count: number) => Array.from({ length: count }, (_, index) => `Абзац ${index + 1} без правок.`);
    for (const [count, text] of [
      [1, '1 блок без изменений'],
      [2, '2 блока без изменений'],
      [5, '5 блоков без изменений'],
      [21, '21 блок без изменений'],
    ] as const) {
      const before = { ...SUBMITTED, body: bodyOf('Паром не выйдет до пятницы.', ...same(count)) };
      const { container } = await show({ reviewSnapshot: () => before }, { ...NOW, body: bodyOf('Паром не выйдет до субботы.', ...same(count)) }, { russian: true });
      expect(texts(container, '.diff-folded')).toEqual([text]);
    }
  });

  test('before any submission it says so in Russian', async () => {
    const { container } = await show({ reviewSnapshot: () => null }, NOW, { russian: true });
    expect(container.textContent).toContain('Сравнивать пока не с чем: статью ещё не отправляли на проверку.');
  });
});
