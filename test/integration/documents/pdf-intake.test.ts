import { PDFDocument as UpstreamPDFDocument } from 'pdf-lib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectFile, prepareDocument, type SourceFile } from '../../../main/engine/documents';
import { expectDocumentError } from '../../fixtures/documents/expect-document-error';
import { encryptPdf, makeFilledFormPdf, makePdf } from '../../fixtures/documents/pdf-fixtures';
import { decodeStream, readFax, shownStrings } from '../../fixtures/documents/read-fax';

const letter = { paper: 'letter' } as const;
const file = (name: string, bytes: Uint8Array): SourceFile => ({ name, bytes });

/** "INVOICE 4711" as pdf-lib draws it with Helvetica: a hex string shown with Tj. */
const INVOICE_GLYPHS = '<494E564F4943452034373131> Tj';

describe('a PDF with permission-only encryption (owner password, no user password)', () => {
  it.each(['AES-256', 'AES-128', 'RC4-128', 'RC4-40'] as const)(
    '%s: is faxed with its real content, not blank pages',
    async (algorithm) => {
      const original = await makePdf({ pages: [{ text: 'INVOICE 4711' }, { text: 'Terms and conditions' }] });
      const encrypted = await encryptPdf(original, { ownerPassword: 'owner-secret', algorithm });
      // The fixture really is encrypted: it names its security handler and will not open as plain PDF.
      expect(Buffer.from(encrypted).includes('/Encrypt')).toBe(true);
      await expect(PDFDocument.load(encrypted)).rejects.toThrow(/is encrypted/);

      const prepared = await prepareDocument([file('invoice.pdf', encrypted)], letter);
      const { pages } = await readFax(prepared.pdf);
      expect(prepared.pages).toBe(2);
      expect(pages[0]?.text).toContain('INVOICE 4711');
      expect(pages[1]?.text).toContain('Terms and conditions');

      // The embedded page carries the original drawing operators, decrypted and unchanged.
      const embedded = pages[0]?.drawn[0];
      expect(embedded?.subtype).toBe('Form');
      expect(embedded?.content).toContain(INVOICE_GLYPHS);
      const originalContent = (await readFax(original)).pages[0]?.content ?? '';
      for (const line of originalContent.split('\n').filter((l) => l.trim() !== '')) {
        expect(embedded?.content).toContain(line);
      }
      expect(Buffer.from(prepared.pdf).includes('/Encrypt')).toBe(false);
    },
  );

  it('(the check above is not vacuous: upstream pdf-lib with ignoreEncryption gives pages without the text)', async () => {
    const encrypted = await encryptPdf(await makePdf({ pages: [{ text: 'INVOICE 4711' }] }), { ownerPassword: 'o' });
    const source = await UpstreamPDFDocument.load(encrypted, { ignoreEncryption: true });
    const copy = await UpstreamPDFDocument.create();
    const [page] = await copy.copyPages(source, [0]);
    if (page) copy.addPage(page);
    const { pages } = await readFax(await copy.save());
    expect(pages[0]?.text ?? '').not.toContain('INVOICE 4711');
  });
});

