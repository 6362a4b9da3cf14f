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
import {
  LOWERCASE_LETTER,
  MARK,
  MODIFIER_LETTER,
  NUMBER,
  OTHER_LETTER,
  TITLECASE_LETTER,
  UPPERCASE_LETTER,
  WHITE_SPACE,
} from './unicode-16.js';

/** Class bits of a code point. */
const LETTER = 1; // \p{L}
const DIGIT = 2; // \p{N}
const SPACE = 4; // \s, which in the regex crate is White_Space
/** o200k_base's [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]: opens or continues a capitalized word. */
const UPPER = 8;
/** o200k_base's [\p{Ll}\p{Lm}\p{Lo}\p{M}]: continues a word in lower case. */
const LOWER = 16;

let table: Uint8Array | undefined;

/** One byte per code point (1.1 MB), built on first use from the Unicode 16 ranges. */
function classTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x110000);
  // A code point has one General_Category, and White_Space holds only separators and controls,
  // so the sets are disjoint and each range can simply be filled.
  const fill = (ranges: string, bits: number) => {
    for (const item of ranges.split(' ')) {
      const dash = item.indexOf('-');
      const first = parseInt(dash < 0 ? item : item.slice(0, dash), 16);
      const last = dash < 0 ? first : parseInt(item.slice(dash + 1), 16);
      table!.fill(bits, first, last + 1);
    }
  };
  fill(UPPERCASE_LETTER, LETTER | UPPER);
  fill(TITLECASE_LETTER, LETTER | UPPER);
  fill(MODIFIER_LETTER, LETTER | UPPER | LOWER);
  fill(OTHER_LETTER, LETTER | UPPER | LOWER);
  fill(LOWERCASE_LETTER, LETTER | LOWER);
  fill(MARK, UPPER | LOWER);
  fill(NUMBER, DIGIT);
  fill(WHITE_SPACE, SPACE);
  return table;
}

/** Finds where the piece that starts at `start` ends (`start` < text.length). */
export type Pretokenizer = (text: string, start: number) => number;

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const APOSTROPHE = 0x27;
const SLASH = 0x2f;
const LONG_S = 0x17f;

/**
 * A scanner over one text. A code point is read with codePointAt, so a lone surrogate is one code
 * point of no class, as it is for a RegExp with the u flag.
 */
class Cursor {
  constructor(
    readonly text: string,
    readonly classes: Uint8Array,
  ) {}

  /** The code point at `i`, or -1 at the end. */
  at(i: number): number {
    return i < this.text.length ? this.text.codePointAt(i)! : -1;
  }

  classAt(i: number): number {
    return i < this.text.length ? this.classes[this.text.codePointAt(i)!]! : 0;
  }

  /** The index after the code point at `i`. */
  after(i: number): number {
    return this.text.codePointAt(i)! > 0xffff ? i + 2 : i + 1;
  }

  /** The end of the run of code points from `i` that have any of `bits`. */
  run(i: number, bits: number): number {
    while (i < this.text.length && (this.classAt(i) & bits) !== 0) i = this.after(i);
    return i;
  }

  /** `[^\r\n\p{L}\p{N}]`: what may come before a word. */
  isWordPrefix(i: number): boolean {
    const cp = this.at(i);
    return cp >= 0 && cp !== CR && cp !== LF && (this.classes[cp]! & (LETTER | DIGIT)) === 0;
  }

  /** `[^\s\p{L}\p{N}]`: punctuation, symbols, marks, controls and lone surrogates. */
  isOther(i: number): boolean {
    return i < this.text.length && (this.classAt(i) & (LETTER | DIGIT | SPACE)) === 0;
  }

  /**
   * `'s|'t|'re|'ve|'m|'ll|'d` at `i`, case-insensitively with Unicode simple case folding (only
   * s gains a non-ASCII form, U+017F) or case-sensitively; the index after it, or -1.
   */
  contraction(i: number, ignoreCase: boolean): number {
    if (this.at(i) !== APOSTROPHE) return -1;
    const lower = (cp: number) => (ignoreCase && cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp);
    const first = lower(this.at(i + 1));
    if (first === 0x73 || first === 0x74 || first === 0x6d || first === 0x64) return i + 2; // s t m d
    if (ignoreCase && first === LONG_S) return i + 2;
    const second = lower(this.at(i + 2));
    if ((first === 0x72 || first === 0x76) && second === 0x65) return i + 3; // re ve
    if (first === 0x6c && second === 0x6c) return i + 3; // ll
    return -1;
  }

  /**
   * `\s*[\r\n]+|\s+(?!\S)|\s+` at `i`, which is a space. The first takes the whitespace up to its
   * last line break; the second all of it at the end of the text, or all but its last code point
   * (which then opens the next piece) before other text; the third one lone space before text.
   */
  whitespace(i: number, lineBreaks: boolean): number {
    let lastBreak = -1;
    let last = i;
    let end = i;
    while (end < this.text.length && (this.classAt(end) & SPACE) !== 0) {
      const cp = this.text.charCodeAt(end);
      if (cp === CR || cp === LF) lastBreak = end;
      last = end;
      end = this.after(end);
    }
    if (lineBreaks && lastBreak >= 0) return lastBreak + 1;
    if (end === this.text.length || last === i) return end;
    return last;
  }
}

