/**
 * JPEG images go into the PDF as they are (DCTDecode), so nothing is lost or recompressed.
 * The marker structure is walked to find the size, the resolution (JFIF, else EXIF), the
 * EXIF orientation (phone photos are often stored sideways), and whether the file is whole.
 */
import { PDFRawStream } from '@cantoo/pdf-lib';
import { asBuffer } from './bytes';
import { documentErrors } from './document-error';
import { addImagePage, resolutionFromAspect, resolutionOrDefault, type Resolution } from './image-page';
import { appendingWith, type OpenedSource } from './opened-source';
import { readTiffStructure, tagNumber } from './tiff-directory';
import type { SourceFile } from './types';

interface JpegInfo {
  width: number;
  height: number;
  components: 1 | 3 | 4;
  /** Adobe-marked CMYK is stored inverted (Photoshop's convention). */
  adobe: boolean;
  resolution: Resolution;
  orientation: number;
}

const SOF_BASELINE_EXTENDED_PROGRESSIVE = new Set([0xc0, 0xc1, 0xc2]);
/** Lossless, hierarchical and arithmetic-coded frames, which PDF's DCTDecode does not read. */
const SOF_UNSUPPORTED = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const EXIF_HEADER = 'Exif\0\0';

export function openJpeg(file: SourceFile): OpenedSource {
  const info = readJpegStructure(file);
  return {
    kind: 'jpeg',
    pages: 1,
    appendTo: (target, paper, size) =>
      appendingWith(() => {
        size.add(file.bytes.length);
        const colorSpace = { 1: 'DeviceGray', 3: 'DeviceRGB', 4: 'DeviceCMYK' }[info.components];
        const dict = target.context.obj({
          Type: 'XObject',
          Subtype: 'Image',
          Width: info.width,
          Height: info.height,
          ColorSpace: colorSpace,
          BitsPerComponent: 8,
          Filter: 'DCTDecode',
          ...(info.components === 4 && info.adobe ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {}),
        });
        const ref = target.context.register(PDFRawStream.of(dict, file.bytes));
        addImagePage(target, paper, ref, info, info.resolution, info.orientation);
      }),
  };
}

function readJpegStructure(file: SourceFile): JpegInfo {
  const data = asBuffer(file.bytes);
  const truncated = () => documentErrors.truncated(file.name);
  const corrupt = (why: string) => documentErrors.corrupt(file.name, 'jpeg', new Error(why));
  let frame: Pick<JpegInfo, 'width' | 'height' | 'components'> | null = null;
  let jfif: Resolution | null = null;
  let exif: { resolution: Resolution | null; orientation: number } | null = null;
  let adobe = false;

  let offset = 2;
  for (;;) {
    if (offset + 4 > data.length) throw truncated();
    if (data[offset] !== 0xff) throw corrupt('marker expected');
    while (data[offset + 1] === 0xff && offset + 2 < data.length) offset++; // fill bytes
    const marker = data[offset + 1] as number;
    offset += 2;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (marker === 0xd9) throw corrupt('image ends before its data');
    if (offset + 2 > data.length) throw truncated();
    const length = data.readUInt16BE(offset);
    if (length < 2) throw corrupt('bad segment length');
    if (offset + length > data.length) throw truncated();
    const segment = data.subarray(offset + 2, offset + length);

    if (SOF_UNSUPPORTED.has(marker)) {
      throw documentErrors.unsupportedVariant(file.name, 'jpeg', 'a lossless or arithmetic-coded JPEG');
    }
    if (SOF_BASELINE_EXTENDED_PROGRESSIVE.has(marker)) {
      if (segment.length < 6) throw corrupt('short frame header');
      if (segment[0] !== 8) throw documentErrors.unsupportedVariant(file.name, 'jpeg', `${segment[0]}-bit samples`);
      const components = segment[5] as number;
      if (components !== 1 && components !== 3 && components !== 4) {
        throw documentErrors.unsupportedVariant(file.name, 'jpeg', `${components} colour components`);
      }
      frame = { height: segment.readUInt16BE(1), width: segment.readUInt16BE(3), components };
    } else if (marker === 0xe0 && segment.toString('latin1', 0, 5) === 'JFIF\0' && segment.length >= 12) {
      jfif = jfifResolution(segment);
    } else if (marker === 0xe1 && segment.toString('latin1', 0, 6) === EXIF_HEADER) {
      exif = readExif(segment.subarray(EXIF_HEADER.length));
    } else if (marker === 0xee && segment.toString('latin1', 0, 5) === 'Adobe') {
      adobe = true;
    } else if (marker === 0xda) {
      // Entropy-coded data follows; it cannot contain FF D9, so the end marker shows the file is whole.
      if (data.lastIndexOf(Buffer.from([0xff, 0xd9])) < offset + length) throw truncated();
      break;
    }
    offset += length;
  }

  if (!frame) throw corrupt('no frame header');
  if (frame.width === 0 || frame.height === 0) throw corrupt('no image size');
  return {
    ...frame,
    adobe,
    resolution: jfif ?? exif?.resolution ?? resolutionOrDefault(undefined, undefined),
    orientation: exif?.orientation ?? 1,
  };
}

function jfifResolution(segment: Buffer): Resolution | null {
  const units = segment[7];
  const x = segment.readUInt16BE(8);
  const y = segment.readUInt16BE(10);
  if (units === 1) return resolutionOrDefault(x, y);
  if (units === 2) return resolutionOrDefault(x * 2.54, y * 2.54);
  // Units 0 give only the pixel aspect; 1:1 says nothing, so EXIF may still know better.
  return x > 0 && y > 0 && x !== y ? resolutionFromAspect(x, y) : null;
}

/** Resolution and orientation from the EXIF block's first directory; a damaged block is ignored. */
function readExif(tiff: Buffer): { resolution: Resolution | null; orientation: number } | null {
  try {
    const [tags] = readTiffStructure(tiff, 1).directories;
    if (!tags) return null;
    const x = tagNumber(tags, 282);
    const y = tagNumber(tags, 283);
    const perInch = tagNumber(tags, 296) === 3 ? 2.54 : 1;
    const orientation = tagNumber(tags, 274) ?? 1;
    return {
      resolution: x === undefined && y === undefined ? null : resolutionOrDefault(x && x * perInch, y && y * perInch),
      orientation: Number.isInteger(orientation) && orientation >= 1 && orientation <= 8 ? orientation : 1,
    };
  } catch {
    return null;
  }
}
