/**
 * Files from the watched folder on their way to Send. The main process sends each one already
 * checked and held (the `watch.file` event); the Send form takes them as it is shown, so a file
 * that arrives while another screen is open, or before the desk is ready, waits here instead
 * of being lost, and one that arrives while Send is open joins the files already listed.
 */
import type { ForwardedDocument } from '../../../preload/contract';

type Receiver = (document: ForwardedDocument) => void;

export class WatchedFiles {
  private readonly waiting: ForwardedDocument[] = [];
  private receiver: Receiver | null = null;

  /** A file arrived: to the Send form if one is shown, otherwise it waits for one. */
  deliver(document: ForwardedDocument): void {
    if (this.receiver) this.receiver(document);
    else this.waiting.push(document);
  }

  /** The Send form takes what waits and what comes next, until it goes away. */
  receive(receiver: Receiver): () => void {
    this.receiver = receiver;
    for (const document of this.waiting.splice(0)) receiver(document);
    return () => {
      if (this.receiver === receiver) this.receiver = null;
    };
  }
}

/** The page's one queue of them. */
export const watchedFiles = new WatchedFiles();
