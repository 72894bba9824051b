import { describe, expect, test } from 'vitest';
import { DraftSummary, type DraftContent } from '../../../shared/article/draft';
import { SEARCH_LIMIT } from './statements';
import { article, council, ferry, openTestStore, parom } from './testFixtures';

function storeWith(...contents: DraftContent[]) {
  const opened = openTestStore();
  const ids = contents.map((content) => {
    const { id } = opened.store.create();
    opened.store.save(id, content);
    opened.clock.advance(1_000);
    return id;
  });
  return { ...opened, ids };
}

const matchedWords = (summary: DraftSummary | undefined, part: 'headlineHighlight' | 'snippet') =>
  summary?.[part].filter((segment) => segment.match).map((segment) => segment.text);

describe('search', () => {
  test('finds English words anywhere in headline, standfirst or body', () => {
    const { store, ids } = storeWith(ferry, council, parom);
    expect(store.search('harbour').map((s) => s.id)).toEqual([ids[0]]);
    expect(store.search('gales').map((s) => s.id)).toEqual([ids[0]]);
    expect(store.search('budget').map((s) => s.id)).toEqual([ids[1]]);
    expect(store.search('submarine')).toEqual([]);
  });

  test('matches prefixes and requires every word', () => {
    const { store, ids } = storeWith(ferry, council);
    expect(store.search('harb').map((s) => s.id)).toEqual([ids[0]]);
    expect(store.search('ferry library').map((s) => s.id)).toEqual([ids[1]]);
    expect(store.search('ferry gales').map((s) => s.id)).toEqual([ids[0]]);
    expect(store.search('ferry submarine')).toEqual([]);
  });

  test('finds Russian words whatever their case, and by prefix', () => {
    const { store, ids } = storeWith(ferry, parom);
    expect(store.search('ПАРОМ').map((s) => s.id)).toEqual([ids[1]]);
    expect(store.search('паром').map((s) => s.id)).toEqual([ids[1]]);
    expect(store.search('причал').map((s) => s.id)).toEqual([ids[1]]);
    expect(store.search('КАПИТАН ПОРТА').map((s) => s.id)).toEqual([ids[1]]);
  });

  test('ignores case and diacritics in Latin text', () => {
    const { store, ids } = storeWith(article('Café owners protest rent rise', '', 'Owners of the Élysée café met the mayor.'));
    expect(store.search('CAFE elysee').map((s) => s.id)).toEqual([ids[0]]);
  });

  test('ranks a match in the headline above matches in the body', () => {
    const inBody = article('Storm warning for the coast', '', 'The ferry may not sail, the ferry company said; ferry passengers wait.');
    const inHeadline = article('Ferry timetable changes', '', 'New departure times start in spring.');
    const { store, ids } = storeWith(inHeadline, inBody);
    expect(store.search('ferry').map((s) => s.id)).toEqual([ids[0], ids[1]]);
    // Whatever the order they were written in.
    const reversed = storeWith(inBody, inHeadline);
    expect(reversed.store.search('ferry').map((s) => s.id)).toEqual([reversed.ids[1], reversed.ids[0]]);
  });

  test('marks matched words in the headline and in the snippet', () => {
    const { store } = storeWith(ferry, parom);
    const [hit] = store.search('ferr islander');
    expect(DraftSummary.parse(hit)).toEqual(hit);
    expect(hit?.headlineHighlight).toEqual([
      { text: 'Ferry', match: true },
      { text: ' to the islands cancelled for a third day', match: false },
    ]);
    expect(matchedWords(hit, 'snippet')).toEqual(['Islanders']);
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('Islanders who commute');

    const [russian] = store.search('паром причал');
    expect(matchedWords(russian, 'headlineHighlight')).toEqual(['Паром']);
    expect(matchedWords(russian, 'snippet')).toEqual(['причала']);
  });

  test('a headline-only match keeps the plain lead snippet', () => {
    const { store } = storeWith(ferry);
    const [hit] = store.search('cancelled');
    expect(hit?.snippet).toEqual([{ text: ferry.standfirst, match: false }]);
  });

  test('does not find trashed drafts, and finds them again once restored', () => {
    const { store, ids } = storeWith(ferry, council);
    const [ferryId] = ids as [string];
    store.trash(ferryId);
    expect(store.search('ferry').map((s) => s.id)).toEqual([ids[1]]);
    store.restore(ferryId);
    expect(store.search('ferry')).toHaveLength(2);
  });

  test('follows edits: old words are no longer found, new ones are', () => {
    const { store, ids } = storeWith(ferry);
    const [id] = ids as [string];
    store.save(id, article('Bridge reopens after repairs', '', 'Traffic is flowing again.'));
    expect(store.search('ferry')).toEqual([]);
    expect(store.search('bridge').map((s) => s.id)).toEqual([id]);
  });

  test.each(['"', '*', '-', 'NEAR(', 'OR', 'AND', 'NOT', '"ferry', 'ferry"', 'ferry*', '-ferry', 'ferry OR', '(ferry', 'col:ferry', 'headline:ferry', '^ferry', "'", '\\', '   ', '', '+', 'NEAR(ferry council, 2)'])(
    'hostile query %j is searched as plain words, never as syntax',
    (query) => {
      const { store } = storeWith(ferry, council);
      expect(() => store.search(query)).not.toThrow();
    },
  );

  test('punctuation around a word does not stop it matching', () => {
    const { store, ids } = storeWith(ferry, council);
    for (const query of ['"ferry', 'ferry"', '(ferry)', '-gales', 'gales*', 'gales,']) {
      expect(store.search(query).map((s) => s.id), query).toContain(ids[0]);
    }
  });

  test('queries of only punctuation or spaces find nothing', () => {
    const { store } = storeWith(ferry, council);
    for (const query of ['"', '*', '-', '()', '   ', '', '" * -']) expect(store.search(query)).toEqual([]);
  });

  test('FTS operators are searched as words', () => {
    const { store, ids } = storeWith(article('Vote OR walk out: union decides', '', 'Members meet tonight.'), council);
    expect(store.search('OR').map((s) => s.id)).toEqual([ids[0]]);
    expect(store.search('NEAR(').map((s) => s.id)).toEqual([]);
  });

  test('random punctuation and operators never make search throw', () => {
    const { store } = storeWith(ferry, council, parom);
    const pieces = ['"', '*', '(', ')', '-', '+', ':', '^', 'NEAR', 'OR', 'AND', 'NOT', 'ferry', 'паром', '{', '}', ',', ' ', "'", '\u0000', '\uE000'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let i = 0; i < 500; i += 1) {
      const query = Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]).join('');
      expect(() => store.search(query), query).not.toThrow();
    }
  });
  test('a blank standfirst, however its spaces are written, gives way to the body, in the list and in results', () => {
    const { store, ids } = storeWith(article('Lifeboat launched', '\u3000\u00a0\n\t\u2028 ', 'The crew went out at dawn.'), ferry);
    const lead = [{ text: 'The crew went out at dawn.', match: false }];
    expect(store.list().find((summary) => summary.id === ids[0])?.snippet).toEqual(lead);
    expect(store.search('lifeboat').map((summary) => summary.snippet)).toEqual([lead]);
  });

  test('ties at the limit are broken newest first, as everywhere else', () => {
    // More identical drafts than are shown: all score the same, and the newest are the ones kept.
    const copies = Array.from({ length: SEARCH_LIMIT + 5 }, (_, n) => article('Tide tables', `Edition ${n % 2 ? 'A' : 'B'}`, 'High water at six.'));
    const { store, ids } = storeWith(ferry, ...copies);
    expect(store.search('tide').map((summary) => summary.id)).toEqual(ids.slice(1).reverse().slice(0, SEARCH_LIMIT));
  });
});
