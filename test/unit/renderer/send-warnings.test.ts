/** Send warns, without refusing, before a cover page goes out naming no sender. */
import { expect, it } from 'vitest';
import { NO_SENDER_NAME_WARNING, sendWarnings } from '../../../renderer/src/features/send/send-model';

const withCover = { enabled: true, subject: '', message: '' };

it('warns when a cover page goes out with no sender name', () => {
  expect(sendWarnings({ cover: withCover, senderName: null })).toEqual([NO_SENDER_NAME_WARNING]);
  expect(sendWarnings({ cover: withCover, senderName: '   ' })).toEqual([NO_SENDER_NAME_WARNING]);
});

it('says nothing when the cover names its sender, or there is no cover', () => {
  expect(sendWarnings({ cover: withCover, senderName: 'Northside Family Practice' })).toEqual([]);
  expect(sendWarnings({ cover: { ...withCover, enabled: false }, senderName: null })).toEqual([]);
});
