// The fuzzer's seeded PRNG: xoshiro128** with its state filled by SplitMix32 from (seed, target,
// case index), so every case can be made again on its own, whatever ran before it or beside it.
// Not for secrets.

/** SplitMix32 step: a well-mixed 32-bit value from a counter. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0
  let z = x
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/** FNV-1a of a string (the target's name goes into each case's state). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(words: readonly [number, number, number, number]) {
    ;[this.a, this.b, this.c, this.d] = words.map((w) => w >>> 0) as [number, number, number, number]
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1 // the one state xoshiro cannot leave
  }

  /** The generator of one case: a pure function of the run's seed, the target and the index. */
  static forCase(seed: number, target: string, index: number): Rng {
    let x = splitmix32(seed ^ fnv1a(target))
    x = splitmix32(x ^ index)
    const w: number[] = []
    for (let i = 0; i < 4; i++) w.push((x = splitmix32(x + i)))
    return new Rng(w as [number, number, number, number])
  }

  /** A uniform 32-bit unsigned integer (xoshiro128**). */
  u32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0
    const t = this.b << 9
    this.c ^= this.a
    this.d ^= this.b
    this.b ^= this.c
    this.a ^= this.d
    this.c ^= t
    this.d = rotl(this.d, 11)
    return r
  }

  /** An integer in [0, n) (n ≤ 2^32; the small modulo bias does not matter here). */
  int(n: number): number {
    return n <= 1 ? 0 : this.u32() % n
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1)
  }

  chance(p: number): boolean {
    return this.u32() / 0x1_0000_0000 < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from nothing')
    return items[this.int(items.length)] as T
  }

  /** One of `choices`, each as likely as its weight. */
  weighted<T>(choices: ReadonlyArray<readonly [number, T]>): T {
    let total = 0
    for (const [w] of choices) total += w
    let r = (this.u32() / 0x1_0000_0000) * total
    for (const [w, v] of choices) {
      if ((r -= w) < 0) return v
    }
    return (choices[choices.length - 1] as readonly [number, T])[1]
  }

  bytes(n: number): Buffer {
    const out = Buffer.allocUnsafe(n)
    let i = 0
    for (; i + 4 <= n; i += 4) out.writeUInt32LE(this.u32(), i)
    for (; i < n; i++) out[i] = this.u32() & 0xff
    return out
  }
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0
