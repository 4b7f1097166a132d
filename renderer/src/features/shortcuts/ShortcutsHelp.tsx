/**
 * The "Keyboard shortcuts" panel: a "?" button in the window's header, and the "?" key, open
 * a list of every shortcut and where it applies. The screens also show their own keys where
 * they apply (Send's button, the drop zone); this is the one place that lists them all.
 */
import { useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { ariaKeyShortcuts, shortcutGuide } from './keyboard-shortcuts';
import { Keys } from './Keys';
import { useShortcut } from './use-shortcut';
import './shortcuts.css';

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useShortcut('showShortcuts', () => setOpen(true));
  const platform = navigator.platform;
  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        aria-keyshortcuts={ariaKeyShortcuts('showShortcuts', platform)}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open && (
        <ModalDialog title="Keyboard shortcuts" className="shortcuts-help" onClose={() => setOpen(false)}>
          {shortcutGuide(platform).map((group) => (
            <section key={group.where} className="shortcuts-group">
              <h3>{group.where}</h3>
              <dl>
                {group.lines.map((line) => (
                  <div key={line.what} className="shortcuts-line">
                    <dt>
                      {line.keys.map((keys, index) => (
                        <span key={keys.join('+')}>
                          {index > 0 && ' or '}
                          <Keys keys={keys} />
                        </span>
                      ))}
                    </dt>
                    <dd>{line.what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <p className="muted shortcuts-note">
            Letter keys and ? work when the cursor is not in a text field, where they are typed as text.
          </p>
        </ModalDialog>
      )}
    </>
  );
}
