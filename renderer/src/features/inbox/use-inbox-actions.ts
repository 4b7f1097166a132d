/**
 * What can be done with a received fax: mark it read or unread, save a copy (the main process
 * asks where, in the system's save dialog), Forward (the document is held for a send and Send
 * opens with it) and Reply (Send opens with the sender's number). Each answer goes through the
 * page's inbox cache; what went wrong is kept in words for the detail to show.
 */
import { useState } from 'react';
import type { ForwardedDocument, ReceivedFaxSummary } from '../../../../preload/contract';
import { useInboxCache } from '../../data/InboxCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { replyNumber } from './received-text';

export interface SendDraftHandlers {
  onForward: (document: ForwardedDocument) => void;
  onReply: (number: string) => void;
}

export function useInboxActions(fax: ReceivedFaxSummary, { onForward, onReply }: SendDraftHandlers) {
  const cache = useInboxCache();
  const action = useAsyncAction();
  const [saved, setSaved] = useState(false);

  const toggleRead = () =>
    void action.run(async () => {
      cache.offer(await unwrap(faxdesk().inbox.markRead(fax.id, !fax.read)));
    });

  const saveCopy = () =>
    void action.run(async () => {
      setSaved(false);
      setSaved(await unwrap(faxdesk().inbox.saveCopy(fax.id)));
    });

  const forward = () =>
    void action.run(async () => {
      onForward(await unwrap(faxdesk().inbox.forward(fax.id)));
    });

  const reply = () => {
    const number = replyNumber(fax);
    if (number) onReply(number);
  };

  return { toggleRead, saveCopy, forward, reply, saved, busy: action.busy, error: action.error };
}

export type InboxActions = ReturnType<typeof useInboxActions>;
