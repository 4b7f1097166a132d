/**
 * Where content goes on the fax page: the paper is always portrait, so landscape content is
 * turned a quarter (counter-clockwise, as printers do "landscape") when that lets it be
 * larger; then it is scaled to fit inside the margins, at most MAX_UPSCALE-fold, and centred.
 */
import { clockwise, composeAll, scaling, translation, type Matrix, type Size } from './geometry';

export interface FitRules {
  /** Kept clear on every side, in points. */
  margin: number;
  /** The largest enlargement allowed. */
  maxScale: number;
}

export interface Placement {
  /** Maps the content's [0,w]×[0,h] onto the paper. */
  matrix: Matrix;
  turnedToPortrait: boolean;
  scale: number;
}

/** Rounding noise must not turn a page that fits equally well either way. */
const BETTER_BY = 1e-6;

export function placeOnPaper(content: Size, paper: Size, rules: FitRules): Placement {
  if (!(content.width > 0 && content.height > 0 && Number.isFinite(content.width * content.height))) {
    throw new RangeError(`Content has no area: ${content.width}×${content.height}`);
  }
  const room = {
    width: Math.max(paper.width - 2 * rules.margin, 1),
    height: Math.max(paper.height - 2 * rules.margin, 1),
  };
  const fit = (box: Size) => Math.min(room.width / box.width, room.height / box.height, rules.maxScale);

  const turned = { width: content.height, height: content.width };
  const turnedToPortrait = fit(turned) > fit(content) * (1 + BETTER_BY);
  // Clockwise 270° is a quarter turn counter-clockwise: the top of a landscape page ends up
  // on the left edge of the sheet, as printers lay out "landscape".
  const turn = turnedToPortrait ? clockwise(270, content) : clockwise(0, content);
  const scale = fit(turn.size);

  const offsetX = (paper.width - turn.size.width * scale) / 2;
  const offsetY = (paper.height - turn.size.height * scale) / 2;
  return {
    matrix: composeAll(turn.matrix, scaling(scale), translation(offsetX, offsetY)),
    turnedToPortrait,
    scale,
  };
}
