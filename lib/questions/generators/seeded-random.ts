import { unsafeSkipN, unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from "pure-rand";

/** Largest seed accepted: pure-rand seeds with a 32-bit integer, and keys must stay non-negative. */
export const MAX_SEED = 0x7fffffff;

/**
 * pure-rand seeds xoroshiro128+ with the raw integer, so seeds 41 and 42 start from nearly identical
 * states and their first outputs differ by one. A murmur3 finaliser spreads neighbouring seeds apart.
 */
function mixSeed(seed: number): number {
  let h = seed | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Deterministic random choices for question generators: the same seed always gives the same sequence. */
export class SeededRandom {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
    }
    this.rng = xoroshiro128plus(mixSeed(seed));
    // Warm-up: the first outputs of a freshly seeded xoroshiro still carry structure of the seed.
    unsafeSkipN(this.rng, 16);
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) throw new RangeError(`bad range [${min}, ${max}]`);
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  /** Uniform integer in [min, max] other than 0. */
  nonZeroInt(min: number, max: number): number {
    if (min === 0 && max === 0) throw new RangeError("range [0, 0] has no non-zero integer");
    for (;;) {
      const n = this.int(min, max);
      if (n !== 0) return n;
    }
  }

  /** A multiple of `step` in [min, max], e.g. decimal(1.5, 4, 0.5); rounded so 0.1 steps print cleanly. */
  decimal(min: number, max: number, step: number): number {
    const k = this.int(Math.ceil(min / step - 1e-9), Math.floor(max / step + 1e-9));
    return Number((k * step).toPrecision(12));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("cannot pick from an empty array");
    return items[this.int(0, items.length - 1)] as T;
  }

  bool(): boolean {
    return this.int(0, 1) === 1;
  }
}
