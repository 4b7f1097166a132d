/**
 * The words of a notification. A batch of the same kind becomes one summary ("12 faxes
 * delivered") instead of twelve; a single fax names who it was with and, when it failed, why.
 * Never any document content (patient data): only the number, or the contact's name when the
 * address book knows it. Clicking opens that fax, or for a summary the list it is in.
 */
import { formatFaxNumber } from '../../../domain/fax-number';
import type { Notice, NoticeKind } from './notice-rules';

/** What a click opens: one fax, or (faxId null) the list of that direction. */
export interface NoticeTarget {
  direction: 'sent' | 'received';
  faxId: string | null;
}

export interface ShownNotice {
  kind: NoticeKind;
  title: string;
  body: string;
  target: NoticeTarget;
}

export interface NoticeWording {
  /** The contact's name for a number, when the address book has one. */
  nameFor?: (number: string) => string | null | undefined;
  /** Numbers of this country are shown the national way. */
  homeCountry?: string;
}

/** How many names a summary lists before "and N more". */
const NAMES_IN_SUMMARY = 3;

const SINGLE_TITLES: Record<NoticeKind, string> = {
  delivered: 'Fax delivered',
  failed: 'Fax not delivered',
  unconfirmed: 'Fax unconfirmed',
  received: 'Fax received',
};

const summaryTitle = (kind: NoticeKind, count: number): string => {
  switch (kind) {
    case 'delivered':
      return `${count} faxes delivered`;
    case 'failed':
      return `${count} faxes not delivered`;
    case 'unconfirmed':
      return `${count} faxes unconfirmed`;
    case 'received':
      return `${count} faxes received`;
  }
};

/** One notification per kind, in the order kinds first appear in the batch. */
export function describeNotices(notices: readonly Notice[], wording: NoticeWording = {}): ShownNotice[] {
  const byKind = new Map<NoticeKind, Notice[]>();
  for (const notice of notices) byKind.set(notice.kind, [...(byKind.get(notice.kind) ?? []), notice]);
  return [...byKind.entries()].map(([kind, group]) =>
    group.length === 1 ? describeOne(group[0]!, wording) : describeBatch(kind, group, wording),
  );
}

/** The contact's name, or the number as Faxdesk shows numbers. */
export function whoFor(number: string, wording: NoticeWording): string {
  const name = wording.nameFor?.(number)?.trim();
  return name || formatFaxNumber(number, wording.homeCountry);
}

function describeOne(notice: Notice, wording: NoticeWording): ShownNotice {
  const who = whoFor(notice.number, wording);
  const target = { direction: notice.direction, faxId: notice.faxId };
  const title = SINGLE_TITLES[notice.kind];
  switch (notice.kind) {
    case 'delivered':
      return { kind: notice.kind, title, body: `Your fax to ${who} was delivered.`, target };
    case 'failed':
      return {
        kind: notice.kind,
        title,
        body: notice.reason
          ? `Your fax to ${who} was not delivered: ${notice.reason}`
          : `Your fax to ${who} was not delivered.`,
        target,
      };
    case 'unconfirmed':
      return {
        kind: notice.kind,
        title,
        body: `Faxdesk could not confirm whether your fax to ${who} was sent. Open it to decide.`,
        target,
      };
    case 'received':
      return { kind: notice.kind, title, body: `A fax from ${who} has arrived.`, target };
  }
}

function describeBatch(kind: NoticeKind, group: readonly Notice[], wording: NoticeWording): ShownNotice {
  const names = [...new Set(group.map((notice) => whoFor(notice.number, wording)))];
  const shown = names.slice(0, NAMES_IN_SUMMARY);
  const more = names.length - shown.length;
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : joinWithAnd(shown);
  const body =
    kind === 'received' ? `From ${list}.` : kind === 'failed' ? `To ${list}. Open Faxdesk to see why.` : `To ${list}.`;
  return {
    kind,
    title: summaryTitle(kind, group.length),
    body,
    target: { direction: group[0]!.direction, faxId: null },
  };
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
