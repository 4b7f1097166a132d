/**
 * The counts the tray and the badge show, kept from the engine's changes: unread received faxes,
 * and this desk's sent faxes that failed since Faxdesk started or are unconfirmed. Told to the
 * shell only when they change. Free of Electron.
 */
import type { Engine } from '../engine/engine';
import { AttentionTally, type TrayCounts } from '../engine/notices/tray-status';
import type { Log } from './main-log';

export function followTrayCounts(engine: Engine, onChange: (counts: TrayCounts) => void, log: Log): () => void {
  const tally = new AttentionTally();
  let told = '';
  const tell = () => {
    let unread = 0;
    try {
      unread = engine.inbox.unreadCount();
    } catch (error) {
      log('Tray: the unread count could not be read', error);
    }
    const counts = tally.counts(unread);
    const key = JSON.stringify(counts);
    if (key === told) return;
    told = key;
    onChange(counts);
  };
  try {
    engine.jobs.list({ status: ['unconfirmed'], limit: 10_000 }).jobs.forEach((job) => tally.apply(job));
  } catch (error) {
    log('Tray: the unconfirmed faxes could not be read', error);
  }
  const offSent = engine.jobs.onUpdated((job) => {
    tally.apply(job);
    tell();
  });
  const offDeleted = engine.jobs.onDeleted((id) => {
    tally.forget(id);
    tell();
  });
  const offReceived = engine.inbox.onUpdated(tell);
  tell();
  return () => {
    offSent();
    offDeleted();
    offReceived();
  };
}
