/**
 * The received fax's pages, in the document viewer (every page, zoom, rotate, print), once its
 * document is archived and readable; until then, or without one, the reason in words. The
 * bytes come from inbox:document, which gives only an archived fax's checked document.
 */
import { useCallback } from 'react';
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { DocumentViewer } from '../../components/document-viewer/DocumentViewer';
import { faxdesk, unwrap } from '../../lib/api';
import { archiveText, hasDocument } from './received-text';

export function InboxDocument({ fax, title }: { fax: ReceivedFaxSummary; title: string }) {
  const { id } = fax;
  const document = hasDocument(fax);
  // Stable per fax, so the viewer reads the document once (and again when it becomes archived).
  const load = useCallback(async () => (await unwrap(faxdesk().inbox.document(id))).bytes, [id]);
  return (
    <section className="inbox-document" aria-label="Pages" data-testid="inbox-document">
      {document ? <DocumentViewer key={id} load={load} title={title} /> : <p className="muted">{archiveText(fax)}</p>}
    </section>
  );
}