describe('PDFs that cannot be faxed', () => {
  it('refuses one that needs a password to open', async () => {
    const locked = await encryptPdf(await makePdf({ pages: 1 }), { ownerPassword: 'o', userPassword: 'u' });
    await expectDocumentError(
      prepareDocument([file('report.pdf', locked)], letter),
      'password_protected',
      'report.pdf',
      'report.pdf is protected with a password. Open it, remove the password (or print it to a new PDF), and add it again.',
    );
    await expectDocumentError(inspectFile(file('report.pdf', locked)), 'password_protected', 'report.pdf');
  });

  it('refuses a Word document named .pdf, saying what it looks like', async () => {
    const docx = new Uint8Array(
      Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml PK\x03\x04 word/document.xml'),
    );
    await expectDocumentError(
      prepareDocument([file('report.pdf', docx)], letter),
      'unsupported_type',
      'report.pdf',
      /^report\.pdf is not a PDF or an image Faxdesk can fax \(it looks like a Word document\)\. .*save it as PDF first\.$/,
    );
  });

  it('refuses an unknown binary without guessing', async () => {
    await expectDocumentError(
      inspectFile(file('blob.pdf', new Uint8Array([0, 1, 2, 3, 250, 0, 9]))),
      'unsupported_type',
      'blob.pdf',
      /Faxdesk does not recognise what kind of file it is/,
    );
  });

  it('refuses an empty file', async () => {
    await expectDocumentError(
      inspectFile(file('scan.pdf', new Uint8Array())),
      'empty',
      'scan.pdf',
      /empty \(0 bytes\)/,
    );
  });

  it('calls a PDF cut short truncated', async () => {
    const whole = await makePdf({ pages: 5 });
    const half = whole.subarray(0, Math.floor(whole.length * 0.6));
    await expectDocumentError(
      prepareDocument([file('contract.pdf', half)], letter),
      'truncated',
      'contract.pdf',
      /incomplete/,
    );
    const withoutEnd = whole.subarray(0, Buffer.from(whole).lastIndexOf('%%EOF'));
    await expectDocumentError(inspectFile(file('contract.pdf', withoutEnd)), 'truncated', 'contract.pdf');
  });

  it('calls a PDF that does not parse corrupt', async () => {
    const garbage = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.alloc(3000, 'x7 0 obj << /Kids [ '),
      Buffer.from('\n%%EOF\n'),
    ]);
    await expectDocumentError(
      inspectFile(file('broken.pdf', new Uint8Array(garbage))),
      'corrupt',
      'broken.pdf',
      /damaged/,
    );
  });

  it('calls a PDF whose pages are missing corrupt instead of faxing what is left', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const lost = doc.addPage();
    doc.context.delete(lost.ref);
    const bytes = await doc.save();
    await expectDocumentError(prepareDocument([file('lost.pdf', bytes)], letter), 'corrupt', 'lost.pdf');
  });

  it('refuses a PDF without pages', async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    await expectDocumentError(
      prepareDocument([file('nothing.pdf', empty)], letter),
      'no_pages',
      'nothing.pdf',
      /has no pages/,
    );
  });
});

