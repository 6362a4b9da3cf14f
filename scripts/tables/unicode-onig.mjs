/**
 * src/tokenize/huggingface/unicode-onig.ts: the character classes of the regex engine inside
 * Hugging Face's Rust `tokenizers` (Oniguruma, through the `onig` crate), read from that engine.
 *
 * Why not @unicode/* data or JavaScript's \p{...}: a pre-tokenizer pattern must split text exactly
 * as the Rust engine does, and its Unicode version is neither the runtime's (Node 20 and 24 differ)
 * nor easy to pin from the outside. So every scalar value is asked: each General_Category, \s and
 * \w are run as Split patterns through the installed `tokenizers` Node binding.
 *
 * Run after upgrading `tokenizers` (about a minute): npm run tables -- unicode-onig
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const target = 'src/tokenize/huggingface/unicode-onig.ts';

export function generate() {
  const { Tokenizer } = require('tokenizers');
  const version = require('tokenizers/package.json').version;

  function splitter(pattern) {
    const json = {
      version: '1.0', truncation: null, padding: null, added_tokens: [], normalizer: null, post_processor: null, decoder: null,
      pre_tokenizer: { type: 'Split', pattern: { Regex: pattern }, behavior: 'Isolated', invert: false },
      model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, byte_fallback: false, vocab: { a: 0 }, merges: [] },
    };
    return Tokenizer.fromString(JSON.stringify(json)).getPreTokenizer();
  }

  const SCALARS = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) SCALARS.push(cp);

  /** Membership of every scalar value in `pattern` (one character class). */
  function members(pattern, separator) {
    const split = splitter(pattern);
    const set = new Uint8Array(0x110000);
    for (let i = 0; i < SCALARS.length; i += 50_000) {
      const chunk = SCALARS.slice(i, i + 50_000);
      // Each code point is followed by a separator outside the class: a piece that is one code
      // point on its own is a match, anything else a run of non-matches.
      const pieces = split.preTokenizeString(chunk.map((cp) => String.fromCodePoint(cp) + separator).join(''));
      let at = 0;
      for (const [piece] of pieces) {
        const length = [...piece].length;
        if (length === 1 && at % 2 === 0) set[chunk[at >> 1]] = 1;
        at += length;
      }
      if (at !== chunk.length * 2) throw new Error(`pieces do not cover the text for ${pattern}`);
    }
    return set;
  }

  const CATEGORIES = 'Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Co'.split(' ');
  const UNASSIGNED = CATEGORIES.length; // Cn, and the surrogates Rust never sees
  const category = new Uint8Array(0x110000).fill(UNASSIGNED);
  for (const [index, name] of CATEGORIES.entries()) {
    const set = members(`\\p{${name}}`, name === 'Ll' ? 'A' : 'a');
    for (let cp = 0; cp < 0x110000; cp++) {
      if (!set[cp]) continue;
      if (category[cp] !== UNASSIGNED) throw new Error(`U+${cp.toString(16)} is in two categories`);
      category[cp] = index;
    }
  }
  // The one-letter classes must be the unions the runtime builds from the two-letter ones.
  for (const group of ['L', 'M', 'N', 'P', 'S', 'Z', 'C']) {
    const set = members(`\\p{${group}}`, group === 'L' ? '!' : group === 'C' ? 'a' : 'a');
    for (const cp of SCALARS) {
      const inGroup = category[cp] === UNASSIGNED ? group === 'C' : CATEGORIES[category[cp]].startsWith(group);
      if (Boolean(set[cp]) !== inGroup) throw new Error(`\\p{${group}} differs from its categories at U+${cp.toString(16)}`);
    }
  }
  const digit = members('\\d', 'a');
  for (const cp of SCALARS) if (Boolean(digit[cp]) !== (CATEGORIES[category[cp]] === 'Nd')) throw new Error(`\\d is not Nd at U+${cp.toString(16)}`);

  const ranges = (set) => {
    const out = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (!set[cp]) continue;
      let last = cp;
      while (last + 1 < 0x110000 && set[last + 1]) last++;
      out.push(last === cp ? cp.toString(36) : `${cp.toString(36)}-${(last - cp).toString(36)}`);
      cp = last;
    }
    return out.join(' ');
  };
  const runs = [];
  for (let start = 0, cp = 1; cp <= 0x110000; cp++) {
    if (cp < 0x110000 && category[cp] === category[start]) continue;
    runs.push(`${(cp - start).toString(36)}.${category[start].toString(36)}`);
    start = cp;
  }
  /** Long data as several string literals joined with +, at most ~100 characters a line. */
  const wrap = (text) => {
    const lines = [];
    let line = '';
    for (const item of text.split(' ')) {
      if (line && line.length + item.length > 92) {
        lines.push(`'${line} '`);
        line = '';
      }
      line += line ? ` ${item}` : item;
    }
    lines.push(`'${line}'`);
    return lines.join(' +\n  ');
  };
  return `/**
 * Character classes of Oniguruma as Hugging Face's Rust \`tokenizers\` ${version} compiles them.
 * Generated from the engine itself by \`npm run tables\` (scripts/tables/unicode-onig.mjs): do not
 * edit; test/generated/tables.test.ts checks it equals a fresh run.
 *
 * Encoding, all numbers base 36: CATEGORY_RUNS is "length.category" runs covering U+0000-U+10FFFF
 * in order (category is an index into CATEGORIES, ${UNASSIGNED} = unassigned); the sets are
 * "first" or "first-extra" ranges.
 */
export const TOKENIZERS_VERSION = '${version}';
export const CATEGORIES = '${CATEGORIES.join(' ')}';
export const CATEGORY_RUNS =
  ${wrap(runs.join(' '))};
/** \\s: White_Space. */
export const WHITE_SPACE = ${wrap(ranges(members('\\s', 'a')))};
/** \\w, which is wider than letters, marks and digits. */
export const WORD =
  ${wrap(ranges(members('\\w', '!')))};
`;
}
