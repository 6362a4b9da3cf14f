/**
 * Character classes of Oniguruma as Hugging Face's Rust `tokenizers` 0.23.2 compiles them.
 * Generated from the engine itself by `npm run tables` (scripts/tables/unicode-onig.mjs): do not
 * edit; test/generated/tables.test.ts checks it equals a fresh run.
 *
 * Encoding, all numbers base 36: CATEGORY_RUNS is "length.category" runs covering U+0000-U+10FFFF
 * in order (category is an index into CATEGORIES, 28 = unassigned); the sets are
 * "first" or "first-extra" ranges.
 */
export declare const TOKENIZERS_VERSION = "0.23.2";
export declare const CATEGORIES = "Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Co";
export declare const CATEGORY_RUNS: string;
/** \s: White_Space. */
export declare const WHITE_SPACE = "9-4 w 3p 4g 4g0 6bk-a 6co-1 6cv 6e7 9hc";
/** \w, which is wider than letters, marks and digits. */
export declare const WORD: string;
