/**
 * A small seeded random number generator (mulberry32), so a scanned fax made from the same
 * seed is the same to the byte: its words, its skew, every speck of noise.
 */

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    // Spread small consecutive seeds apart before the first draw.
    this.state = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick() needs at least one item');
    return item;
  }

  /** A new generator for one part of the work, so adding draws in one part does not shift another. */
  fork(salt: number): SeededRandom {
    return new SeededRandom(Math.floor(this.next() * 4294967296) ^ salt);
  }
}
