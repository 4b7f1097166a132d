import { describe, expect, it } from 'vitest';
import { readMultipartForm } from '../../support/openapi/multipart-form';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('readMultipartForm()', () => {
  it('reads text and file parts, keeping line breaks and dashes inside file bytes', () => {
    const body = crlf([
      'preamble to ignore',
      '--XyZ',
      'Content-Disposition: form-data; name="to"',
      '',
      '+12025550100',
      '--XyZ',
      'Content-Disposition: form-data; name="contents"; filename="a \\"b\\".pdf"',
      'Content-Type: application/pdf',
      '',
      '%PDF\r\n--XyAnother\r\n%%EOF',
      '--XyZ--',
      '',
    ]);
    const reading = readMultipartForm(body, 'XyZ');
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.parts.map(({ content, ...part }) => ({ ...part, content: content.toString() }))).toEqual([
      { name: 'to', content: '+12025550100' },
      {
        name: 'contents',
        filename: 'a "b".pdf',
        contentType: 'application/pdf',
        content: '%PDF\r\n--XyAnother\r\n%%EOF',
      },
    ]);
  });

  it('prefers an RFC 5987 filename* to the plain filename', () => {
    const body = crlf([
      '--b',
      `Content-Disposition: form-data; name="media"; filename="x.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`,
      '',
      'bytes',
      '--b--',
    ]);
    const reading = readMultipartForm(body, 'b');
    expect(reading.ok && reading.parts[0]?.filename).toBe('résumé.pdf');
  });

  it('explains a body it cannot read instead of guessing', () => {
    expect(readMultipartForm(Buffer.from('no boundary here'), 'b')).toEqual({
      ok: false,
      reason: "the boundary 'b' never occurs in the body",
    });
    expect(readMultipartForm(crlf(['--b', 'Content-Disposition: form-data; name="x"', '', 'cut off']), 'b')).toEqual({
      ok: false,
      reason: 'part 1 is not closed by a boundary',
    });
    expect(readMultipartForm(crlf(['--b', 'Content-Type: text/plain', '', 'x', '--b--']), 'b')).toEqual({
      ok: false,
      reason: "part 1 has no 'Content-Disposition: form-data; name=…'",
    });
  });
});
