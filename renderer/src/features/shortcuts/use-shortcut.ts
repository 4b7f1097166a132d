/**
 * Runs `action` when the person presses the key of shortcut `id` anywhere in the window, as
 * long as the component that asks is shown. keyboard-shortcuts.ts decides what a press
 * means; a press a field has already taken (Enter in the fax number field) is left to it.
 */
import { useEffect, useEffectEvent } from 'react';
import { pressPlace, shortcutFor, type ShortcutId } from './keyboard-shortcuts';

export function useShortcut(id: ShortcutId, action: () => void): void {
  const run = useEffectEvent(action);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof Element ? event.target : null;
      if (shortcutFor(event, pressPlace(target)) !== id) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [id]);
}
