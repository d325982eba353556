import { useCallback, useEffect, useRef } from 'react';

interface Pending {
  /** True once the page shows the result (the added item gone from the suggestions, the new status). */
  ready: () => boolean;
  /** Where focus goes then: the next thing to act on, or the heading of what changed. */
  target: () => HTMLElement | null;
}

/**
 * Moves focus after an action whose button disappears with the result, once the refreshed
 * data has rendered: without it focus falls back to the page body and a keyboard user
 * starts again from the top.
 */
export function useFocusAfter() {
  const pending = useRef<Pending | null>(null);
  const attempt = useCallback(() => {
    const p = pending.current;
    if (!p || !p.ready()) return;
    const el = p.target();
    if (el) {
      pending.current = null;
      el.focus();
    }
  }, []);
  // After every render of the component: the refreshed data may have arrived.
  useEffect(attempt);
  return useCallback(
    (ready: Pending['ready'], target: Pending['target']) => {
      pending.current = { ready, target };
      // It may have arrived already, with no render to come.
      setTimeout(attempt, 0);
    },
    [attempt],
  );
}

/** The element with this id, made focusable if it is a heading or other static element. */
export function focusableById(id: string): HTMLElement | null {
  const el = document.getElementById(id);
  if (el && !el.hasAttribute('tabindex') && !/^(BUTTON|A|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
  return el;
}
