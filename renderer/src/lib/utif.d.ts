/** The part of utif2 the page uses (see utif.js for why it is declared here). */

/** A TIFF directory: tags as `t<number>` (rationals as [numerator, denominator]), pixels once decoded. */
export interface IFD {
  [tag: `t${number}`]: unknown;
  width: number;
  height: number;
  data: Uint8Array;
}

declare const UTIF: {
  decode(buffer: ArrayBuffer): IFD[];
  decodeImage(buffer: ArrayBuffer, ifd: IFD): void;
  toRGBA8(ifd: IFD): Uint8Array;
};

export default UTIF;
