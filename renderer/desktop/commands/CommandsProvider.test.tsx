import { act, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ApiProvider } from '../../api/ApiContext';
import { fakeApi } from '../../test/fakeApi';
import { render } from '../../test/render';
import { CommandsProvider, useCommand } from './CommandsProvider';
import { createCommandRegistry } from './registry';

describe('the command registry', () => {
  test('the newest handler runs; removing it gives the command back to the one before', () => {
    const registry = createCommandRegistry();
    const outer = vi.fn();
    const inner = vi.fn();
    expect(registry.run('find')).toBe(false);
    const stopOuter = registry.register('find', outer);
    const stopInner = registry.register('find', inner);
    expect(registry.run('find')).toBe(true);
    expect(inner).toHaveBeenCalledTimes(1);
    stopInner();
    registry.run('find');
    expect(outer).toHaveBeenCalledTimes(1);
    stopInner();
    stopOuter();
    expect(registry.run('find')).toBe(false);
  });

  test('the same function registered twice is two registrations', () => {
    const registry = createCommandRegistry();
    const handler = vi.fn();
    const first = registry.register('find', handler);
    registry.register('find', handler);
    first();
    expect(registry.run('find')).toBe(true);
  });
});

function Harness({ onFind, onSave }: { onFind: () => void; onSave: () => void }) {
  const [saving, setSaving] = useState(true);
  useCommand('find', onFind);
  useCommand('saveVersion', onSave, saving);
  return (
    <button type="button" onClick={() => setSaving(false)}>
      stop saving
    </button>
  );
}

async function mount() {
  const fake = fakeApi({});
  const onFind = vi.fn();
  const onSave = vi.fn();
  const container = await render(
    <ApiProvider api={fake.api}>
      <CommandsProvider>
        <Harness onFind={onFind} onSave={onSave} />
      </CommandsProvider>
    </ApiProvider>,
  );
  const press = (init: KeyboardEventInit, target: EventTarget = document.body) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    act(() => {
      target.dispatchEvent(event);
    });
    return event;
  };
  return { fake, onFind, onSave, container, press };
}

describe('CommandsProvider', () => {
  test('a registry shortcut runs its command before anything else sees the key', async () => {
    const { onFind, press } = await mount();
    const field = document.createElement('input');
    document.body.append(field);
    const seenByField = vi.fn();
    field.addEventListener('keydown', seenByField);
    const event = press({ key: 'f', code: 'KeyF', ctrlKey: true }, field);
    expect(onFind).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    expect(seenByField).not.toHaveBeenCalled();
    field.remove();
  });

  test('a Cyrillic layout’s letter on the same key runs it too', async () => {
    const { onFind, press } = await mount();
    press({ key: 'а', code: 'KeyF', ctrlKey: true });
    expect(onFind).toHaveBeenCalledTimes(1);
  });

  test('keys that are not shortcuts, held keys and IME composition pass through untouched', async () => {
    const { onFind, press } = await mount();
    expect(press({ key: 'f', code: 'KeyF' }).defaultPrevented).toBe(false);
    expect(press({ key: 'f', code: 'KeyF', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    expect(press({ key: 'f', code: 'KeyF', ctrlKey: true, repeat: true }).defaultPrevented).toBe(false);
    expect(press({ key: 'f', code: 'KeyF', ctrlKey: true, isComposing: true }).defaultPrevented).toBe(false);
    expect(onFind).not.toHaveBeenCalled();
  });

  test('a command nobody handles now leaves its key to the page', async () => {
    const { onSave, press, container } = await mount();
    act(() => container.querySelector('button')!.click());
    const event = press({ key: 's', code: 'KeyS', ctrlKey: true });
    expect(event.defaultPrevented).toBe(false);
    expect(onSave).not.toHaveBeenCalled();
    // Ctrl+N is in the registry, but nothing here handles New Draft.
    expect(press({ key: 'n', code: 'KeyN', ctrlKey: true }).defaultPrevented).toBe(false);
  });

  test('Electron’s menu runs the same handler; a modal dialog holds back keys and menu alike', async () => {
    const { fake, onFind, onSave, press } = await mount();
    act(() => fake.emit('menuCommand', { id: 'saveVersion' }));
    expect(onSave).toHaveBeenCalledTimes(1);

    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    act(() => fake.emit('menuCommand', { id: 'find' }));
    expect(press({ key: 'f', code: 'KeyF', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(onFind).not.toHaveBeenCalled();
    dialog.remove();
    press({ key: 'f', code: 'KeyF', ctrlKey: true });
    expect(onFind).toHaveBeenCalledTimes(1);
  });

  test('Help → Keyboard Shortcuts opens a dialog listing the shortcuts, and Escape closes it', async () => {
    const { press } = await mount();
    press({ key: '/', code: 'Slash', ctrlKey: true });
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Find and Replace…');
    expect(dialog.textContent).toContain('Ctrl+H');
    expect(dialog.querySelectorAll('caption')[0]!.textContent).toBe('File');
    act(() => {
      (dialog as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });
});
