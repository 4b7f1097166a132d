/** The sandbox's own PDF reading and writing, without a PDF library to lean on. */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, SANDBOX_TEST_NUMBERS } from '../../../main/sandbox';
import { sandboxHelp } from '../../../main/sandbox/cli';
import { countPdfPages, describeDocument } from '../../../main/sandbox/documents';
import { writeTextPdf } from '../../../main/sandbox/pdf-writer';
import { fakePdf } from './helpers';

/** A PDF whose page objects live in a compressed object stream, as pdf-lib writes by default. */
function objectStreamPdf(pages: number): Buffer {
  const dicts = Array.from({ length: pages }, () => '<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>').join('\n');
  const packed = deflateSync(Buffer.from(`<</Type/Pages/Count ${pages}>>\n${dicts}`, 'latin1'));
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/ObjStm/N 3/First 10/Filter/FlateDecode/Length ',
      'latin1',
    ),
    Buffer.from(`${packed.length}>>\nstream\n`, 'latin1'),
    packed,
    Buffer.from('\nendstream\nendobj\n2 0 obj\n<</Length 3>>\nstream\nabc\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);
}

/** Checks every xref entry of a classic cross-reference table points at its object. */
function xrefIsExact(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  if (!text.startsWith('xref\n', startxref)) return false;
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(3, 2 + Number(count));
  return (
    first === '0' &&
    entries.every((entry, i) => {
      const offset = Number(entry.slice(0, 10));
      return entry.endsWith(' 00000 n ') && text.startsWith(`${i + 1} 0 obj\n`, offset);
    })
  );
}

describe('page counting', () => {
  it('counts /Type /Page objects and not the /Pages tree', () => {
    expect(countPdfPages(fakePdf(1))).toBe(1);
    expect(countPdfPages(fakePdf(7))).toBe(7);
    expect(countPdfPages(Buffer.from('%PDF-1.4 <</Type/Pages>> <</Type /Page>> <</Type/PageLabel>>'))).toBe(1);
  });

  it('finds page objects inside compressed object streams', () => {
    expect(countPdfPages(objectStreamPdf(4))).toBe(4);
    expect(describeDocument(objectStreamPdf(351), 'application/pdf').pageCount).toBe(351);
  });

  it('reads anything else of a fax type as one page, and junk as unreadable', () => {
    expect(describeDocument(Buffer.from('hello'), 'text/plain')).toEqual({
      contentType: 'text/plain',
      readable: true,
      pageCount: 1,
    });
    expect(describeDocument(Buffer.from('hello'), 'application/pdf').readable).toBe(false);
    expect(describeDocument(Buffer.from('PK\x03\x04'), 'application/zip').readable).toBe(false);
    expect(describeDocument(fakePdf(2), 'application/octet-stream')).toEqual({
      contentType: 'application/pdf',
      readable: true,
      pageCount: 2,
    });
  });
});

describe('the PDF writer', () => {
  it('writes one page per entry, with exact cross-reference offsets', () => {
    const pdf = writeTextPdf([['Hello (world)', 'back\\slash'], ['Page two'], ['Page three']]);
    expect(xrefIsExact(pdf)).toBe(true);
    expect(countPdfPages(pdf)).toBe(3);
    const text = pdf.toString('latin1');
    expect(text).toContain('/Count 3');
    expect(text).toContain('(Hello \\(world\\)) Tj');
    expect(text).toContain('(back\\\\slash) Tj');
    for (const [, length, body] of text.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)endstream/g)) {
      expect(body?.length).toBe(Number(length));
    }
  });

  it('the xref check notices a shifted offset', () => {
    const pdf = writeTextPdf([['x']])
      .toString('latin1')
      .replace('1 0 obj', ' 1 0 obj');
    expect(xrefIsExact(Buffer.from(pdf, 'latin1'))).toBe(false);
  });

  it('refuses zero pages', () => {
    expect(() => writeTextPdf([])).toThrow(RangeError);
  });
});

describe('sandboxHelp()', () => {
  it('documents usage, keys, every test number and inbound injection', () => {
    const help = sandboxHelp();
    expect(help).toMatch(/^Usage: faxdesk sandbox \[--port N\] \[--step-ms N\]/);
    expect(help).toContain(SANDBOX_KEYS.accepted);
    expect(help).toContain(SANDBOX_KEYS.revoked);
    const lines = help.split('\n');
    for (const { number, outcome } of SANDBOX_TEST_NUMBERS) {
      expect(lines.some((line) => line.includes(number) && line.includes(outcome))).toBe(true);
    }
    expect(help).toMatch(/inbound/i);
    expect(help).toMatch(/page_count_limit_exceeded/);
  });

  it('documents --inbound-every and the test-only inject endpoint', () => {
    const help = sandboxHelp();
    expect(help).toMatch(/^Usage: faxdesk sandbox .*\[--inbound-every SECONDS\]/);
    expect(help).toContain('--inbound-every SECONDS');
    expect(help).toContain('sender_call_dropped');
    expect(help).toContain('POST /sandbox/inbound');
    expect(help).toContain('linkTtlSeconds');
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
