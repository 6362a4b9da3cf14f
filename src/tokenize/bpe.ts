/**
 * tiktoken's encode_ordinary: split text with the pre-tokenizer regex, then byte-pair encode each
 * piece with the rank table.
 *
 * Why not js-tiktoken's Tiktoken.encode: it builds `new RegExp(pat_str)` on every call, and the
 * exact patterns (patterns.ts) spell out Unicode classes as ranges, about 100 KB of source for
 * o200k_base. Parsing and compiling that on every call took ~140 µs even for "hello", against
 * ~2 µs with js-tiktoken's short patterns. Here the RegExp is compiled once per encoding.
 * js-tiktoken still supplies the rank tables; its special tokens are never looked for.
 */

/** A token's bytes as a binary string (one char per byte, 0-255), so slices and Map keys are cheap. */
type Bytes = string;

/** Ranks from js-tiktoken's table format: lines of `<marker> <first rank> <base64 token>...`. */
function parseRanks(bpeRanks: string): Map<Bytes, number> {
  const ranks = new Map<Bytes, number>();
  for (const line of bpeRanks.split('\n')) {
    if (!line) continue;
    const fields = line.split(' ');
    const first = Number.parseInt(fields[1]!, 10);
    for (let i = 2; i < fields.length; i++) ranks.set(atob(fields[i]!), first + i - 2);
  }
  return ranks;
}

const ASCII = /^[\0-\x7f]*$/;
const char = String.fromCharCode;

/**
 * UTF-8 bytes of `text` as a binary string. A lone surrogate becomes U+FFFD (EF BF BD), as in
 * TextEncoder and at tiktoken's WASM boundary. Written out by hand: for the short pieces BPE sees,
 * this is ~20x faster than TextEncoder plus String.fromCharCode.
 */
function toBytes(text: string): Bytes {
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

export class BpeTokenizer {
  private readonly ranks: Map<Bytes, number>;
  private readonly pretokenizer: RegExp;

  constructor(bpeRanks: string, patternSource: string) {
    this.ranks = parseRanks(bpeRanks);
    this.pretokenizer = new RegExp(patternSource, 'gu');
  }

  /** Token ids of `text`, all of it ordinary text (no special tokens). */
  encode(text: string): number[] {
    const out: number[] = [];
    const pretokenizer = this.pretokenizer;
    pretokenizer.lastIndex = 0;
    for (let match = pretokenizer.exec(text); match !== null; match = pretokenizer.exec(text)) {
      const piece = toBytes(match[0]);
      const rank = this.ranks.get(piece);
      if (rank !== undefined) out.push(rank);
      else this.mergePiece(piece, out);
    }
    return out;
  }

  /**
   * tiktoken's byte_pair_merge: repeatedly join the adjacent pair whose joined bytes have the lowest
   * rank (the leftmost on ties) until no adjacent pair is a token.
   */
  private mergePiece(piece: Bytes, out: number[]): void {
    const ranks = this.ranks;
    const rankOf = (bytes: Bytes) => ranks.get(bytes) ?? Infinity;
    // starts[i] is where part i begins; pairRank[i] is the rank of part i joined with part i + 1.
    const starts: number[] = [];
    const pairRank: number[] = [];
    for (let i = 0; i < piece.length; i++) {
      starts.push(i);
      pairRank.push(i + 1 < piece.length ? rankOf(piece.slice(i, i + 2)) : Infinity);
    }
    starts.push(piece.length);
    // Rank of parts i and i + 1 joined, once they are adjacent (starts has a sentinel at the end).
    const joinedRank = (i: number) => (i + 2 < starts.length ? rankOf(piece.slice(starts[i]!, starts[i + 2]!)) : Infinity);
    for (;;) {
      let best = -1;
      let bestRank = Infinity;
      for (let i = 0; i < pairRank.length - 1; i++) {
        if (pairRank[i]! < bestRank) {
          bestRank = pairRank[i]!;
          best = i;
        }
      }
      if (best < 0) break;
      starts.splice(best + 1, 1);
      pairRank.splice(best + 1, 1);
      pairRank[best] = joinedRank(best);
      if (best > 0) pairRank[best - 1] = joinedRank(best - 1);
    }
    for (let i = 0; i + 1 < starts.length; i++) {
      const rank = ranks.get(piece.slice(starts[i]!, starts[i + 1]!));
      // Every single byte is a token in these tables, and merges only make tokens, so this holds.
      if (rank === undefined) throw new Error('BPE produced a part that is not a token');
      out.push(rank);
    }
  }
}
