/**
 * tiktoken's pre-tokenizers, as hand-written scanners instead of regular expressions.
 *
 * tiktoken splits text with a Rust regex before BPE. A JavaScript RegExp cannot use its own
 * \p{L}, \p{N} or \s here: they follow the runtime's Unicode version (Node 20.20 has 17.0, Node
 * 24 has 16.0) and JavaScript's \s is not White_Space. Spelled out as explicit Unicode 16 ranges,
 * the patterns are ~100 KB of RegExp source, which V8 matches slowly: 3-4 MB/s on Markdown full
 * of punctuation, where every non-letter is checked against every range. A scanner over a code
 * point table is exact on every runtime, linear by construction, and several times faster.
 *
 * Each scanner returns where the piece starting at `start` ends. They follow the patterns'
 * backtracking semantics (leftmost alternative first, greedy quantifiers); each alternative is
 * quoted above the code that implements it, and test/unit/tokenize/tiktoken/pretokenize.test.ts
 * checks every scanner against a RegExp translation of tiktoken's pattern.
 */
import type { EncodingName } from './encoding-names.js';
/** Finds where the piece that starts at `start` ends (`start` < text.length). */
export type Pretokenizer = (text: string, start: number) => number;
/** Splits `text` into tiktoken's pieces for `encoding`, calling `piece(start, end)` for each. */
export declare function pretokenize(encoding: EncodingName, text: string, piece: (start: number, end: number) => void): void;
