import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAPER_DIMENSIONS, prepareDocument, type SourceFile } from '../../../main/engine/documents';
import { makeJpeg } from '../../fixtures/documents/jpeg-fixtures';
import { makePdf, type PageSpec } from '../../fixtures/documents/pdf-fixtures';
import { makePng } from '../../fixtures/documents/png-fixtures';
import { readFax } from '../../fixtures/documents/read-fax';

const side = fc.integer({ min: 20, max: 3000 });

const pdfPage: fc.Arbitrary<PageSpec> = fc
  .record({
    size: fc.tuple(side, side),
    rotate: fc.constantFrom(0, 90, 180, 270, -90, 450),
    crop: fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 60, max: 100 })), { nil: undefined }),
  })
  .map(({ size, rotate, crop }) => ({
    size,
    rotate,
    cropBox:
      crop &&
      ([size[0] * crop[0], size[1] * crop[0], size[0] * crop[1], size[1] * crop[1]].map(
        (n) => n / 100,
      ) as PageSpec['cropBox']),
  }));

type Source =
  | { kind: 'pdf'; pages: PageSpec[] }
  | { kind: 'png' | 'jpeg'; width: number; height: number; dpi: number; orientation: number };

const source: fc.Arbitrary<Source> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pdf' as const),
      pages: fc.array(pdfPage, { minLength: 1, maxLength: 3 }),
    }),
  },
  fc.record({
    kind: fc.constantFrom('png' as const, 'jpeg' as const),
    width: fc.integer({ min: 1, max: 64 }),
    height: fc.integer({ min: 1, max: 64 }),
    dpi: fc.constantFrom(10, 72, 96, 300, 600),
    orientation: fc.integer({ min: 1, max: 8 }),
  }),
);

async function toFile(spec: Source, index: number): Promise<{ file: SourceFile; pages: number }> {
  const name = `file-${index}`;
  if (spec.kind === 'pdf')
    return { file: { name, bytes: await makePdf({ pages: spec.pages }) }, pages: spec.pages.length };
  const bytes =
    spec.kind === 'png'
      ? makePng({ width: spec.width, height: spec.height, dpi: [spec.dpi, spec.dpi] })
      : makeJpeg({
          width: spec.width,
          height: spec.height,
          exif: { orientation: spec.orientation, dpi: [spec.dpi, spec.dpi] },
        });
  return { file: { name, bytes }, pages: 1 };
}

describe('any mix of page sizes, rotations, crops and images', () => {
  it('comes out as the sum of its pages (+1 with a cover), every one exactly the paper size, content on the paper', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(source, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('letter' as const, 'a4' as const),
        fc.boolean(),
        async (sources, paper, withCover) => {
          const inputs = await Promise.all(sources.map(toFile));
          const prepared = await prepareDocument(
            inputs.map((i) => i.file),
            {
              paper,
              cover: withCover
                ? {
                    to: { number: '+12025550100' },
                    from: { number: '+12025550111' },
                    date: new Date(0),
                    timeZone: 'UTC',
                    confidentialityNotice: null,
                  }
                : null,
            },
          );
          const expected = inputs.reduce((sum, i) => sum + i.pages, 0) + (withCover ? 1 : 0);
          expect(prepared.pages).toBe(expected);
          expect(prepared.sourcePages.map((s) => s.pages)).toEqual(inputs.map((i) => i.pages));

          const { width, height } = PAPER_DIMENSIONS[paper];
          const { pages } = await readFax(prepared.pdf);
          expect(pages).toHaveLength(expected);
          for (const page of pages) {
            expect(page.mediaBox).toEqual([0, 0, width, height]);
            for (const { bounds } of page.drawn) {
              expect(bounds.left).toBeGreaterThanOrEqual(-1e-3);
              expect(bounds.bottom).toBeGreaterThanOrEqual(-1e-3);
              expect(bounds.right).toBeLessThanOrEqual(width + 1e-3);
              expect(bounds.top).toBeLessThanOrEqual(height + 1e-3);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
