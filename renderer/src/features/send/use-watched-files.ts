/**
 * Files from the watched folder, in the page: the app listens for them once and brings Send to
 * the front as one arrives; the Send form shown takes them onto its list (data/watched-files.ts
 * keeps those that arrive while no form is shown).
 */
import { useEffect, useEffectEvent } from 'react';
import type { ForwardedDocument } from '../../../../preload/contract';
import { watchedFiles, type ArrivalSource } from '../../data/watched-files';
import { faxdesk } from '../../lib/api';

/** For the app: each file from the watched folder is passed on, and `arrived` is told (to show Send). */
export function useWatchedFileArrivals(arrived: () => void): void {
  const onArrival = useEffectEvent(arrived);
  useEffect(
    () =>
      faxdesk().watch.onFile((document) => {
        watchedFiles.deliver(document);
        onArrival();
      }),
    [],
  );
}

/** For the Send form: the files waiting, and those that come while it is shown. */
export function useWatchedFiles(receive: (document: ForwardedDocument, source: ArrivalSource) => void): void {
  const onFile = useEffectEvent(receive);
  useEffect(() => watchedFiles.receive((document, source) => onFile(document, source)), []);
}
