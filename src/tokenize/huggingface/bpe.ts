/**
 * The BPE model of a tokenizer.json, counting tokens as Hugging Face's `tokenizers` does: byte-level
 * (GPT-2 style: Llama 3/4, Qwen, DeepSeek, Mistral's Tekken), where a piece's symbols are its UTF-8
 * bytes, or SentencePiece style (Llama 2, Mistral 7B, Gemma), where they are its characters and a
 * character the vocab lacks becomes its bytes' `<0xXX>` tokens (byte_fallback) or the unk token.
 *
 * Unlike tiktoken, a merge's priority is its line in `merges` (not the rank of the token it makes),
 * so the pair table maps (left id, right id) to (merge rank, merged id). The order of merges is
 * the same: the lowest rank first, the leftmost on ties (the Rust code's heap orders by (rank, pos)).
 */
import { PairQueue, type Bytes } from '../tiktoken/merge.js';

/** tokenizer.json is wrong or uses what we do not support; the caller adds the file and a hint. */
export class ModelError extends Error {}

/**
 * GPT-2's printable stand-ins for bytes: vocab keys spell byte b as this character. Bytes that are
 * printable Latin-1 stand for themselves; the rest take code points from U+0100 up, in order.
 * Indexed by char code (all below U+0144); NONE for a char that stands for no byte.
 */
function byteOfChar(): Int16Array {
  const table = new Int16Array(0x200).fill(NONE);
  let next = 0x100;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    table[printable ? b : next++] = b;
  }
  return table;
}

/** Keys made only of these chars spell their own bytes (most of a vocab): no conversion needed. */
const SELF_SPELLED = /^[\x21-\x7e\xa1-\xac\xae-\xff]*$/;

/** A vocab key as the bytes it stands for, or undefined if it holds a character that is no byte. */
function keyToBytes(key: string, bytes: Int16Array): Bytes | undefined {
  if (SELF_SPELLED.test(key)) return key;
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const b = code < 0x200 ? bytes[code]! : NONE;
    if (b === NONE) return undefined;
    out += String.fromCharCode(b);
  }
  return out;
}

/**
 * Where a SentencePiece-style text may be cut: before "▁", after any character that no vocab token
 * holds right before a "▁" (a token spanning the cut would hold both, so none can be merged across
 * it). Undefined when the vocab has no "▁".
 */
function cutBefore(idOf: ReadonlyMap<string, number>): { char: string; joined: Set<string> } | undefined {
  const char = '\u2581';
  if (!idOf.has(char)) return undefined;
  const joined = new Set<string>();
  for (const key of idOf.keys()) {
    for (let at = key.indexOf(char, 1); at !== -1; at = key.indexOf(char, at + 1)) {
      const unit = key.charCodeAt(at - 1);
      joined.add(unit >= 0xdc00 && unit < 0xe000 && at >= 2 ? key.slice(at - 2, at) : key[at - 1]!);
    }
  }
  return { char, joined };
}

