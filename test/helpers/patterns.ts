/**
 * tiktoken's pre-tokenizer patterns, rewritten so a JavaScript RegExp splits text exactly where
 * tiktoken's Rust regex does. The product splits with hand-written scanners (src/tokenize/
 * pretokenize.ts), which are faster; these RegExps are the reference the scanners are tested
 * against, and are themselves tested against tiktoken's pattern strings.
 *
 * js-tiktoken ships the patterns with JavaScript's own classes, which differ from the regex crate's:
 * - `\s`: Rust means White_Space, JavaScript means WhiteSpace + LineTerminator. JavaScript adds
 *   U+FEFF (a BOM) and leaves out U+0085 (NEL).
 * - `\p{L}`, `\p{N}`, `\p{Lu}`, ...: Rust uses Unicode 16.0 tables; JavaScript uses the runtime's
 *   ICU (Unicode 17.0 on Node 20.20), which adds about 4,700 letters, marks and digits that are
 *   still unassigned for tiktoken, and moves U+0295 from Ll to Lo.
 * - `(?i:'s|'t|...)`: Rust folds case with Unicode simple case folding, so `'s` also matches `'ſ`
 *   (U+017F, LATIN SMALL LETTER LONG S); js-tiktoken spells out only the ASCII cases.
 * So every class here is an explicit list of code point ranges (unicode-16.ts), `\s` is
 * White_Space, `\S` its complement, and the contractions list their case variants. The structure
 * of each pattern (alternatives, their order, quantifiers, the `(?!\S)` look-ahead) is tiktoken's,
 * unchanged: JavaScript's backtracking gives the same leftmost-first matches as fancy-regex.
 */
import type { EncodingName } from '../../src/tokenize/tiktoken/encoding-names.js';
import {
  LOWERCASE_LETTER,
  MARK,
  MODIFIER_LETTER,
  NUMBER,
  OTHER_LETTER,
  TITLECASE_LETTER,
  UPPERCASE_LETTER,
  WHITE_SPACE,
} from '../../src/tokenize/tiktoken/unicode-16.js';

type Range = readonly [first: number, last: number];

function parseRanges(table: string): Range[] {
  return table.split(' ').map((item) => {
    const [first, last = first] = item.split('-');
    return [parseInt(first!, 16), parseInt(last, 16)] as const;
  });
}

/** Sorted, merged union of range lists. */
function union(...tables: string[]): Range[] {
  const all = tables.flatMap(parseRanges).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of all) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

const escape = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;

/** Body of a character class (no brackets), for a RegExp with the `u` flag. */
function classBody(ranges: Range[]): string {
  return ranges.map(([a, b]) => (a === b ? escape(a) : `${escape(a)}-${escape(b)}`)).join('');
}

const L = classBody(union(UPPERCASE_LETTER, LOWERCASE_LETTER, TITLECASE_LETTER, MODIFIER_LETTER, OTHER_LETTER));
const N = classBody(union(NUMBER));
const S = classBody(union(WHITE_SPACE));
/** o200k_base's [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]: what may open or continue a capitalized word. */
const UPPER = classBody(union(UPPERCASE_LETTER, TITLECASE_LETTER, MODIFIER_LETTER, OTHER_LETTER, MARK));
/** o200k_base's [\p{Ll}\p{Lm}\p{Lo}\p{M}]: what continues a word in lower case. */
const LOWER = classBody(union(LOWERCASE_LETTER, MODIFIER_LETTER, OTHER_LETTER, MARK));

/** `(?i:'s|'t|'re|'ve|'m|'ll|'d)` under Unicode simple case folding: only s has a non-ASCII fold. */
const CONTRACTION = `(?:'[sS\\u{17f}]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])`;

// The same tail in cl100k_base and o200k_base: `\s*[\r\n]+|\s+(?!\S)|\s+`.
const WHITESPACE_TAIL = `[${S}]*[\\r\\n]+|[${S}]+(?![^${S}])|[${S}]+`;

/**
 * Sources for RegExp(source, 'gu'), one per encoding. Each is tiktoken's pattern (quoted above it)
 * with only the classes and the case-insensitive group translated.
 */
export const PRETOKENIZE_SOURCES = {
  // [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
  // |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
  // |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
  o200k_base:
    `[^\\r\\n${L}${N}]?[${UPPER}]*[${LOWER}]+${CONTRACTION}?` +
    `|[^\\r\\n${L}${N}]?[${UPPER}]+[${LOWER}]*${CONTRACTION}?` +
    `|[${N}]{1,3}| ?[^${S}${L}${N}]+[\\r\\n/]*|${WHITESPACE_TAIL}`,
  // (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
  // |\s*[\r\n]+|\s+(?!\S)|\s+
  cl100k_base:
    `${CONTRACTION}|[^\\r\\n${L}${N}]?[${L}]+|[${N}]{1,3}| ?[^${S}${L}${N}]+[\\r\\n]*|${WHITESPACE_TAIL}`,
  // 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+  (case-sensitive)
  p50k_base: `'s|'t|'re|'ve|'m|'ll|'d| ?[${L}]+| ?[${N}]+| ?[^${S}${L}${N}]+|[${S}]+(?![^${S}])|[${S}]+`,
  r50k_base: `'s|'t|'re|'ve|'m|'ll|'d| ?[${L}]+| ?[${N}]+| ?[^${S}${L}${N}]+|[${S}]+(?![^${S}])|[${S}]+`,
} satisfies Record<EncodingName, string>;
