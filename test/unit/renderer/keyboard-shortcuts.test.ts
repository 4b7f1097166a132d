/** Which key press is which shortcut, where it counts, and how its keys are written. */
import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  pressPlace,
  shortcutFor,
  shortcutGuide,
  shortcutKeys,
  type KeyPress,
  type PressTarget,
} from '../../../renderer/src/features/shortcuts/keyboard-shortcuts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});
const free = { typing: false, inDialog: false };
const typing = { typing: true, inDialog: false };
const inDialog = { typing: false, inDialog: true };

describe('shortcutFor', () => {
  it('sends on Ctrl+Enter or ⌘+Enter, even from a text field', () => {
    expect(shortcutFor(press('Enter', { ctrlKey: true }), free)).toBe('send');
    expect(shortcutFor(press('Enter', { metaKey: true }), typing)).toBe('send');
    expect(shortcutFor(press('Enter'), free)).toBeNull();
    expect(shortcutFor(press('Enter', { ctrlKey: true, shiftKey: true }), free)).toBeNull();
  });

  it('chooses files on O and shows the shortcuts on ?, but not while typing', () => {
    expect(shortcutFor(press('o'), free)).toBe('chooseFiles');
    expect(shortcutFor(press('O', { shiftKey: true }), free)).toBe('chooseFiles');
    expect(shortcutFor(press('?', { shiftKey: true }), free)).toBe('showShortcuts');
    expect(shortcutFor(press('o'), typing)).toBeNull();
    expect(shortcutFor(press('?', { shiftKey: true }), typing)).toBeNull();
  });

  it('leaves O with a modifier to the system (Ctrl+O, ⌘+O, Alt+O)', () => {
    expect(shortcutFor(press('o', { ctrlKey: true }), free)).toBeNull();
    expect(shortcutFor(press('o', { metaKey: true }), free)).toBeNull();
    expect(shortcutFor(press('o', { altKey: true }), free)).toBeNull();
  });

  it('marks the open received fax read or unread on U, but not while typing or with a modifier', () => {
    expect(shortcutFor(press('u'), free)).toBe('toggleRead');
    expect(shortcutFor(press('U', { shiftKey: true }), free)).toBe('toggleRead');
    expect(shortcutFor(press('u'), typing)).toBeNull();
    expect(shortcutFor(press('u', { ctrlKey: true }), free)).toBeNull();
    expect(shortcutFor(press('u'), inDialog)).toBeNull();
  });

  it('does nothing inside an open panel', () => {
    expect(shortcutFor(press('Enter', { ctrlKey: true }), inDialog)).toBeNull();
    expect(shortcutFor(press('o'), inDialog)).toBeNull();
    expect(shortcutFor(press('?'), inDialog)).toBeNull();
  });
});

describe('pressPlace', () => {
  const element = (tagName: string, extra: Partial<PressTarget> = {}, dialog = false): PressTarget => ({
    tagName,
    closest: (selector) => (selector === 'dialog' && dialog ? {} : null),
    ...extra,
  });

  it('counts text fields, text areas, selects and editable text as typing', () => {
    expect(pressPlace(element('INPUT', { type: 'text' })).typing).toBe(true);
    expect(pressPlace(element('INPUT', { type: 'tel' })).typing).toBe(true);
    expect(pressPlace(element('INPUT', { type: 'datetime-local' })).typing).toBe(true);
    expect(pressPlace(element('TEXTAREA')).typing).toBe(true);
    expect(pressPlace(element('SELECT')).typing).toBe(true);
    expect(pressPlace(element('DIV', { isContentEditable: true })).typing).toBe(true);
  });

  it('does not count buttons, checkboxes or the page itself as typing', () => {
    expect(pressPlace(element('BUTTON')).typing).toBe(false);
    expect(pressPlace(element('INPUT', { type: 'checkbox' })).typing).toBe(false);
    expect(pressPlace(element('BODY')).typing).toBe(false);
    expect(pressPlace(null)).toEqual({ typing: false, inDialog: false });
  });

  it('knows a press inside a dialog', () => {
    expect(pressPlace(element('BUTTON', {}, true)).inDialog).toBe(true);
  });
});

describe('how the keys are written', () => {
  it('uses ⌘ on a Mac and Ctrl elsewhere', () => {
    expect(shortcutKeys('send', 'MacIntel')).toEqual(['⌘', 'Enter']);
    expect(shortcutKeys('send', 'Win32')).toEqual(['Ctrl', 'Enter']);
    expect(shortcutKeys('send', 'Linux x86_64')).toEqual(['Ctrl', 'Enter']);
    expect(ariaKeyShortcuts('send', 'MacIntel')).toBe('Meta+Enter');
    expect(ariaKeyShortcuts('send', 'Linux x86_64')).toBe('Control+Enter');
    expect(shortcutKeys('chooseFiles', 'Win32')).toEqual(['O']);
  });

  it('lists every shortcut in the guide', () => {
    const listed = shortcutGuide('Win32').flatMap((group) => group.lines.map((line) => line.keys));
    expect(listed).toContainEqual([['Ctrl', 'Enter']]);
    expect(listed).toContainEqual([['O']]);
    expect(listed).toContainEqual([['?']]);
    expect(listed).toContainEqual([['P']]);
  });

  it('P previews the fax, except in a text field or with a modifier', () => {
    const press = { key: 'p', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(shortcutFor(press, { typing: false, inDialog: false })).toBe('preview');
    expect(shortcutFor({ ...press, key: 'P', shiftKey: true }, { typing: false, inDialog: false })).toBe('preview');
    expect(shortcutFor(press, { typing: true, inDialog: false })).toBeNull();
    expect(shortcutFor(press, { typing: false, inDialog: true })).toBeNull();
    expect(shortcutFor({ ...press, ctrlKey: true }, { typing: false, inDialog: false })).toBeNull();
    expect(ariaKeyShortcuts('preview', 'Win32')).toBe('P');
  });
});
