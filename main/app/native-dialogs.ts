/**
 * The desk's questions (desk-questions.ts) as Electron message boxes, modal to the Faxdesk
 * window. They belong to the main process: the page cannot see, answer or dismiss them, which is
 * the point — a large send or premium-rate numbers need the person, not the page. The safe
 * answer is the first button, the default and what Escape or closing the box chooses.
 * Type-checked here; it runs only inside Electron.
 */
import {
  app,
  dialog,
  type BrowserWindow,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { join } from 'node:path';
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

/**
 * "Save a copy" of a received fax: the system's save dialog, modal to the window, starting in
 * the person's Documents folder with a name they recognise. Null when they cancel.
 */
export function nativeSavePicker(
  parent: () => BrowserWindow | null,
): (suggestedName: string) => Promise<string | null> {
  return async (suggestedName) => {
    const options: SaveDialogOptions = {
      title: 'Save a copy of the fax',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    return showSave(parent(), options);
  };
}

/** The open dialog, modal to the window while there is one; the one path chosen, or null. */
async function showOpen(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const { canceled, filePaths } =
    window && !window.isDestroyed()
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
}

async function showSave(window: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const { canceled, filePath } =
    window && !window.isDestroyed()
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
  return canceled || !filePath ? null : filePath;
}

/** "Import contacts": the system's open dialog for one CSV or vCard file; null when cancelled. */
export function nativeContactsFilePicker(parent: () => BrowserWindow | null): () => Promise<string | null> {
  return async () => {
    const options: OpenDialogOptions = {
      title: 'Import contacts',
      defaultPath: app.getPath('documents'),
      filters: [
        { name: 'Contacts (CSV or vCard)', extensions: ['csv', 'vcf', 'vcard', 'txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile'],
    };
    return showOpen(parent(), options);
  };
}

/**
 * The watched folder: the system's folder dialog, modal to the window, opening at the folder
 * watched now; a folder can be made in it. Null when the person cancels.
 */
export function nativeFolderPicker(parent: () => BrowserWindow | null): (current: string) => Promise<string | null> {
  return async (current) => {
    const options: OpenDialogOptions = {
      title: 'Choose the watched folder',
      defaultPath: current,
      buttonLabel: 'Watch this folder',
      properties: ['openDirectory', 'createDirectory'],
    };
    return showOpen(parent(), options);
  };
}

/** Settings: the folder every fax's report is saved into, in the system's folder dialog. Null when they cancel. */
export function nativeReportFolderPicker(parent: () => BrowserWindow | null): () => Promise<string | null> {
  return async () => {
    const options: OpenDialogOptions = {
      title: 'Save every fax report into this folder',
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    };
    return showOpen(parent(), options);
  };
}

/** "Export contacts": the save dialog, with the format's own extension. */
export function nativeContactsExportPicker(
  parent: () => BrowserWindow | null,
): (suggestedName: string, format: 'csv' | 'vcard') => Promise<string | null> {
  return (suggestedName, format) =>
    showSave(parent(), {
      title: 'Export contacts',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters:
        format === 'csv'
          ? [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }]
          : [{ name: 'vCard', extensions: ['vcf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
}
