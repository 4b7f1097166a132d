/**
 * A fax shows what a printer would print. Filled-in form fields, stamps and signatures live
 * in annotations, which an embedded page leaves behind; so before embedding, the printable
 * ones are drawn into the page content (ISO 32000-1 §12.5.5) and the annotations dropped.
 */
import {
  concatTransformationMatrix,
  drawObject,
  PDFDict,
  PDFName,
  PDFRef,
  PDFStream,
  popGraphicsState,
  pushGraphicsState,
  type PDFContext,
  type PDFOperator,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { apply, type Matrix } from './geometry';
import { dictOf, matrixOf, numberOf, rectOf, resolve, type Rect } from './pdf-objects';

const HIDDEN = 1 << 1;
const PRINT = 1 << 2;

const Names = {
  Annots: PDFName.of('Annots'),
  F: PDFName.of('F'),
  AP: PDFName.of('AP'),
  N: PDFName.of('N'),
  AS: PDFName.of('AS'),
  Rect: PDFName.of('Rect'),
  BBox: PDFName.of('BBox'),
  Matrix: PDFName.of('Matrix'),
  Type: PDFName.of('Type'),
  Subtype: PDFName.of('Subtype'),
  Resources: PDFName.of('Resources'),
  AcroForm: PDFName.of('AcroForm'),
  DR: PDFName.of('DR'),
};

/** Draws the page's printable annotations into its content, then removes its annotations. */
export function flattenPrintableAnnotations(page: PDFPage): void {
  const { context } = page.node;
  const annotations = page.node.Annots();
  if (!annotations) return;

  // Many form fields' appearances leave their fonts to the form's default resources.
  const formResources = dictOf(context, dictOf(context, page.doc.catalog.get(Names.AcroForm))?.get(Names.DR));
  const operators: PDFOperator[] = [];
  for (let i = 0; i < annotations.size(); i++) {
    // A damaged annotation is left out rather than allowed to stop the fax.
    const placed = (() => {
      try {
        return placeAppearance(context, dictOf(context, annotations.get(i)), formResources);
      } catch {
        return undefined;
      }
    })();
    if (!placed) continue;
    const name = page.node.newXObject('FaxAnnot', placed.appearance);
    operators.push(
      pushGraphicsState(),
      concatTransformationMatrix(...placed.matrix),
      drawObject(name),
      popGraphicsState(),
    );
  }
  page.node.delete(Names.Annots);
  if (operators.length > 0) page.pushOperators(...operators);
}

/** The appearance to draw and the matrix that puts it on the annotation's rectangle, if printable. */
function placeAppearance(
  context: PDFContext,
  annotation: PDFDict | undefined,
  formResources: PDFDict | undefined,
): { appearance: PDFRef; matrix: Matrix } | undefined {
  if (!annotation) return undefined;
  const flags = numberOf(context, annotation.get(Names.F)) ?? 0;
  if (!(flags & PRINT) || flags & HIDDEN) return undefined;

  const rect = rectOf(context, annotation.get(Names.Rect));
  const appearance = normalAppearance(context, annotation);
  if (!rect || !appearance) return undefined;

  const stream = resolve(context, appearance) as PDFStream;
  const formMatrix = matrixOf(context, stream.dict.get(Names.Matrix));
  const bbox = rectOf(context, stream.dict.get(Names.BBox));
  if (!bbox) return undefined;
  // Some producers leave these out of appearance streams; Do needs them.
  stream.dict.set(Names.Type, PDFName.of('XObject'));
  stream.dict.set(Names.Subtype, PDFName.of('Form'));
  if (!stream.dict.has(Names.Resources) && formResources) stream.dict.set(Names.Resources, formResources);

  const drawn = formMatrix ? boundsAfter(formMatrix, bbox) : bbox;
  const width = drawn.right - drawn.left;
  const height = drawn.top - drawn.bottom;
  if (!(width > 0 && height > 0)) return undefined;
  const sx = (rect.right - rect.left) / width;
  const sy = (rect.top - rect.bottom) / height;
  return { appearance, matrix: [sx, 0, 0, sy, rect.left - drawn.left * sx, rect.bottom - drawn.bottom * sy] };
}

/** /AP /N, or for a checkbox-like annotation the state named by /AS. */
function normalAppearance(context: PDFContext, annotation: PDFDict): PDFRef | undefined {
  const appearances = dictOf(context, annotation.get(Names.AP));
  if (!appearances) return undefined;
  let normal = appearances.get(Names.N);
  const resolved = resolve(context, normal);
  if (resolved instanceof PDFDict) {
    const state = annotation.get(Names.AS);
    if (!(state instanceof PDFName)) return undefined;
    normal = resolved.get(state);
  }
  if (!(resolve(context, normal) instanceof PDFStream)) return undefined;
  return normal instanceof PDFRef ? normal : context.register(normal as PDFStream);
}

/** The axis-aligned box around a rectangle after a transformation. */
function boundsAfter(m: Matrix, r: Rect): Rect {
  const corners = [
    apply(m, r.left, r.bottom),
    apply(m, r.right, r.bottom),
    apply(m, r.left, r.top),
    apply(m, r.right, r.top),
  ];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { left: Math.min(...xs), bottom: Math.min(...ys), right: Math.max(...xs), top: Math.max(...ys) };
}
