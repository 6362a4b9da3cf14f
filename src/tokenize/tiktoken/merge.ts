/**
 * tiktoken's byte_pair_merge, twice: both repeatedly join the adjacent pair of parts whose joined
 * bytes have the lowest rank, the leftmost on ties, until no adjacent pair is a token. They give
 * identical results and differ only in cost.
 *
 * - `mergeShort` rescans all pairs after each join, as tiktoken does: O(n²), and the fastest for
 *   the few bytes of an ordinary word.
 * - `mergeLong` keeps a linked list of parts and a queue of their pairs by (rank, position):
 *   O(n log n) at worst, near linear on runs. A run of one character (a pasted dump of spaces,
 *   dashes or "aaaa") is a single pre-tokenizer piece, and quadratic merging of a 1 MB piece
 *   takes minutes.
 */

/** A token's bytes as a binary string: one char per byte (0-255), so slices and Map keys are cheap. */
export type Bytes = string;

export type Ranks = ReadonlyMap<Bytes, number>;

/** Above this many bytes a piece is merged with the heap; below it the rescan is faster. */
export const LONG_PIECE = 96;

const NONE = -1;

/** Every single byte is a token in these tables and merges only make tokens, so parts always are. */
function rankOfPart(ranks: Ranks, part: Bytes): number {
  const rank = ranks.get(part);
  if (rank === undefined) throw new Error(`BPE produced a part that is not a token: ${JSON.stringify(part)}`);
  return rank;
}

/**
 * Scratch space for mergeShort, reused (and grown for the rare longer piece): allocating two
 * arrays per piece made garbage collection a third of the time on text of many distinct words.
 */
let starts = new Int32Array(LONG_PIECE + 2);
let pairRanks = new Int32Array(LONG_PIECE + 2);
const NOT_A_TOKEN = 0x7fffffff;

/** Merges `piece`, pushing its token ids to `out`; returns how many there are. Without `out`, only counts. */
export function mergeShort(ranks: Ranks, piece: Bytes, out?: number[]): number {
  if (piece.length + 1 > starts.length) {
    starts = new Int32Array(piece.length + 1);
    pairRanks = new Int32Array(piece.length + 1);
  }
  const rankOf = (start: number, end: number) => ranks.get(piece.slice(start, end)) ?? NOT_A_TOKEN;
  // starts[i] is where part i begins (with a sentinel at the end); pairRanks[i] is the rank of
  // part i joined with part i + 1.
  let parts = piece.length;
  for (let i = 0; i < parts; i++) {
    starts[i] = i;
    pairRanks[i] = i + 1 < parts ? rankOf(i, i + 2) : NOT_A_TOKEN;
  }
  starts[parts] = parts;
  const joinedRank = (i: number) => (i + 2 <= parts ? rankOf(starts[i]!, starts[i + 2]!) : NOT_A_TOKEN);
  for (;;) {
    let best = NONE;
    let bestRank = NOT_A_TOKEN;
    for (let i = 0; i < parts - 1; i++) {
      if (pairRanks[i]! < bestRank) {
        bestRank = pairRanks[i]!;
        best = i;
      }
    }
    if (best === NONE) break;
    // Part best + 1 joins part best: close the gap.
    starts.copyWithin(best + 1, best + 2, parts + 1);
    pairRanks.copyWithin(best + 1, best + 2, parts);
    parts--;
    pairRanks[best] = joinedRank(best);
    if (best > 0) pairRanks[best - 1] = joinedRank(best - 1);
  }
  if (out) for (let i = 0; i < parts; i++) out.push(rankOfPart(ranks, piece.slice(starts[i]!, starts[i + 1]!)));
  return parts;
}

/**
 * The pairs waiting to be joined, lowest rank first and leftmost on ties, as tiktoken picks them.
 *
 * A heap of every pair costs log n per step, and a long run has a million pairs. But a run holds
 * few distinct ranks, so pairs are kept in one bucket per rank: a small heap orders the ranks, and
 * each bucket lists its positions in order. Joining the pair of rank r only ever makes pairs
 * that contain its token r and are longer, so of another rank: a bucket never grows while it is
 * being taken, and positions arrive in order as the joins sweep left to right. A bucket that
 * does get an earlier position (while a lower rank interrupts it) is sorted when next taken.
 *
 * Entries are not removed when a pair changes; `take` skips them (see `mergeLong`).
 */
export class PairQueue {
  private readonly buckets = new Map<number, Bucket>();
  /** Ranks that have a bucket, as a binary min-heap. */
  private readonly ranks: number[] = [];

  add(rank: number, position: number): void {
    let bucket = this.buckets.get(rank);
    if (!bucket) {
      bucket = new Bucket();
      this.buckets.set(rank, bucket);
      this.pushRank(rank);
    }
    bucket.add(position);
  }

