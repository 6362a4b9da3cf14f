/**
 * tiktoken's encode_ordinary: split text into pieces (pretokenize.ts), then byte-pair encode each
 * piece with the rank table (merge.ts). js-tiktoken supplies only the rank tables; its special
 * tokens are never looked for, so "<|endoftext|>" in a prompt file is text, as the API treats it.
 */
import type { EncodingName } from './encoding-names.js';
import { type Bytes } from './merge.js';
/**
 * UTF-8 bytes of `text` as a binary string. A lone surrogate becomes U+FFFD (EF BF BD), as in
 * TextEncoder and at tiktoken's WASM boundary. Written out by hand: for the short pieces BPE sees,
 * this is ~20x faster than TextEncoder plus String.fromCharCode.
 */
export declare function toBytes(text: string): Bytes;
/** Ranks from js-tiktoken's table format: lines of `<marker> <first rank> <base64 token>...`. */
export declare function parseRanks(bpeRanks: string): {
    ranks: Map<Bytes, number>;
    tokenBytes: Bytes[];
};
export declare class BpeTokenizer {
    private readonly encoding;
    private readonly ranks;
    private readonly tokenBytes;
    private readonly merged;
    /** Counting needs no ids: a cache of numbers, and merges that skip looking the parts up. */
    private readonly mergedCounts;
    constructor(bpeRanks: string, encoding: EncodingName);
    /** Token ids of `text`, all of it ordinary text (no special tokens). */
    encode(text: string): number[];
    /** The number of tokens `encode` would return, without building the array. */
    count(text: string): number;
    private eachPiece;
    private countPiece;
    private mergePiece;
}
