import { expect, test } from 'vitest';
import { render } from '../test/render';
import { Highlighted } from './Highlighted';
import { DraftListItem } from './DraftListItem';

test('marks matched words and renders everything else as plain text', async () => {
  const container = await render(
    <Highlighted
      segments={[
        { text: 'Storm closes ', match: false },
        { text: 'harbour', match: true },
        { text: ' again', match: false },
      ]}
    />,
  );
  expect(container.textContent).toBe('Storm closes harbour again');
  expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['harbour']);
});

test('markup in a headline or snippet is shown as text, never run as HTML', async () => {
  const hostile = '<img src=x onerror="window.__pwned=1"> <b>bold</b>';
  const container = await render(
    <ul>
      <DraftListItem
        summary={{
          id: '00000000-0000-4000-8000-000000000001',
          headline: hostile,
          headlineHighlight: [{ text: hostile, match: false }],
          snippet: [
            { text: '<script>window.__pwned=2</script>', match: true },
            { text: ' tail', match: false },
          ],
          updatedAt: Date.now(),
          deletedAt: null,
        }}
        selected={false}
        onOpen={() => {}}
      />
    </ul>,
  );
  expect(container.querySelector('img, b, script')).toBeNull();
  expect(container.querySelector('.draft-item-headline')?.textContent).toBe(hostile);
  expect(container.querySelector('mark')?.textContent).toBe('<script>window.__pwned=2</script>');
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test('a draft without a headline is listed as "Untitled draft"', async () => {
  const container = await render(
    <ul>
      <DraftListItem
        summary={{
          id: '00000000-0000-4000-8000-000000000002',
          headline: '  ',
          headlineHighlight: [{ text: '  ', match: false }],
          snippet: [],
          updatedAt: Date.now(),
          deletedAt: null,
        }}
        selected
        onOpen={() => {}}
      />
    </ul>,
  );
  const button = container.querySelector('button');
  expect(button?.textContent).toContain('Untitled draft');
  expect(button?.getAttribute('aria-current')).toBe('true');
});
