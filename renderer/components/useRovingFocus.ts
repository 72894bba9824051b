import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The WAI-ARIA toolbar pattern: the toolbar is one Tab stop, and arrow keys, Home and End move
 * between its enabled buttons. The tab stop stays on the last focused button while it is enabled.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const last = useRef<HTMLButtonElement | null>(null);

  const enabledButtons = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];

  const placeTabStop = useCallback(() => {
    const buttons = enabledButtons();
    const stop = last.current && buttons.includes(last.current) ? last.current : buttons[0];
    for (const button of ref.current?.querySelectorAll('button') ?? []) button.tabIndex = button === stop ? 0 : -1;
  }, []);

  // After every render, since buttons may have been enabled, disabled, added or removed.
  useLayoutEffect(placeTabStop);

  const onFocus = (event: FocusEvent<T>) => {
    if (event.target instanceof HTMLButtonElement) {
      last.current = event.target;
      placeTabStop();
    }
  };

  const onKeyDown = (event: KeyboardEvent<T>) => {
    const move = MOVES[event.key];
    const buttons = enabledButtons();
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (!move || index === -1) return;
    event.preventDefault();
    buttons[move(index, buttons.length)]?.focus();
  };

  return { ref, onFocus, onKeyDown };
}
