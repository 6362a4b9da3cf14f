/**
 * tiktoken's encode_ordinary: split text into pieces (pretokenize.ts), then byte-pair encode each
 * piece with the rank table (merge.ts). js-tiktoken supplies only the rank tables; its special
 * tokens are never looked for, so "<|endoftext|>" in a prompt file is text, as the API treats it.
 */
import type { EncodingName } from './encoding-names.js';
import { LONG_PIECE, mergeLong, mergeShort, type Bytes } from './merge.js';
import { pretokenize } from './pretokenize.js';

const ASCII = /^[\0-\x7f]*$/;
const char = String.fromCharCode;

/**
 * UTF-8 bytes of `text` as a binary string. A lone surrogate becomes U+FFFD (EF BF BD), as in
 * TextEncoder and at tiktoken's WASM boundary. Written out by hand: for the short pieces BPE sees,
 * this is ~20x faster than TextEncoder plus String.fromCharCode.
 */
export function toBytes(text: string): Bytes {
  if (ASCII.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) out += char(unit);
    else if (unit < 0x800) out += char(0xc0 | (unit >> 6), 0x80 | (unit & 0x3f));
    else if (unit < 0xd800 || unit >= 0xe000) {
      out += char(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
    } else {
      const low = text.charCodeAt(i + 1);
      if (unit >= 0xdc00 || !(low >= 0xdc00 && low < 0xe000)) {
        out += '\xef\xbf\xbd';
        continue;
      }
      i++;
      const cp = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
      out += char(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    }
  }
  return out;
}

/** Ranks from js-tiktoken's table format: lines of `<marker> <first rank> <base64 token>...`. */
export function parseRanks(bpeRanks: string): { ranks: Map<Bytes, number>; tokenBytes: Bytes[] } {
  const ranks = new Map<Bytes, number>();
  const tokenBytes: Bytes[] = [];
  for (const line of bpeRanks.split('\n')) {
    if (!line) continue;
    const fields = line.split(' ');
    const first = Number.parseInt(fields[1]!, 10);
    for (let i = 2; i < fields.length; i++) {
      const bytes = atob(fields[i]!);
      ranks.set(bytes, first + i - 2);
      tokenBytes[first + i - 2] = bytes;
    }
  }
  return { ranks, tokenBytes };
}

/**
 * Words recur: a prompt says "the" and "customer" hundreds of times. Caching the ids of merged
 * pieces skips most merges on real text. Bounded, and emptied when full, so memory stays flat.
 */
const CACHE_ENTRIES = 65_536;
const CACHEABLE_LENGTH = 64;

export class BpeTokenizer {
  private readonly ranks: Map<Bytes, number>;
  private readonly tokenBytes: Bytes[];
  private readonly merged = new Map<string, readonly number[]>();
  /** Counting needs no ids: a cache of numbers, and merges that skip looking the parts up. */
  private readonly mergedCounts = new Map<string, number>();

  constructor(
    bpeRanks: string,
    private readonly encoding: EncodingName,
  ) {
    ({ ranks: this.ranks, tokenBytes: this.tokenBytes } = parseRanks(bpeRanks));
  }

  /** Token ids of `text`, all of it ordinary text (no special tokens). */
  encode(text: string): number[] {
    const out: number[] = [];
    this.eachPiece(text, (rank) => out.push(rank), (ids) => {
      for (const id of ids) out.push(id);
    });
    return out;
  }

  /** The number of tokens `encode` would return, without building the array. */
  count(text: string): number {
    let total = 0;
    pretokenize(this.encoding, text, (start, end) => {
      const piece = text.slice(start, end);
      const bytes = toBytes(piece);
      total += this.ranks.has(bytes) ? 1 : this.countPiece(piece, bytes);
    });
    return total;
  }

  private eachPiece(text: string, token: (rank: number) => void, tokens: (ids: readonly number[]) => void): void {
    pretokenize(this.encoding, text, (start, end) => {
      const piece = text.slice(start, end);
      const bytes = toBytes(piece);
      const rank = this.ranks.get(bytes);
      if (rank !== undefined) token(rank);
      else tokens(this.mergePiece(piece, bytes));
    });
  }

  private countPiece(piece: string, bytes: Bytes): number {
    if (bytes.length > LONG_PIECE) return this.mergePiece(piece, bytes).length;
    const cacheable = piece.length <= CACHEABLE_LENGTH;
    const cached = cacheable ? this.mergedCounts.get(piece) : undefined;
    if (cached !== undefined) return cached;
    const count = mergeShort(this.ranks, bytes);
    if (cacheable) {
      if (this.mergedCounts.size >= CACHE_ENTRIES) this.mergedCounts.clear();
      this.mergedCounts.set(piece, count);
    }
    return count;
  }

  private mergePiece(piece: string, bytes: Bytes): readonly number[] {
    const cacheable = piece.length <= CACHEABLE_LENGTH;
    const cached = cacheable ? this.merged.get(piece) : undefined;
    if (cached) return cached;
    const ids: number[] = [];
    if (bytes.length > LONG_PIECE) mergeLong(this.ranks, this.tokenBytes, bytes, ids);
    else mergeShort(this.ranks, bytes, ids);
    if (cacheable) {
      if (this.merged.size >= CACHE_ENTRIES) this.merged.clear();
      this.merged.set(piece, ids);
    }
    return ids;
  }
}