/** The UTF-8 bytes of one character (a lone surrogate has become U+FFFD before this). */
function toUtf8(char: string): number[] {
  const cp = char.codePointAt(0)!;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

const EMPTY = -1;
const NONE = -1;

/** (left, right) → merge rank and merged id, open addressing in typed arrays (280k merges for Llama 3). */
class MergeTable {
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  readonly rank: Int32Array;
  readonly merged: Int32Array;
  private readonly mask: number;

  constructor(size: number) {
    let capacity = 1024;
    while (capacity < size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.left = new Int32Array(capacity).fill(EMPTY);
    this.right = new Int32Array(capacity);
    this.rank = new Int32Array(capacity);
    this.merged = new Int32Array(capacity);
  }

  /** The slot of (a, b), or EMPTY. */
  find(a: number, b: number): number {
    for (let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const left = this.left[slot]!;
      if (left === EMPTY) return EMPTY;
      if (left === a && this.right[slot] === b) return slot;
    }
  }

  /** A later duplicate replaces an earlier one, as when the Rust code collects merges into a map. */
  set(a: number, b: number, rank: number, merged: number): void {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & this.mask;
    while (this.left[slot] !== EMPTY && !(this.left[slot] === a && this.right[slot] === b)) slot = (slot + 1) & this.mask;
    this.left[slot] = a;
    this.right[slot] = b;
    this.rank[slot] = rank;
    this.merged[slot] = merged;
  }
}

export interface BpeOptions {
  vocab: Record<string, number>;
  merges: readonly (string | readonly string[])[];
  ignoreMerges: boolean;
  unkToken: string | undefined;
  fuseUnk: boolean;
  /** Vocab keys spell characters, not GPT-2's byte stand-ins (SentencePiece-style files). */
  chars?: boolean;
  /** With `chars`: a character the vocab lacks becomes its UTF-8 bytes' `<0xXX>` tokens when all exist. */
  byteFallback?: boolean;
}

/** Above this many bytes a piece is merged with the queue; below it a rescan is faster. */
const LONG_PIECE = 64;
const NO_RANK = 0x7fffffff;

export class ByteLevelBpe {
  private readonly vocab: Map<Bytes, number> = new Map();
  /** The id of each single byte, or NONE when the vocab lacks it. */
  private readonly byteIds = new Int32Array(256).fill(NONE);
  private readonly table: MergeTable;
  private readonly ignoreMerges: boolean;
  private readonly unk: number;
  private readonly fuseUnk: boolean;
  /** SentencePiece style: the vocab by its keys as written, and `<0xXX>` ids when byte_fallback is on. */
  private readonly chars: boolean;
  private readonly fallbackIds: Int32Array | undefined;
  private readonly cutBefore: { char: string; joined: Set<string> } | undefined;

  constructor(options: BpeOptions) {
    const bytes = byteOfChar();
    const idOf = new Map<string, number>();
    this.chars = options.chars === true;
    for (const [key, id] of Object.entries(options.vocab)) {
      if (!Number.isInteger(id)) throw new ModelError(`model.vocab["${key}"] is not an integer id`);
      idOf.set(key, id);
      if (this.chars) continue;
      const b = keyToBytes(key, bytes);
      if (b !== undefined) this.vocab.set(b, id);
    }
    if (this.chars) this.vocab = idOf;
    for (let b = 0; b < 256; b++) this.byteIds[b] = this.vocab.get(String.fromCharCode(b)) ?? NONE;
    // With ignore_merges a whole piece in the vocab is one token, so it must not be cut.
    if (this.chars && !options.ignoreMerges) this.cutBefore = cutBefore(idOf);
    if (this.chars && options.byteFallback) {
      this.fallbackIds = new Int32Array(256);
      for (let b = 0; b < 256; b++) this.fallbackIds[b] = idOf.get(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`) ?? NONE;
    }
    this.table = new MergeTable(options.merges.length);
    options.merges.forEach((merge, rank) => {
      let a: string | undefined, b: string | undefined;
      if (typeof merge === 'string') {
        const space = merge.indexOf(' ');
        if (space > 0) {
          a = merge.slice(0, space);
          b = merge.slice(space + 1);
        }
      } else if (Array.isArray(merge) && merge.length === 2) [a, b] = merge;
      if (typeof a !== 'string' || typeof b !== 'string') throw new ModelError(`model.merges[${rank}] is not a pair of tokens`);
      const left = idOf.get(a), right = idOf.get(b), merged = idOf.get(a + b);
      if (left === undefined || right === undefined || merged === undefined) {
        throw new ModelError(`model.merges[${rank}] ("${a} ${b}") uses a token that is not in model.vocab`);
      }
      this.table.set(left, right, rank, merged);
    });
    this.ignoreMerges = options.ignoreMerges;
    this.fuseUnk = options.fuseUnk;
    const unk = options.unkToken === undefined ? undefined : idOf.get(options.unkToken);
    if (options.unkToken !== undefined && unk === undefined) throw new ModelError(`model.unk_token "${options.unkToken}" is not in model.vocab`);
    this.unk = unk ?? NONE;
  }

  /**
   * SentencePiece style: calls `segment` with stretches of `piece` that merge independently, so
   * their counts add up to the piece's. A file without a pre-tokenizer (Llama 2, Gemma) hands the
   * model a whole text as one piece; cutting it before each "▁" that no token joins to the
   * character before it lets words be merged (and cached) one by one, as fast as byte-level ones.
   */
  segments(piece: string, segment: (text: string) => void): void {
    const cut = this.cutBefore;
    if (!cut) {
      segment(piece);
      return;
    }
    let from = 0;
    for (let at = piece.indexOf(cut.char, 1); at !== -1; at = piece.indexOf(cut.char, at + 1)) {
      // A character the vocab has (no byte fallback, no unk before it) that no token joins to "▁".
      const unit = piece.charCodeAt(at - 1);
      const before = unit >= 0xdc00 && unit < 0xe000 && at >= 2 ? piece.slice(at - 2, at) : piece[at - 1]!;
      if (cut.joined.has(before) || !this.vocab.has(before)) continue;
      segment(piece.slice(from, at));
      from = at;
    }
    segment(from === 0 ? piece : piece.slice(from));
  }

  /** Tokens of one pre-tokenized piece: its UTF-8 bytes (byte-level), or its text (SentencePiece style). */
  count(piece: Bytes): number {
    if (this.ignoreMerges && this.vocab.has(piece)) return 1;
    const ids = this.chars ? this.charSymbols(piece) : this.symbols(piece);
    return ids.length > LONG_PIECE ? this.mergeLong(ids) : this.mergeShort(ids);
  }

  /**
   * SentencePiece style, in the Rust code's order: each character's id; else, with byte_fallback,
   * its bytes' `<0xXX>` ids when the vocab has them all; else the unk token, which a run of unknown
   * characters shares with fuse_unk (a byte-fallback character in the run does not end it), or
   * nothing without one.
   */
  private charSymbols(piece: string): Int32Array {
    // A character takes one id, or up to 4 with byte fallback: grown when needed, since a piece
    // can be a whole 16 MB text.
    let ids = new Int32Array(piece.length + 16);
    let n = 0;
    let pendingUnk = false;
    const fallback = this.fallbackIds;
    for (let i = 0; i < piece.length; i++) {
      // Room for the most one character adds: a pending unk and 4 bytes.
      if (n + 5 > ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids.subarray(0, n));
        ids = grown;
      }
      const unit = piece.charCodeAt(i);
      const pair = unit >= 0xd800 && unit < 0xdc00 && i + 1 < piece.length;
      const char = pair ? piece.slice(i, i + 2) : piece[i]!;
      if (pair) i++;
      const id = this.vocab.get(char);
      if (id !== undefined) {
        if (pendingUnk) ids[n++] = this.unk;
        pendingUnk = false;
        ids[n++] = id;
        continue;
      }
      if (fallback) {
        const utf8 = toUtf8(char);
        let all = true;
        for (let k = 0; k < utf8.length; k++) if (fallback[utf8[k]!] === NONE) all = false;
        if (all) {
          for (let k = 0; k < utf8.length; k++) ids[n++] = fallback[utf8[k]!]!;
          continue;
        }
      }
      if (this.unk === NONE) continue;
      if (pendingUnk && !this.fuseUnk) ids[n++] = this.unk;
      pendingUnk = true;
    }
    if (pendingUnk) ids[n++] = this.unk;
    return ids.subarray(0, n);
  }

  /**
   * The piece's bytes as ids. A byte the vocab lacks is the unk token (runs of them one token with
   * fuse_unk), or dropped when there is none, as the Rust code does.
   */
  private symbols(piece: Bytes): Int32Array {
    const ids = new Int32Array(piece.length);
    let n = 0;
    for (let i = 0; i < piece.length; i++) {
      const id = this.byteIds[piece.charCodeAt(i)]!;
      if (id !== NONE) ids[n++] = id;
      else if (this.unk !== NONE && !(this.fuseUnk && n > 0 && ids[n - 1] === this.unk)) ids[n++] = this.unk;
    }
    return ids.subarray(0, n);
  }

  private pairSlot(a: number, b: number): number {
    return this.table.find(a, b);
  }

  private mergeShort(ids: Int32Array): number {
    let n = ids.length;
    const ranks = new Int32Array(Math.max(n - 1, 0));
    const rankAt = (i: number) => {
      const slot = this.pairSlot(ids[i]!, ids[i + 1]!);
      return slot === EMPTY ? NO_RANK : this.table.rank[slot]!;
    };
    for (let i = 0; i < n - 1; i++) ranks[i] = rankAt(i);
    for (;;) {
      let best = NONE, bestRank = NO_RANK;
      for (let i = 0; i < n - 1; i++) {
        if (ranks[i]! < bestRank) {
          bestRank = ranks[i]!;
          best = i;
        }
      }
      if (best === NONE) return n;
      ids[best] = this.table.merged[this.pairSlot(ids[best]!, ids[best + 1]!)]!;
      ids.copyWithin(best + 1, best + 2, n);
      ranks.copyWithin(best, best + 1, n - 1);
      n--;
      if (best < n - 1) ranks[best] = rankAt(best);
      if (best > 0) ranks[best - 1] = rankAt(best - 1);
    }
  }

  /** O(n log n): a linked list of parts and a queue of their pairs by (rank, position). */
  private mergeLong(ids: Int32Array): number {
    const n = ids.length;
    const next = new Int32Array(n + 1);
    const prev = new Int32Array(n + 1);
    const pairRank = new Int32Array(n).fill(NONE);
    const pairMerged = new Int32Array(n);
    for (let s = 0; s <= n; s++) {
      next[s] = s + 1;
      prev[s] = s - 1;
    }
    const queue = new PairQueue();
    const rankPair = (s: number) => {
      const slot = next[s]! < n ? this.pairSlot(ids[s]!, ids[next[s]!]!) : EMPTY;
      pairRank[s] = slot === EMPTY ? NONE : this.table.rank[slot]!;
      if (slot !== EMPTY) {
        pairMerged[s] = this.table.merged[slot]!;
        queue.add(pairRank[s]!, s);
      }
    };
    for (let s = 0; s < n; s++) rankPair(s);
    let parts = n;
    queue.drain((rank, s) => {
      // Stale once its part was joined away (NONE) or has another right neighbour: a rank names
      // one pair of tokens, and a part only grows, so the same pair never comes back.
      if (pairRank[s] !== rank) return;
      const right = next[s]!;
      pairRank[right] = NONE;
      ids[s] = pairMerged[s]!;
      next[s] = next[right]!;
      prev[next[s]!] = s;
      parts--;
      rankPair(s);
      if (s > 0) rankPair(prev[s]!);
    });
    return parts;
  }
}
