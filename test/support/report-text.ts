/** A fax report read back as text with pdf.js (its legacy build, as the engine reads words), for assertions. */
import { openWithPdfJs } from '../../main/engine/documents/pdfjs-loader';

export async function reportText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const document = await openWithPdfJs(new Uint8Array(pdf));
  try {
    const page = await document.getPage(1);
    const content = await page.getTextContent();
    const lines = content.items.map((item) => ('str' in item ? item.str : '')).filter((s) => s.trim() !== '');
    return { text: lines.join('\n'), pages: document.numPages };
  } finally {
    await document.destroy();
  }
}
