/**
 * The canvas a first-page thumbnail is drawn on. It has as many pixels as the thumbnail box
 * shows on this screen (so it is sharp on a high-density display and costs nothing more), and
 * it starts white: it is a sheet of paper, in the light theme and the dark one alike.
 */

/** Where the picture goes, in CSS pixels. */
export interface ThumbnailBox {
  width: number;
  height: number;
}

export interface PixelSize {
  width: number;
  height: number;
}

/** A page of `width` × `height` (any unit, the same for both) scaled to fit `box`, in device pixels. */
export function fitToBox(
  width: number,
  height: number,
  box: ThumbnailBox,
  pixelRatio = devicePixelRatio || 1,
): PixelSize {
  if (!(width > 0 && height > 0)) throw new Error('The page has no size.');
  const scale = Math.min(box.width / width, box.height / height) * pixelRatio;
  // A page as thin as a receipt roll still gets one pixel across.
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function paperCanvas(size: PixelSize): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas here.');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  return { canvas, context };
}
