import { unsafeSkipN, unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from "pure-rand";

const FLOAT_STEPS = 2 ** 30;

/** Fast deterministic randomness for synthetic data: one stream per student, derived from a base seed. */
export class ScaleRandom {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    // Neighbouring seeds (student i and i+1) must not give near-identical streams: mix, then warm up.
    let h = seed | 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.rng = xoroshiro128plus((h ^ (h >>> 16)) | 0);
    unsafeSkipN(this.rng, 8);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return unsafeUniformIntDistribution(0, FLOAT_STEPS - 1, this.rng) / FLOAT_STEPS;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.float())) * Math.cos(2 * Math.PI * this.float());
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0] as T);
    return out;
  }

  /** A UUIDv7 for the given time: ids stay time-ordered like the app's own, and reproducible. */
  uuid7(ms: number): string {
    const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
    const time = hex(Math.floor(ms), 12);
    const r = () => this.int(0, 0xffff);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(r() & 0xfff, 3)}-${hex(0x8000 | (r() & 0x3fff), 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`;
  }
}
