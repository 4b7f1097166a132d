/**
 * The engine's inbox (`engine.inbox`, the InboxApi) for the commands that read received faxes.
 * An engine built without one (a Faxdesk that does not receive) is told apart in words.
 */
import type { Engine } from '../engine/engine';
import { FaxdeskError } from '../engine/errors';
import type { InboxApi } from '../engine/inbox/inbox-api';

export function inboxOf(engine: Engine): InboxApi | null {
  return (engine as Engine & { inbox?: InboxApi }).inbox ?? null;
}

export function requireInbox(engine: Engine): InboxApi {
  const inbox = inboxOf(engine);
  if (!inbox) throw new FaxdeskError('not_possible', 'This Faxdesk does not receive faxes.');
  return inbox;
}
