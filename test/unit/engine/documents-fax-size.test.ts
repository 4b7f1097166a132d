/**
 * A fax that grows far past the upload limit while it is being made is stopped there, instead
 * of being built and saved in full first; up to three times the limit it is still made, so
 * the person hears how large it came out.
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../main/engine/documents';
import { FaxSize, FaxSizeError, MAX_FAX_BYTES_WHILE_MAKING } from '../../../main/engine/documents/fax-size';
import { MAX_UPLOAD_BYTES } from '../../../main/engine/documents/limits';
import { makeNoisePng } from '../../fixtures/documents/png-fixtures';

describe('the size of the fax being made', () => {
  it('is counted as it grows, and stops it three times past the upload limit', () => {
    const size = new FaxSize();
    expect(MAX_FAX_BYTES_WHILE_MAKING).toBe(3 * MAX_UPLOAD_BYTES);
    size.add(MAX_FAX_BYTES_WHILE_MAKING - 10);
    expect(size.remaining).toBe(10);
    expect(() => size.add(11)).toThrow(FaxSizeError);
  });

  it('refuses files that would make a fax far over the limit, in words, before saving it', async () => {
    // Three images of random pixels, about 21 MB each once compressed: 63 MB together.
    const noise = [1, 2, 3].map((seed) => ({ name: `noise-${seed}.png`, bytes: makeNoisePng(2700, 2700, seed) }));
    await expect(prepareDocument(noise, { paper: 'letter' })).rejects.toMatchObject({
      code: 'too_large',
      message:
        'Together these files make a fax larger than the 20 MB one fax can be. Remove some files (noise-1.png is ' +
        'the largest) or send them as several faxes.',
    });
  }, 60_000);
});
