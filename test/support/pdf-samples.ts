/** Small real PDFs for tests, made with pdf-lib. */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function textPdf(pages: number, label = 'Faxdesk test page'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`${label} ${i} of ${pages}`, { x: 72, y: 700, size: 20, font });
  }
  return doc.save();
}
