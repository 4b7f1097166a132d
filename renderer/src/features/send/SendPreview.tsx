/**
 * Preview, before Send: the fax as its first recipient will get it — the document the engine
 * makes for the send (documents:preview), cover page included when it is on — page by page in
 * the document viewer, with the switch that shows it in black and white at the resolution of
 * the chosen quality. What is shown is what the form said when Preview was pressed.
 */
import { useCallback, useState } from 'react';
import type { FaxQuality } from '../../../../preload/contract';
import { DocumentViewer } from '../../components/document-viewer/DocumentViewer';
import { ModalDialog } from '../../components/ModalDialog';
import { useSettings } from '../../data/SettingsProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { ariaKeyShortcuts } from '../shortcuts/keyboard-shortcuts';
import { useShortcut } from '../shortcuts/use-shortcut';
import { previewTitle, type PreviewRequest } from './preview-request';

export function SendPreview({
  request,
  quality,
  recipientCount,
}: {
  /** What to preview, or null while there is nothing that can be (no files, or some still being checked). */
  request: PreviewRequest | null;
  quality: FaxQuality;
  recipientCount: number;
}) {
  const [shown, setShown] = useState<PreviewRequest | null>(null);
  const open = () => {
    if (request) setShown(request);
  };
  useShortcut('preview', open);

  return (
    <>
      <button
        type="button"
        className="send-preview-button"
        disabled={request === null}
        aria-haspopup="dialog"
        aria-keyshortcuts={ariaKeyShortcuts('preview', navigator.platform)}
        title="Preview the fax page by page (P)"
        onClick={open}
      >
        Preview
      </button>
      {shown && (
        <PreviewDialog
          request={shown}
          quality={quality}
          recipientCount={recipientCount}
          onClose={() => setShown(null)}
        />
      )}
    </>
  );
}

function PreviewDialog({
  request,
  quality,
  recipientCount,
  onClose,
}: {
  request: PreviewRequest;
  quality: FaxQuality;
  recipientCount: number;
  onClose: () => void;
}) {
  const load = useCallback(() => unwrap(faxdesk().documents.preview(request)), [request]);
  const settings = useSettings();
  const title = previewTitle(request, settings?.defaultCountry);
  return (
    <ModalDialog title={title} className="send-fax-preview" onClose={onClose}>
      {request.cover && recipientCount > 1 && (
        <p className="send-preview-note">
          Each of the {recipientCount} recipients gets a cover page with their own name and number.
        </p>
      )}
      <DocumentViewer load={load} title={title} faxMode quality={quality} />
    </ModalDialog>
  );
}
