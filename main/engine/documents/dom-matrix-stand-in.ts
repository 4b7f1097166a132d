/**
 * pdf.js's library makes a DOMMatrix when it loads (for drawing on a canvas), and its parser
 * makes one for a Type 3 font drawn from image masks. Node has no DOMMatrix; pdf.js would take
 * one from @napi-rs/canvas, which Faxdesk does not ship (it draws nothing in Node). This
 * stand-in is the 2D affine part those two uses need: made from six numbers or none, scaled
 * and translated in place. Installed only where the runtime has no DOMMatrix of its own.
 */
class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (!init || init.length < 6) return;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(init);
    Object.assign(this, { a, b, c, d, e, f });
  }

  scaleSelf(sx = 1, sy = sx): this {
    this.a *= sx;
    this.b *= sx;
    this.c *= sy;
    this.d *= sy;
    return this;
  }

  translateSelf(tx = 0, ty = 0): this {
    this.e += this.a * tx + this.c * ty;
    this.f += this.b * tx + this.d * ty;
    return this;
  }
}

export function installDomMatrixStandIn(): void {
  const scope = globalThis as { DOMMatrix?: unknown };
  scope.DOMMatrix ??= AffineMatrix;
}
