/**
 * The images a PDF page paints, as pdf.js decoded them: what OCR reads on a page without a
 * text layer — a received fax is one scanned image per page, sometimes in strips. Images too
 * small to hold a line of text (rules, logos, dots) are left out.
 */
import type { PdfJsModule, PdfJsPage } from './pdfjs-loader';

/** Decoded pixels: `bits` is one bit a pixel, rows padded to whole bytes, 0 black; the others 8 bits a channel. */
export interface PageImage {
  width: number;
  height: number;
  kind: 'bits' | 'rgb' | 'rgba';
  data: Uint8Array;
}

/** Smaller than this either way, an image holds no line of text worth reading. */
const MIN_SIDE = 48;

interface DecodedObject {
  width?: unknown;
  height?: unknown;
  kind?: unknown;
  data?: unknown;
}

export async function pageImages(pdfjs: PdfJsModule, page: PdfJsPage): Promise<PageImage[]> {
  const { OPS, ImageKind } = pdfjs;
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const images: PageImage[] = [];
  for (let i = 0; i < operators.fnArray.length; i++) {
    const op = operators.fnArray[i];
    const arg = (operators.argsArray[i] as unknown[] | undefined)?.[0];
    let image: PageImage | null = null;
    if (op === OPS.paintImageXObject && typeof arg === 'string') {
      image = fromDecoded(await objectOf(page, arg), ImageKind);
    } else if (op === OPS.paintInlineImageXObject) {
      image = fromDecoded(arg as DecodedObject, ImageKind);
    } else if (op === OPS.paintImageMaskXObject) {
      // A stencil mask (fax scans are often stored so): its bits are painted, usually black.
      const id = (arg as { data?: unknown } | undefined)?.data;
      if (typeof id === 'string')
        image = fromDecoded({ ...(await objectOf(page, id)), kind: ImageKind.GRAYSCALE_1BPP }, ImageKind);
    }
    if (image && image.width >= MIN_SIDE && image.height >= MIN_SIDE) images.push(image);
  }
  return images;
}

/** An object pdf.js sent along with the operator list: the page's own, or one shared between pages. */
function objectOf(page: PdfJsPage, id: string): Promise<DecodedObject> {
  const objects = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise<DecodedObject>((resolve) => {
    objects.get(id, (value: DecodedObject | null) => resolve(value ?? {}));
  });
}

/** Checks what pdf.js gave before it is read: the data must be as long as the size says. */
function fromDecoded(decoded: DecodedObject, ImageKind: PdfJsModule['ImageKind']): PageImage | null {
  const { width, height, kind, data } = decoded;
  if (!Number.isInteger(width) || !Number.isInteger(height) || !(data instanceof Uint8Array)) return null;
  const w = width as number;
  const h = height as number;
  if (w <= 0 || h <= 0) return null;
  const forms = {
    [ImageKind.GRAYSCALE_1BPP]: ['bits', ((w + 7) >> 3) * h],
    [ImageKind.RGB_24BPP]: ['rgb', w * h * 3],
    [ImageKind.RGBA_32BPP]: ['rgba', w * h * 4],
  } as Record<number, [PageImage['kind'], number]>;
  const form = typeof kind === 'number' ? forms[kind] : undefined;
  if (!form || data.length < form[1]) return null;
  return { width: w, height: h, kind: form[0], data };
}
