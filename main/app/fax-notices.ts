/**
 * Desktop notifications fed by the engine's changes: each sent or received fax change goes
 * through the notice rules (engine/notices/notice-rules.ts), notices close together are told as
 * one batch, and what the person switched off in Settings is not told. Free of Electron: the
 * shell brings `show` (an Electron Notification whose click opens the fax).
 */
import type { Settings } from '../../domain/settings';
import type { Engine } from '../engine/engine';
import { NoticeBatcher, type BatchTiming } from '../engine/notices/notice-batcher';
import { isWanted, NoticeWatch, type Notice } from '../engine/notices/notice-rules';
import { describeNotices, type ShownNotice } from '../engine/notices/notice-text';
import type { Log } from './main-log';

export interface FaxNoticeOptions {
  show: (notice: ShownNotice) => void;
  /** The address book's name for a number, once there is one. */
  nameFor?: (number: string) => string | null | undefined;
  /** When Faxdesk started: faxes settled before it are not told. */
  startedAt: number;
  log: Log;
  timing?: BatchTiming;
}

/** Sent faxes that may still end in something worth telling. */
const OPEN_SENT = ['waiting', 'submitting', 'sending', 'unconfirmed'] as const;
const PAGE = 500;

/** Starts telling; returns a function that stops (what is waiting is dropped). */
export function notifyOfFaxes(engine: Engine, options: FaxNoticeOptions): () => void {
  const watch = new NoticeWatch(options.startedAt);
  seedOpenFaxes(engine, watch, options.log);
  const batcher = new NoticeBatcher<Notice>((batch) => {
    const settings: Settings = engine.settings.get();
    const wanted = batch.filter((notice) => isWanted(notice.kind, settings));
    for (const shown of describeNotices(wanted, { nameFor: options.nameFor, homeCountry: settings.defaultCountry })) {
      options.show(shown);
    }
  }, options.timing);
  const add = (notice: Notice | null) => {
    if (notice) batcher.add(notice);
  };
  const offSent = engine.jobs.onUpdated((job) => add(watch.sentChanged(job)));
  const offDeleted = engine.jobs.onDeleted((id) => watch.forgetSent(id));
  const offReceived = engine.inbox.onUpdated((fax) => add(watch.receivedChanged(fax)));
  return () => {
    offSent();
    offDeleted();
    offReceived();
    batcher.stop();
  };
}

/** What was still open at start, so its end is told and nothing settled before is. */
function seedOpenFaxes(engine: Engine, watch: NoticeWatch, log: Log): void {
  try {
    for (let offset = 0; ; offset += PAGE) {
      const { jobs } = engine.jobs.list({ status: [...OPEN_SENT], limit: PAGE, offset });
      jobs.forEach((job) => watch.seedSent(job.id, job.status));
      if (jobs.length < PAGE) break;
    }
    for (let offset = 0; ; offset += PAGE) {
      const { items } = engine.inbox.list({ status: ['receiving', 'media.processing'], limit: PAGE, offset });
      items.forEach((fax) => watch.seedReceived(fax.id, fax.status));
      if (items.length < PAGE) break;
    }
  } catch (error) {
    // The records did not open: start-up says so; nothing can be told then anyway.
    log('Notifications: the open faxes could not be read', error);
  }
}
