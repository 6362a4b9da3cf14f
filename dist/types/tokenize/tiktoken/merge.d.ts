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
export declare const LONG_PIECE = 96;
/** Merges `piece`, pushing its token ids to `out`; returns how many there are. Without `out`, only counts. */
export declare function mergeShort(ranks: Ranks, piece: Bytes, out?: number[]): number;
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
export declare class PairQueue {
    private readonly buckets;
    /** Ranks that have a bucket, as a binary min-heap. */
    private readonly ranks;
    add(rank: number, position: number): void;
    /**
     * Calls `join(rank, position)` for every entry in queue order, including entries added by
     * `join` itself.
     */
    drain(join: (rank: number, position: number) => void): void;
    private pushRank;
    private popRank;
}
/** `tokenBytes[rank]` is the token's bytes: the inverse of `ranks`. */
export declare function mergeLong(ranks: Ranks, tokenBytes: readonly Bytes[], piece: Bytes, out: number[]): void;
