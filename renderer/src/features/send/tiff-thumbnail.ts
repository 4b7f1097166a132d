/**
 * The first page of a TIFF as a small picture, decoded by utif2 as the engine decodes it
 * (CCITT G3/G4 fax pages and their bit order included). Only that page is decoded. Fax
 * pixels are often not square — "normal" mode is 204 × 98 dpi — so the picture is drawn at
 * the page's true proportions, not its pixel grid's. Loaded on first use.
 */
import type { IFD } from '../../lib/utif';
import { fitToBox, paperCanvas, type ThumbnailBox } from './thumbnail-canvas';

const Tag = { NewSubfileType: 't254', XResolution: 't282', YResolution: 't283', ResolutionUnit: 't296' } as const;
/** A NewSubfileType bit: a preview stored alongside the pages, not a page. */
const REDUCED_RESOLUTION = 1;
/** The engine's bounds for a believable resolution (main/engine/documents/image-page.ts). */
const PLAUSIBLE_DPI = { min: 10, max: 10_000 };

export async function renderTiffThumbnail(
  bytes: Uint8Array<ArrayBuffer>,
  box: ThumbnailBox,
  signal: AbortSignal,
): Promise<HTMLCanvasElement> {
  const { default: UTIF } = await import('../../lib/utif');
  signal.throwIfAborted();
  // utif2 reads from the start of the buffer; a view into a larger one is copied out first.
  const buffer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  const directories = UTIF.decode(buffer);
  const page = directories.find((ifd) => !isPreview(ifd)) ?? directories[0];
  if (!page) throw new Error('The TIFF has no pages.');
  UTIF.decodeImage(buffer, page);
  const { width, height } = page;
  const rgba = UTIF.toRGBA8(page);
  const size = fitToBox(width, height * pixelAspect(page), box);
  // Chromium's high-quality resize averages a fax page's fine black-and-white detail into
  // legible grey, where drawing it straight onto a small canvas would drop most of its pixels.
  const picture = await createImageBitmap(
    new ImageData(new Uint8ClampedArray(rgba.buffer as ArrayBuffer, rgba.byteOffset, rgba.byteLength), width, height),
    { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' },
  );
  try {
    signal.throwIfAborted();
    const { canvas, context } = paperCanvas(size);
    // Over white: transparent parts of a scan print as paper.
    context.drawImage(picture, 0, 0);
    return canvas;
  } finally {
    picture.close();
  }
}

function isPreview(ifd: IFD): boolean {
  return ((numberOf(ifd[Tag.NewSubfileType]) ?? 0) & REDUCED_RESOLUTION) !== 0;
}

/** How much taller than wide one pixel is on paper, read as the engine reads the resolution tags. */
function pixelAspect(ifd: IFD): number {
  // Unit 3 is centimetres; inches otherwise. Only the ratio is used, but the bounds are in dpi.
  const perInch = numberOf(ifd[Tag.ResolutionUnit]) === 3 ? 2.54 : 1;
  const dpi = (tag: typeof Tag.XResolution | typeof Tag.YResolution) => {
    const value = numberOf(ifd[tag]);
    return value === undefined ? undefined : value * perInch;
  };
  const ok = (value: number | undefined): value is number =>
    value !== undefined && Number.isFinite(value) && value >= PLAUSIBLE_DPI.min && value <= PLAUSIBLE_DPI.max;
  const x = dpi(Tag.XResolution);
  const y = dpi(Tag.YResolution);
  // One believable axis stands for both: square pixels.
  return ok(x) && ok(y) ? x / y : 1;
}

/** The first value of a tag: utif2 gives rationals as [numerator, denominator] pairs. */
function numberOf(value: unknown): number | undefined {
  if (!Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  if (typeof first === 'number') return first;
  if (Array.isArray(first) && typeof first[0] === 'number' && typeof first[1] === 'number' && first[1] !== 0) {
    return first[0] / first[1];
  }
  return undefined;
}
