/**
 * What the desktop asks of the page: files handed to Faxdesk ("Open with Faxdesk", a second
 * launch) go to Send, and a clicked notification shows its fax. Handed files are taken from the
 * main process (documents:takeHanded) when the desk is ready and whenever more arrive, so files
 * handed over before the window loaded are not lost; until the desk is ready they wait there.
 */
import { useEffect, useEffectEvent } from 'react';
import type { Events, HandedDocuments } from '../../../preload/contract';
import { faxdesk, unwrap } from './api';

export interface DesktopRequestHandlers {
  onHanded: (handed: HandedDocuments) => void;
  onOpenFax: (request: Events['app.openFax']) => void;
}

export function useDesktopRequests(ready: boolean, handlers: DesktopRequestHandlers): void {
  // The latest handlers, without re-subscribing on every render.
  const onHanded = useEffectEvent((handed: HandedDocuments) => handlers.onHanded(handed));
  const onOpenFax = useEffectEvent((request: Events['app.openFax']) => handlers.onOpenFax(request));

  useEffect(() => {
    if (!ready) return;
    const take = () =>
      void unwrap(faxdesk().documents.takeHanded()).then(
        (handed) => {
          if (handed.documents.length > 0 || handed.problems.length > 0) onHanded(handed);
        },
        () => undefined,
      );
    take();
    const offHanded = faxdesk().documents.onHanded(take);
    const offOpen = faxdesk().app.onOpenFax((request) => onOpenFax(request));
    return () => {
      offHanded();
      offOpen();
    };
  }, [ready]);
}

/** Opens the fax a notification named, once per request, fetched by id. */
export function useRequestedFax<T>(
  request: { faxId: string; key: number } | null | undefined,
  fetch: (id: string) => Promise<T>,
  open: (fax: T) => void,
): void {
  const fetchFax = useEffectEvent((id: string) => fetch(id));
  const openFax = useEffectEvent((fax: T) => open(fax));
  useEffect(() => {
    if (!request) return;
    let current = true;
    fetchFax(request.faxId).then(
      (fax) => {
        if (current) openFax(fax);
      },
      // Deleted since: the list is shown, without it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [request]);
}
