/**
 * Where the scanned pages' typeface comes from: Liberation Sans, which the pdfjs-dist package
 * ships in `standard_fonts/` (licensed under the SIL Open Font License; the licence text is
 * `standard_fonts/LICENSE_LIBERATION` beside the fonts). It is resolved through Node's module
 * resolution at run time, so nothing is copied into the repository and the packaged app finds
 * the same file pdf.js uses. Each face is read once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TrueTypeFont } from './truetype';

export type FaceName = 'regular' | 'bold';

const FILES: Record<FaceName, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
};

const loaded = new Map<FaceName, TrueTypeFont>();

/** The folder pdfjs-dist keeps its standard fonts in. */
export function standardFontsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts');
}

export function loadFace(face: FaceName): TrueTypeFont {
  let font = loaded.get(face);
  if (!font) {
    font = new TrueTypeFont(readFileSync(join(standardFontsDir(), FILES[face])));
    loaded.set(face, font);
  }
  return font;
}
