/**
 * Files coming to Send from outside the page: from the watched folder (the `watch.file` event)
 * and files opened with Faxdesk (documents:takeHanded). The main process sends each one already
 * checked and held; the Send form takes them as it is shown, so a file that arrives while another
 * screen is open, or before the desk is ready, waits here instead of being lost, and one that
 * arrives while Send is open joins the files already listed — what the person was preparing stays.
 */
import type { ForwardedDocument } from '../../../preload/contract';

/** Where a file came from, as the Send form says it: "from the watched folder", "opened with Faxdesk". */
export type ArrivalSource = 'from the watched folder' | 'opened with Faxdesk';

type Receiver = (document: ForwardedDocument, source: ArrivalSource) => void;

export class WatchedFiles {
  private readonly waiting: Array<{ document: ForwardedDocument; source: ArrivalSource }> = [];
  private receiver: Receiver | null = null;

  /** A file arrived: to the Send form if one is shown, otherwise it waits for one. */
  deliver(document: ForwardedDocument, source: ArrivalSource = 'from the watched folder'): void {
    if (this.receiver) this.receiver(document, source);
    else this.waiting.push({ document, source });
  }

  /** The Send form takes what waits and what comes next, until it goes away. */
  receive(receiver: Receiver): () => void {
    this.receiver = receiver;
    for (const { document, source } of this.waiting.splice(0)) receiver(document, source);
    return () => {
      if (this.receiver === receiver) this.receiver = null;
    };
  }
}

/** The page's one queue of them. */
export const watchedFiles = new WatchedFiles();
