/** What the Send form asks documents:preview for, and what the preview is called. */
import { describe, expect, it } from 'vitest';
import { previewRequest, previewTitle } from '../../../renderer/src/features/send/preview-request';
import type { CoverDraft, SendFile } from '../../../renderer/src/features/send/send-model';

const file = (token: string | null, state: SendFile['state'] = 'ready'): SendFile => ({
  id: `file-${token}`,
  name: `${token}.pdf`,
  size: 900,
  bytes: null,
  token,
  state,
  kind: 'pdf',
  pages: 1,
  error: null,
});
const noCover: CoverDraft = { enabled: false, subject: 'Kept aside', message: '' };
const withCover: CoverDraft = { enabled: true, subject: '  Lab results ', message: '   ' };
const alvarez = { number: '+12025550100', name: 'Dr. Alvarez' };

describe('previewRequest', () => {
  it('names the checked files in order, the first recipient, and the cover page as a send would', () => {
    expect(
      previewRequest([file('a'), file('b')], [alvarez, { number: '+12025550101', name: null }], withCover),
    ).toEqual({
      documents: ['a', 'b'],
      recipient: alvarez,
      cover: { subject: 'Lab results', message: null },
    });
  });

  it('has no recipient before one is added, and no cover page when it is off', () => {
    expect(previewRequest([file('a')], [], noCover)).toEqual({ documents: ['a'], recipient: null, cover: null });
  });

  it('is null while there is nothing to show: no files, or one still being checked or refused', () => {
    expect(previewRequest([], [alvarez], noCover)).toBeNull();
    expect(previewRequest([file('a'), file(null, 'checking')], [alvarez], noCover)).toBeNull();
    expect(previewRequest([file(null, 'error')], [alvarez], noCover)).toBeNull();
  });
});

describe('previewTitle', () => {
  it('names the first recipient, by name, else by number as it is shown at home', () => {
    expect(previewTitle({ documents: ['a'], recipient: alvarez })).toBe('Preview: fax to Dr. Alvarez');
    expect(previewTitle({ documents: ['a'], recipient: { number: '+12025550100' } }, 'US')).toBe(
      'Preview: fax to (202) 555-0100',
    );
    expect(previewTitle({ documents: ['a'], recipient: null })).toBe('Preview of the fax');
  });
});
