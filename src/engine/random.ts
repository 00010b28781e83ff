/** A source of numbers in [0, 1). The engine never calls Math.random(), so rounds replay from their seed. */
export type Rng = () => number;

/**
 * Folds any finite number into a 32-bit seed. Callers may pass Date.now() or Math.random(): a plain
 * `seed >>> 0` would map every fraction in [0, 1) to 0 and drop the high bits of large integers.
 */
function foldSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  const whole = Number.isInteger(seed) ? seed : Math.floor(seed * 2 ** 32);
  const lo = whole >>> 0;
  const hi = Math.floor(whole / 2 ** 32) >>> 0;
  return (lo ^ Math.imul(hi, 0x9e3779b9)) >>> 0;
}

/** mulberry32: tiny, fast, and good enough for shuffling quiz items; same seed => same sequence. */
export function seededRng(seed: number): Rng {
  let a = foldSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle into a new array; the input is left untouched. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
