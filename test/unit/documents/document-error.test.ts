import { describe, expect, it } from 'vitest';
import { documentErrors, shown } from '../../../main/engine/documents/document-error';

describe('document error messages', () => {
  it('state the size rounded up, so "just over" never reads as "equal"', () => {
    expect(documentErrors.tooLarge(20 * 1024 * 1024 + 1, 'scan.png', 1).message).toBe(
      'scan.png makes a fax of 20.1 MB, more than the 20 MB one fax can be. Scan it at a lower resolution or in ' +
        'black and white, or split it into several faxes.',
    );
  });

  it('point at the biggest contributor when several files are involved', () => {
    const error = documentErrors.tooManyPages(351, true, 'big.pdf', 3);
    expect(error.message).toContain('351 pages (including the cover page)');
    expect(error.message).toContain('big.pdf has the most pages');
    expect(error.fileName).toBe('big.pdf');
  });

  it('show file names safely', () => {
    expect(shown('  report\u202e.pdf\n')).toBe('report.pdf');
    expect(shown('')).toBe('The file');
    expect(shown(`${'a'.repeat(100)}.pdf`)).toMatch(/^a{60}…a{12}\.pdf$/);
  });
});
