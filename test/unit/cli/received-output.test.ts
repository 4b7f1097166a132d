/**
 * The command line's received faxes, against the engine's InboxApi shape: the --json fields
 * scripts rely on, the one-line form, and finding a fax of either direction by id or prefix.
 */
import { describe, expect, it } from 'vitest';
import type { ReceivedFax } from '../../../main/engine/inbox/inbox-api';
import type { JobRecord } from '../../../main/engine/store/job-records';
import { findFax, type FaxLookup } from '../../../main/cli/fax-reference';
import { UsageError } from '../../../main/cli/io';
import { jobLine } from '../../../main/cli/job-output';
import { receivedJson, receivedLine } from '../../../main/cli/received-output';

const AT = Date.parse('2026-11-30T14:02:00Z');

function received(patch: Partial<ReceivedFax> = {}): ReceivedFax {
  return {
    id: '3f2a9c1d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    telnyxFaxId: 'tx-1',
    from: '+13125550100',
    to: '+12025550180',
    callerId: null,
    senderName: null,
    status: 'received',
    failureReason: null,
    pages: 2,
    receivedAt: AT,
    callDurationSecs: 41,
    partial: false,
    archiveState: 'archived',
    documentProblem: null,
    downloadProblem: null,
    nextDownloadAt: null,
    read: false,
    deletedAtTelnyx: false,
    sandbox: false,
    textIndexed: true,
    createdAt: AT,
    updatedAt: AT,
    ...patch,
  };
}

describe('received faxes on the command line', () => {
  it('--json carries the documented fields, times in ISO 8601 and the failure in words', () => {
    const json = receivedJson(received({ status: 'failed', failureReason: 'user_busy', archiveState: 'none' }));
    expect(json).toMatchObject({
      id: '3f2a9c1d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      telnyxFaxId: 'tx-1',
      from: '+13125550100',
      to: '+12025550180',
      status: 'failed',
      pages: 2,
      receivedAt: '2026-11-30T14:02:00.000Z',
      read: false,
      failureReason: 'user_busy',
      failureText: 'The line was busy.',
      archived: false,
    });
    expect(receivedJson(received()).archived).toBe(true);
  });

  it('one line says who sent it, whether it is read, and what is missing', () => {
    expect(receivedLine(received())).toBe('3f2a9c1d  2026-11-30 14:02  from +13125550100       2p  received  unread');
    expect(receivedLine(received({ read: true, archiveState: 'downloading', pages: null }))).toBe(
      '3f2a9c1d  2026-11-30 14:02  from +13125550100       –p  received — document not downloaded yet, will retry',
    );
  });

  it('marks a sent fax from elsewhere in `list`', () => {
    const job = {
      id: 'aaaabbbb-0000',
      createdAt: AT,
      to: '+13125550199',
      pages: null,
      status: 'delivered',
      telnyxStatus: 'delivered',
      sandbox: false,
      origin: 'elsewhere',
      stalled: false,
      waitReason: null,
      failureReason: null,
    } as unknown as JobRecord;
    expect(jobLine(job)).toBe('aaaabbbb  2026-11-30 14:02  +13125550199       –p  delivered  [sent from elsewhere]');
  });
});

describe('findFax()', () => {
  const sent = { id: '3f2a0000-0000-4000-8000-000000000001' } as JobRecord;
  const lookup = (over: Partial<FaxLookup> = {}): FaxLookup => ({
    job: (id) => (id === sent.id ? sent : null),
    jobsWithPrefix: (prefix) => (sent.id.startsWith(prefix) ? [sent] : []),
    received: (ref) => (received().id.startsWith(ref) ? received() : null),
    ...over,
  });

  it('finds either direction by id or unambiguous prefix', () => {
    expect(findFax(lookup(), sent.id)).toEqual({ kind: 'sent', job: sent });
    expect(findFax(lookup(), '3f2a0')).toEqual({ kind: 'sent', job: sent });
    expect(findFax(lookup(), '3f2a9c')).toMatchObject({ kind: 'received', fax: { telnyxFaxId: 'tx-1' } });
  });

  it('refuses a prefix both a sent and a received fax share, and one that matches nothing', () => {
    expect(() => findFax(lookup(), '3f2a')).toThrow(/matches more than one fax/);
    expect(() => findFax(lookup(), 'ffff')).toThrow(UsageError);
    expect(() => findFax(lookup(), undefined)).toThrow(/name the fax/);
  });
});
