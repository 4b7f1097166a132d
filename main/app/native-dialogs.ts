/**
 * The desk's questions (desk-questions.ts) as Electron message boxes, modal to the Faxdesk
 * window. They belong to the main process: the page cannot see, answer or dismiss them, which is
 * the point — a large send or premium-rate numbers need the person, not the page. The safe
 * answer is the first button, the default and what Escape or closing the box chooses.
 * Type-checked here; it runs only inside Electron.
 */
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { AskPerson } from './desk-questions';

const YES = 1;

export function nativeDialogs(parent: () => BrowserWindow | null): AskPerson {
  return async (question) => {
    const options: MessageBoxOptions = {
      type: 'warning',
      title: question.title,
      message: question.title,
      detail: question.message,
      buttons: [question.declineLabel, question.confirmLabel],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    };
    const window = parent();
    const { response } =
      window && !window.isDestroyed()
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options);
    return response === YES;
  };
}