  /**
   * Calls `join(rank, position)` for every entry in queue order, including entries added by
   * `join` itself.
   */
  drain(join: (rank: number, position: number) => void): void {
    while (this.ranks.length > 0) {
      const rank = this.ranks[0]!;
      const bucket = this.buckets.get(rank)!;
      bucket.sortPending();
      // Take this bucket's positions until a join adds a lower rank, which must go first.
      while (bucket.next < bucket.length && this.ranks[0] === rank) join(rank, bucket.take());
      if (bucket.next === bucket.length && this.ranks[0] === rank) {
        this.buckets.delete(rank);
        this.popRank();
      }
    }
  }

  private pushRank(rank: number): void {
    const heap = this.ranks;
    let i = heap.length;
    heap.push(rank);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= rank) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = rank;
  }

  private popRank(): void {
    const heap = this.ranks;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1]! < heap[child]!) child++;
      if (heap[child]! >= last) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}

/** One rank's positions. Typed arrays: a plain array of a million numbers is several times slower. */
class Bucket {
  private positions = new Int32Array(16);
  length = 0;
  /** Index of the next position to take. */
  next = 0;
  /** False when a position arrived out of order after `next`. */
  private sorted = true;

  add(position: number): void {
    if (this.length === this.positions.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    if (this.length > this.next && position < this.positions[this.length - 1]!) this.sorted = false;
    this.positions[this.length++] = position;
  }

  take(): number {
    return this.positions[this.next++]!;
  }

  sortPending(): void {
    if (this.sorted) return;
    this.positions.subarray(this.next, this.length).sort();
    this.sorted = true;
  }
}

/**
 * The rank of token a followed by token b, memoized with integer keys. Parts are always tokens, so
 * once the heap is running every join is such a pair; this avoids slicing and hashing byte strings
 * up to two tokens long on every join. Open addressing in typed arrays, as a Map keyed by a pair of
 * 18-bit ranks would box its keys.
 */
class PairRanks {
  private left: Int32Array;
  private right: Int32Array;
  private joined: Int32Array;
  private used = 0;

  constructor(
    private readonly ranks: Ranks,
    private readonly tokenBytes: readonly Bytes[],
  ) {
    this.left = new Int32Array(1024).fill(NONE);
    this.right = new Int32Array(1024);
    this.joined = new Int32Array(1024);
  }

  get(a: number, b: number): number {
    const mask = this.left.length - 1;
    for (let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & mask; ; slot = (slot + 1) & mask) {
      const left = this.left[slot]!;
      if (left === NONE) return this.insert(slot, a, b);
      if (left === a && this.right[slot] === b) return this.joined[slot]!;
    }
  }

  private insert(slot: number, a: number, b: number): number {
    const rank = this.ranks.get(this.tokenBytes[a]! + this.tokenBytes[b]!) ?? NONE;
    this.left[slot] = a;
    this.right[slot] = b;
    this.joined[slot] = rank;
    if (++this.used * 2 > this.left.length) this.grow();
    return rank;
  }

  private grow(): void {
    const { left, right, joined } = this;
    const size = left.length * 2;
    const mask = size - 1;
    this.left = new Int32Array(size).fill(NONE);
    this.right = new Int32Array(size);
    this.joined = new Int32Array(size);
    for (let i = 0; i < left.length; i++) {
      const a = left[i]!;
      if (a === NONE) continue;
      let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(right[i]!, 0x85ebca77)) & mask;
      while (this.left[slot] !== NONE) slot = (slot + 1) & mask;
      this.left[slot] = a;
      this.right[slot] = right[i]!;
      this.joined[slot] = joined[i]!;
    }
  }
}

/** `tokenBytes[rank]` is the token's bytes: the inverse of `ranks`. */
export function mergeLong(ranks: Ranks, tokenBytes: readonly Bytes[], piece: Bytes, out: number[]): void {
  const n = piece.length;
  const pairs = new PairRanks(ranks, tokenBytes);
  // Parts are linked by their start byte: part s spans [s, next[s]) and is token part[s]; its
  // pair with the next part is token pairRank[s] or NONE (also once part s is joined into the
  // part before it). A joined part keeps the left start.
  const next = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1);
  const part = new Int32Array(n);
  const pairRank = new Int32Array(n);
  for (let s = 0; s <= n; s++) {
    next[s] = s + 1;
    prev[s] = s - 1;
  }
  for (let s = 0; s < n; s++) part[s] = rankOfPart(ranks, piece[s]!);
  const queue = new PairQueue();
  const rankPair = (s: number) => {
    const rank = next[s]! < n ? pairs.get(part[s]!, part[next[s]!]!) : NONE;
    pairRank[s] = rank;
    if (rank !== NONE) queue.add(rank, s);
  };
  for (let s = 0; s < n; s++) rankPair(s);

  queue.drain((rank, s) => {
    // An entry is stale once its part is gone (NONE) or has a new pair rank. A part's pair only
    // grows, and a longer byte string is another token, so an old rank never comes back.
    if (pairRank[s] !== rank) return;
    const right = next[s]!;
    pairRank[right] = NONE;
    part[s] = rank;
    next[s] = next[right]!;
    prev[next[s]!] = s;
    rankPair(s);
    if (s > 0) rankPair(prev[s]!);
  });
  for (let s = 0; s < n; s = next[s]!) out.push(part[s]!);
}
