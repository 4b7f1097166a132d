/**
 * Faxdesk's keyboard shortcuts, in one place: which key press means what, when a press counts
 * (a letter typed into a field is text, not a shortcut; an open panel keeps its keys to
 * itself), and how each is written for the person's system. Pure, so it is tested alone; the
 * screens listen with use-shortcut.ts and show the keys where they apply.
 */

export type ShortcutId = 'send' | 'chooseFiles' | 'preview' | 'showShortcuts' | 'toggleRead';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Where the key was pressed. */
export interface PressPlace {
  /** In a field that takes text, where a letter or "?" is text. */
  typing: boolean;
  /** Inside a panel over the window (a dialog), whose keys are its own. */
  inDialog: boolean;
}

/** The shortcut a key press means there, if any. */
export function shortcutFor(press: KeyPress, place: PressPlace): ShortcutId | null {
  if (place.inDialog) return null;
  const command = press.ctrlKey || press.metaKey;
  if (press.key === 'Enter' && command && !press.altKey && !press.shiftKey) return 'send';
  if (place.typing) return null;
  // "?" is a shifted key on most layouts (and AltGr on some), so only what it types counts.
  if (press.key === '?') return 'showShortcuts';
  if ((press.key === 'o' || press.key === 'O') && !command && !press.altKey) return 'chooseFiles';
  if ((press.key === 'p' || press.key === 'P') && !command && !press.altKey) return 'preview';
  if ((press.key === 'u' || press.key === 'U') && !command && !press.altKey) return 'toggleRead';
  return null;
}

/** The little of an element that decides where a press happened (an Element, or a stand-in in tests). */
export interface PressTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  closest(selector: string): unknown;
}

/** Inputs that take no text: a letter pressed on them is free to be a shortcut. */
const WITHOUT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

export function pressPlace(target: PressTarget | null): PressPlace {
  if (!target) return { typing: false, inDialog: false };
  const tag = target.tagName.toLowerCase();
  const typing =
    tag === 'textarea' ||
    tag === 'select' ||
    Boolean(target.isContentEditable) ||
    (tag === 'input' && !WITHOUT_TEXT.has((target.type ?? 'text').toLowerCase()));
  return { typing, inDialog: Boolean(target.closest('dialog')) };
}

/** How the modifier of "send" is written and announced on this system: ⌘ on a Mac, Ctrl elsewhere. */
export function commandKey(platform: string): { label: string; aria: string } {
  return /mac/i.test(platform) ? { label: '⌘', aria: 'Meta' } : { label: 'Ctrl', aria: 'Control' };
}

/** The keys of each shortcut as they are printed, one array per key combination. */
export function shortcutKeys(id: ShortcutId, platform: string): string[] {
  switch (id) {
    case 'send':
      return [commandKey(platform).label, 'Enter'];
    case 'chooseFiles':
      return ['O'];
    case 'preview':
      return ['P'];
    case 'showShortcuts':
      return ['?'];
    case 'toggleRead':
      return ['U'];
  }
}

/** The value of aria-keyshortcuts for each shortcut. */
export function ariaKeyShortcuts(id: ShortcutId, platform: string): string {
  switch (id) {
    case 'send':
      return `${commandKey(platform).aria}+Enter`;
    case 'chooseFiles':
      return 'O';
    case 'preview':
      return 'P';
    case 'showShortcuts':
      return 'Shift+?';
    case 'toggleRead':
      return 'U';
  }
}

export interface ShortcutLine {
  keys: string[][];
  what: string;
}

/** What the "Keyboard shortcuts" panel lists, by where each applies. */
export function shortcutGuide(platform: string): Array<{ where: string; lines: ShortcutLine[] }> {
  return [
    {
      where: 'Anywhere on the desk',
      lines: [
        { keys: [shortcutKeys('showShortcuts', platform)], what: 'Show these keyboard shortcuts' },
        { keys: [['Esc']], what: 'Close a panel like this one, or a list of suggestions' },
        { keys: [['Tab'], ['Shift', 'Tab']], what: 'Move to the next or the previous control' },
      ],
    },
    {
      where: 'Send',
      lines: [
        { keys: [shortcutKeys('send', platform)], what: 'Send the fax, once Send is ready' },
        { keys: [shortcutKeys('chooseFiles', platform)], what: 'Choose files to fax' },
        { keys: [shortcutKeys('preview', platform)], what: 'Preview the fax page by page, as it will be sent' },
        { keys: [['Space'], ['Enter']], what: 'On a thumbnail: show its first page large' },
        { keys: [['Enter']], what: 'In Fax number: add the number typed' },
        { keys: [['↓'], ['↑']], what: 'In Fax number: go through contacts, groups and recent recipients' },
      ],
    },
    {
      where: 'Inbox, and Outbox and history',
      lines: [
        { keys: [['↓'], ['↑'], ['Home'], ['End']], what: 'In the list: move between faxes' },
        { keys: [['Enter']], what: 'In the list: open the fax' },
        { keys: [['Esc']], what: 'Close the fax that is open' },
        { keys: [shortcutKeys('toggleRead', platform)], what: 'Inbox: mark the open fax read or unread' },
      ],
    },
    {
      where: 'Address book',
      lines: [
        { keys: [['↓'], ['↑'], ['Home'], ['End']], what: 'In the list: move between contacts' },
        { keys: [['Enter']], what: 'In the list: open the contact' },
        { keys: [['Esc']], what: 'Close the contact, or leave the form without saving' },
      ],
    },
    {
      where: 'A document, page by page',
      lines: [
        { keys: [['+'], ['−']], what: 'Zoom in or out' },
        { keys: [['0']], what: 'Fit the pages to the width' },
        { keys: [['R']], what: 'Rotate the document clockwise' },
        { keys: [['↓'], ['↑'], ['Page Down'], ['Page Up']], what: 'Scroll through the pages' },
      ],
    },
  ];
}