/** `(?i:'s|'t|'re|'ve|'m|'ll|'d)?` after a word. */
function withContraction(cursor: Cursor, end: number): number {
  const contraction = cursor.contraction(end, true);
  return contraction < 0 ? end : contraction;
}

/**
 * o200k_base's `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+` at `i`: the greedy
 * upper run gives back code points until a lower one can start; the end, or -1.
 */
function camelWord(cursor: Cursor, i: number): number {
  let lastLower = -1;
  let end = i;
  while (end < cursor.text.length && (cursor.classAt(end) & UPPER) !== 0) {
    if ((cursor.classAt(end) & LOWER) !== 0) lastLower = end;
    end = cursor.after(end);
  }
  if ((cursor.classAt(end) & LOWER) !== 0) return cursor.run(end, LOWER);
  // Backtracking: the last lower code point of the run, followed by none (the run ends there or
  // continues only in Lu/Lt, which are not lower).
  return lastLower < 0 ? -1 : cursor.after(lastLower);
}

/** `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*` at `i`; the end, or -1. */
function capitalWord(cursor: Cursor, i: number): number {
  const end = cursor.run(i, UPPER);
  return end === i ? -1 : cursor.run(end, LOWER);
}

function o200k(cursor: Cursor, start: number): number {
  const prefixed = cursor.isWordPrefix(start) ? cursor.after(start) : -1;
  // [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|...)?
  // |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|...)?
  // Each alternative tries with the optional prefix first, then without.
  for (const word of [camelWord, capitalWord]) {
    for (const from of [prefixed, start]) {
      if (from < 0) continue;
      const end = word(cursor, from);
      if (end >= 0) return withContraction(cursor, end);
    }
  }
  return numbersPunctuationOrSpace(cursor, start, 3, true, true);
}

/**
 * `\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`, shared by o200k_base and
 * cl100k_base (cl100k_base's punctuation takes `[\r\n]*`, without the slash).
 */
function numbersPunctuationOrSpace(cursor: Cursor, start: number, maxDigits: number, slash: boolean, lineBreaks: boolean): number {
  const cls = cursor.classAt(start);
  if ((cls & DIGIT) !== 0) {
    let end = start;
    for (let n = 0; n < maxDigits && (cursor.classAt(end) & DIGIT) !== 0; n++) end = cursor.after(end);
    return end;
  }
  const from = cursor.at(start) === SP && cursor.isOther(start + 1) ? start + 1 : start;
  if (cursor.isOther(from)) {
    let end = from;
    while (cursor.isOther(end)) end = cursor.after(end);
    for (let cp = cursor.at(end); cp === CR || cp === LF || (slash && cp === SLASH); cp = cursor.at(end)) end++;
    return end;
  }
  return cursor.whitespace(start, lineBreaks);
}

function cl100k(cursor: Cursor, start: number): number {
  // (?i:'s|'t|'re|'ve|'m|'ll|'d)
  const contraction = cursor.contraction(start, true);
  if (contraction >= 0) return contraction;
  // [^\r\n\p{L}\p{N}]?\p{L}+
  if (cursor.isWordPrefix(start)) {
    const from = cursor.after(start);
    const end = cursor.run(from, LETTER);
    if (end > from) return end;
  }
  const end = cursor.run(start, LETTER);
  if (end > start) return end;
  return numbersPunctuationOrSpace(cursor, start, 3, false, true);
}

/** `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+` (case-sensitive). */
function gpt2(cursor: Cursor, start: number): number {
  const contraction = cursor.contraction(start, false);
  if (contraction >= 0) return contraction;
  const spaced = cursor.at(start) === SP ? start + 1 : start;
  for (const bits of [LETTER, DIGIT]) {
    for (const from of spaced === start ? [start] : [spaced, start]) {
      const end = cursor.run(from, bits);
      if (end > from) return end;
    }
  }
  for (const from of spaced === start ? [start] : [spaced, start]) {
    if (!cursor.isOther(from)) continue;
    let end = from;
    while (cursor.isOther(end)) end = cursor.after(end);
    return end;
  }
  return cursor.whitespace(start, false);
}

const SCANNERS: Record<EncodingName, (cursor: Cursor, start: number) => number> = {
  o200k_base: o200k,
  cl100k_base: cl100k,
  p50k_base: gpt2,
  r50k_base: gpt2,
};

/** Splits `text` into tiktoken's pieces for `encoding`, calling `piece(start, end)` for each. */
export function pretokenize(encoding: EncodingName, text: string, piece: (start: number, end: number) => void): void {
  const scan = SCANNERS[encoding];
  const cursor = new Cursor(text, classTable());
  for (let start = 0; start < text.length; ) {
    const end = scan(cursor, start);
    piece(start, end);
    start = end;
  }
}
