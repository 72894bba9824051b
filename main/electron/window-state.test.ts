import { describe, expect, test } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences } from './preferences';
import { DEFAULT_WINDOW_STATE, fitToWorkAreas, parseWindowState, type WindowState } from './window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const minimum = { width: 720, height: 480 };
const at = (x: number, y: number, width = 1000, height = 700): WindowState => ({ bounds: { x, y, width, height }, maximized: false });

describe('parseWindowState', () => {
  test('keeps a well-formed state', () => {
    expect(parseWindowState({ bounds: { x: -20, y: 40, width: 900, height: 600 }, maximized: true })).toEqual({
      bounds: { x: -20, y: 40, width: 900, height: 600 },
      maximized: true,
    });
  });

  test('drops a half-known position but keeps the size', () => {
    expect(parseWindowState({ bounds: { x: 10, width: 900, height: 600 } })).toEqual({
      bounds: { width: 900, height: 600 },
      maximized: false,
    });
  });

  test.each([undefined, null, 'x', {}, { bounds: null }, { bounds: { width: 0, height: 10 } }, { bounds: { width: 1.5, height: 10 } }, { bounds: { width: '900', height: 600 } }])(
    'falls back to the default for %j',
    (value) => expect(parseWindowState(value)).toEqual(DEFAULT_WINDOW_STATE),
  );
});

describe('fitToWorkAreas', () => {
  test('a window on a screen stays where it was', () => {
    expect(fitToWorkAreas(at(100, 100), [screen], minimum)).toEqual(at(100, 100));
  });

  test('a window on a second screen stays there while the screen is attached', () => {
    const second = { x: 1920, y: 0, width: 2560, height: 1440 };
    expect(fitToWorkAreas(at(2200, 200), [screen, second], minimum).bounds).toMatchObject({ x: 2200, y: 200 });
    expect(fitToWorkAreas(at(2200, 200), [screen], minimum).bounds).toEqual({ width: 1000, height: 700 });
  });

  test('a title bar above the screen, or too far off its edge to grab, is re-placed', () => {
    expect(fitToWorkAreas(at(100, -50), [screen], minimum).bounds).not.toHaveProperty('x');
    expect(fitToWorkAreas(at(1900, 100), [screen], minimum).bounds).not.toHaveProperty('x');
    expect(fitToWorkAreas(at(-990, 100), [screen], minimum).bounds).not.toHaveProperty('x');
  });

  test('a window larger than every screen is shrunk, but not below the minimum', () => {
    expect(fitToWorkAreas(at(0, 0, 4000, 3000), [screen], minimum).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(fitToWorkAreas(at(0, 0, 4000, 3000), [{ x: 0, y: 0, width: 600, height: 400 }], minimum).bounds).toMatchObject({
      width: 720,
      height: 480,
    });
  });

  test('maximized survives, and with no screen information the state is kept as is', () => {
    expect(fitToWorkAreas({ ...at(10, 10), maximized: true }, [screen], minimum).maximized).toBe(true);
    expect(fitToWorkAreas(at(-5000, -5000), [], minimum)).toEqual(at(-5000, -5000));
  });
});

test('preferences: known fields are kept, anything else falls back', () => {
  expect(parsePreferences({ spellcheck: false, extra: 1 })).toEqual({ spellcheck: false });
  expect(parsePreferences({ spellcheck: 'no' })).toEqual(DEFAULT_PREFERENCES);
  expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
});