describe('PDF pages on the fax', () => {
  it('accepts a header after leading junk, as readers do', async () => {
    const pdf = await makePdf({ pages: [{ text: 'Behind junk' }] });
    const bytes = new Uint8Array(Buffer.concat([Buffer.alloc(300, 'X-Mailer: scanner\r\n'), Buffer.from(pdf)]));
    expect(await inspectFile(file('junk.pdf', bytes))).toEqual({ kind: 'pdf', pages: 1 });
    const { pages } = await readFax((await prepareDocument([file('junk.pdf', bytes)], letter)).pdf);
    expect(pages[0]?.text).toContain('Behind junk');
  });

  it('puts a Letter page on Letter paper unchanged', async () => {
    const { pages } = await readFax((await prepareDocument([file('a.pdf', await makePdf({ pages: 1 }))], letter)).pdf);
    expect(pages[0]?.drawn[0]?.ctm).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it('respects /Rotate: a page a viewer shows upside down is faxed upside down', async () => {
    const pdf = await makePdf({ pages: [{ rotate: 180 }, { rotate: 90 }, { rotate: -90 }] });
    const { pages } = await readFax((await prepareDocument([file('r.pdf', pdf)], letter)).pdf);
    expect(pages[0]?.drawn[0]?.ctm.map((n) => Math.round(n))).toEqual([-1, 0, 0, -1, 612, 792]);
    // Turned to landscape by /Rotate, then back to portrait to fit the paper: upright again.
    expect(pages[1]?.drawn[0]?.ctm.map((n) => Math.round(n))).toEqual([1, 0, 0, 1, 0, 0]);
    expect(pages[2]?.drawn[0]?.ctm.map((n) => Math.round(n))).toEqual([-1, 0, 0, -1, 612, 792]);
  });

  it('shows only the CropBox, enlarged (at most 1.5×) and centred', async () => {
    const pdf = await makePdf({ pages: [{ cropBox: [100, 100, 400, 500] }] });
    const { pages } = await readFax((await prepareDocument([file('c.pdf', pdf)], letter)).pdf);
    const drawn = pages[0]?.drawn[0];
    expect(drawn?.dict.get(PDFName.of('BBox'))?.toString()).toBe('[ 100 100 400 500 ]');
    expect(drawn?.bounds).toEqual({ left: 81, bottom: 96, right: 531, top: 696 });
  });

  it('turns landscape pages to portrait and fits every size onto the paper', async () => {
    const sizes: Array<[number, number]> = [
      [595.28, 841.89],
      [612, 1008],
      [419.53, 595.28],
      [1224, 792],
      [842, 595],
      [100, 100],
      [3000, 200],
    ];
    const pdf = await makePdf({ pages: sizes.map((size) => ({ size })) });
    for (const paper of ['letter', 'a4'] as const) {
      const { pages } = await readFax((await prepareDocument([file('mixed.pdf', pdf)], { paper })).pdf);
      const [width, height] = paper === 'letter' ? [612, 792] : [595.28, 841.89];
      expect(pages.map((p) => p.mediaBox)).toEqual(sizes.map(() => [0, 0, width, height]));
      for (const page of pages) {
        const b = page.drawn[0]!.bounds;
        expect(b.left).toBeGreaterThanOrEqual(-1e-3);
        expect(b.bottom).toBeGreaterThanOrEqual(-1e-3);
        expect(b.right).toBeLessThanOrEqual(width + 1e-3);
        expect(b.top).toBeLessThanOrEqual(height + 1e-3);
      }
      const tabloid = pages[3]!.drawn[0]!;
      expect(tabloid.ctm[1]).not.toBe(0); // turned a quarter
      expect(tabloid.bounds.top - tabloid.bounds.bottom).toBeCloseTo(height, 3);
    }
  });

  it('joins a page content split over several streams, with resources inherited from the page tree', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([612, 792]);
    const font = doc.embedStandardFont(StandardFonts.Helvetica);
    const resources = doc.context.obj({ Font: { F1: font.ref } });
    doc.catalog.Pages().set(PDFName.of('Resources'), resources);
    page.node.delete(PDFName.of('Resources'));
    const parts = [
      doc.context.flateStream('BT /F1 12 Tf 50 700 Td (PART ONE) Tj'),
      doc.context.stream(' ( PART TWO) Tj ET'),
    ].map((stream) => doc.context.register(stream));
    page.node.set(PDFName.of('Contents'), doc.context.obj(parts));
    const bytes = await doc.save({ useObjectStreams: false });

    const { pages } = await readFax((await prepareDocument([file('parts.pdf', bytes)], letter)).pdf);
    expect(pages[0]?.text).toBe('PART ONE  PART TWO');
    const form = pages[0]?.drawn[0];
    expect(form?.dict.lookup(PDFName.of('Resources'))?.toString()).toMatch(/\/F1/);
  });

  it('keeps a blank page blank, in its place', async () => {
    const pdf = await makePdf({ pages: [{ text: 'one' }, { blank: true }, { text: 'three' }] });
    const { pages } = await readFax((await prepareDocument([file('b.pdf', pdf)], letter)).pdf);
    expect(pages.map((p) => p.text)).toEqual(['one', '', 'three']);
    expect(pages[1]?.drawn).toEqual([]);
  });

  it('prints filled-in form fields (they live in annotations, which embedding would drop)', async () => {
    const pdf = await makeFilledFormPdf('Jane Roe');
    const { pages } = await readFax((await prepareDocument([file('form.pdf', pdf)], letter)).pdf);
    expect(pages[0]?.text).toContain('Patient name:');
    expect(pages[0]?.text).toContain('Jane Roe');
  });

  it("gives field appearances that rely on the form's default resources their fonts", async () => {
    const doc = await PDFDocument.load(await makeFilledFormPdf('Jane Roe'));
    const [widget] = doc.getForm().getTextField('patient.name').acroField.getWidgets();
    const appearance = widget && doc.context.lookup(widget.getNormalAppearance());
    if (!(appearance instanceof PDFStream)) throw new Error('fixture has no appearance stream');
    const resources = appearance.dict.get(PDFName.of('Resources'));
    appearance.dict.delete(PDFName.of('Resources'));
    doc.getForm().acroForm.dict.set(PDFName.of('DR'), resources!);
    const bytes = await doc.save({ updateFieldAppearances: false });

    const { doc: fax } = await readFax((await prepareDocument([file('form.pdf', bytes)], letter)).pdf);
    const field = fax.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .find(
        (object): object is PDFRawStream =>
          object instanceof PDFRawStream && shownStrings(decodeStream(object)).includes('Jane Roe'),
      );
    expect(field?.dict.lookup(PDFName.of('Resources'), PDFDict).has(PDFName.of('Font'))).toBe(true);
  });

  it('inspectFile() counts the pages without preparing anything', async () => {
    expect(await inspectFile(file('three.pdf', await makePdf({ pages: 3 })))).toEqual({ kind: 'pdf', pages: 3 });
  });
});
