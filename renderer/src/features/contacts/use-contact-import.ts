/**
 * Import and export from the page's side: Import asks the main process to show its open dialog
 * and read the file; the preview comes back to be confirmed or cancelled (the file itself stays
 * in the main process). Export asks for CSV or vCard; the main process asks where to save.
 */
import { useState } from 'react';
import type { ContactImportPreview } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { contactsText, importResultText } from './contact-text';

export function useContactImport(announce: (message: string) => void) {
  const [preview, setPreview] = useState<ContactImportPreview | null>(null);
  const action = useAsyncAction();

  const choose = () =>
    action.run(async () => {
      const chosen = await unwrap(faxdesk().contacts.importChoose());
      if (chosen) setPreview(chosen);
    });
  const confirm = () =>
    action.run(async () => {
      if (!preview) return;
      const result = await unwrap(faxdesk().contacts.importCommit(preview.token));
      setPreview(null);
      announce(importResultText(result));
    });
  const cancel = () => {
    if (preview) void faxdesk().contacts.importCancel(preview.token);
    setPreview(null);
    action.setError(null);
  };
  const exportAs = (format: 'csv' | 'vcard', count: number) =>
    action.run(async () => {
      const saved = await unwrap(faxdesk().contacts.export(format));
      if (saved) announce(`Exported ${contactsText(count)} as ${format === 'csv' ? 'CSV' : 'vCard'}.`);
    });

  return { preview, choose, confirm, cancel, exportAs, busy: action.busy, error: action.error };
}
