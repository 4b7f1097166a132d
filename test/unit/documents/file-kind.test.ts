import { describe, expect, it } from 'vitest';
import { describeForeignFile, detectKind, pdfHeaderOffset } from '../../../main/engine/documents/file-kind';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
const utf16 = (text: string) => [...Buffer.from(text, 'utf16le')];

describe('detectKind()', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n')],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['tiff', bytes('II*\0', [8, 0, 0, 0])],
    ['tiff', bytes('MM\0*', [0, 0, 0, 8])],
  ])('recognises %s by its signature', (kind, data) => {
    expect(detectKind(data)).toBe(kind);
  });

  it('finds a PDF header after up to 1024 bytes of junk, as readers do', () => {
    expect(pdfHeaderOffset(bytes('x'.repeat(1024), '%PDF-1.4'))).toBe(1024);
    expect(detectKind(bytes('x'.repeat(1025), '%PDF-1.4'))).toBeNull();
  });

  it('ignores the name entirely: content without a signature is nothing', () => {
    expect(detectKind(bytes('Dear Sir, please find attached'))).toBeNull();
  });
});

describe('describeForeignFile()', () => {
  it.each([
    ['a Word document', bytes('PK\x03\x04', 'xxxx[Content_Types].xml....word/document.xml')],
    ['an Excel spreadsheet', bytes('PK\x03\x04', '....xl/workbook.xml')],
    ['a PowerPoint presentation', bytes('PK\x03\x04', '....ppt/presentation.xml')],
    ['a ZIP archive', bytes('PK\x03\x04', '....scans/page1.png')],
    ['a Word document', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0], utf16('WordDocument'))],
    ['an Excel spreadsheet', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], utf16('Workbook'))],
    ['an Outlook message', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], utf16('__substg1.0_0037001F'))],
    ['a Rich Text (RTF) document', bytes('{\\rtf1\\ansi Hello}')],
    ['a web page (HTML)', bytes([0xef, 0xbb, 0xbf], '  <!DOCTYPE html><html><body>Invoice</body></html>')],
    ['a web page (HTML)', bytes('<html lang="en">')],
    ['an SVG image', bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a plain text file', bytes('Invoice 4711\r\nAmount due: 12.00\n')],
    ['a plain text file', new Uint8Array(Buffer.from('Grüße aus Köln — 東京', 'utf8'))],
    ['a GIF image', bytes('GIF89a', [1, 0, 1, 0])],
    ['an HEIC photo', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0])],
    ['a PostScript file', bytes('%!PS-Adobe-3.0\n')],
  ])('says it looks like %s', (looksLike, data) => {
    expect(describeForeignFile(data)?.looksLike).toBe(looksLike);
  });

  it('gives up on binary it does not know', () => {
    expect(describeForeignFile(bytes([0x00, 0x01, 0x02, 0xfe, 0x10, 0x00, 0x9c]))).toBeNull();
  });

  it('advises saving as PDF from the right program', () => {
    expect(describeForeignFile(bytes('PK\x03\x04word/'))?.advice).toBe('Open it in Word and save it as PDF first.');
  });
});
