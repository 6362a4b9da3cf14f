/**
 * Token ids must equal OpenAI's reference tokenizer's, id for id. The oracle is the `tiktoken`
 * package: tiktoken's Rust core compiled to WASM, whose pre-tokenizer is a Rust (fancy-)regex.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Tiktoken as JsTiktoken } from 'js-tiktoken/lite';
import { get_encoding, type Tiktoken } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { ENCODING_NAMES, type EncodingName } from '../../../../src/tokenize/tiktoken/encoding-names.js';
import { loadEncoder } from '../../../../src/tokenize/tiktoken/encodings.js';
import { parseRanks } from '../../../../src/tokenize/tiktoken/bpe.js';
import { LONG_PIECE, mergeLong, mergeShort, PairQueue } from '../../../../src/tokenize/tiktoken/merge.js';
import * as ucd from '../../../../src/tokenize/tiktoken/unicode-16.js';

const oracles = new Map<EncodingName, Tiktoken>();
function oracle(name: EncodingName): Tiktoken {
  let encoder = oracles.get(name);
  if (!encoder) oracles.set(name, (encoder = get_encoding(name)));
  return encoder;
}
const oracleIds = (name: EncodingName, text: string) => Array.from(oracle(name).encode_ordinary(text));
afterAll(() => {
  for (const encoder of oracles.values()) encoder.free();
});

const sameIds = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

describe('corpus', () => {
  const dir = new URL('../../../fixtures/corpus/', import.meta.url);
  const files = readdirSync(dir).filter((file) => !file.startsWith('.'));
  const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

  it('holds the cases it is meant to test', () => {
    // Guards against an editor or git normalizing away what the files are for.
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(read('bom.txt').startsWith('\ufeff')).toBe(true);
    expect(read('crlf.txt')).toMatch(/\r\n/);
    expect(read('crlf.txt')).not.toMatch(/[^\r]\n/);
    expect(read('runs.txt')).toMatch(/\u0085/);
    expect(read('emoji.txt')).toMatch(/\u200d/);
    expect(read('contractions.txt')).toMatch(/we'Ll/);
  });

  for (const name of ENCODING_NAMES) {
    it.each(files)(`${name}: %s`, async (file) => {
      const text = read(file);
      const encoder = await loadEncoder(name);
      expect(encoder.encode(text)).toEqual(oracleIds(name, text));
      // count() has its own path (a cache of counts, no id lookups): it must agree too.
      expect(encoder.count(text)).toBe(oracleIds(name, text).length);
    });
  }
});

/**
 * Every code point, in contexts where its regex class decides how the ASCII around it is split,
 * so that a class error changes ids whatever the code point's own bytes merge into:
 * - PLAIN `c's`: punctuation, symbols and unassigned code points join the apostrophe (`c'` `s`);
 *   anything else leaves `'s` to itself (a contraction, or `'` opening the word `s`).
 * - RICH `  c'sc1234`: the two spaces stay together only if c is whitespace (`  ` `c`... against
 *   ` ` ` c`...), the `'s` as above, and the digits group as `c12` `34` only if c is a number
 *   (against `c` `123` `4`).
 * Letters can't be told from marks or from one another this way (Lu against Ll only shows when
 * BPE merges across the boundary); pretokenize.test.ts pins those categories in the tables.
 */
const plain = (c: string) => `${c}'s`;
const rich = (c: string) => `  ${c}'s${c}1234`;

const CODE_POINTS: number[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) CODE_POINTS.push(cp);

/** Code points that our tables or this runtime's \p{...} class as a letter, mark, number or space. */
const CLASSED = (() => {
  const set = new Set<number>();
  for (const table of [ucd.UPPERCASE_LETTER, ucd.LOWERCASE_LETTER, ucd.TITLECASE_LETTER, ucd.MODIFIER_LETTER, ucd.OTHER_LETTER, ucd.MARK, ucd.NUMBER, ucd.WHITE_SPACE]) {
    for (const item of table.split(' ')) {
      const [a, b = a] = item.split('-').map((h) => parseInt(h, 16));
      for (let cp = a!; cp <= b!; cp++) set.add(cp);
    }
  }
  for (const cp of CODE_POINTS) if (/[\p{L}\p{M}\p{N}\s]/u.test(String.fromCodePoint(cp))) set.add(cp);
  return set;
})();
const classed = CODE_POINTS.filter((cp) => CLASSED.has(cp));
const unclassed = CODE_POINTS.filter((cp) => !CLASSED.has(cp));

/**
 * Code points whose probes encode differently from the oracle. Probes are concatenated 1,024 at a
 * time (a few oracle calls instead of a million); a batch that differs is bisected down to the
 * code points responsible.
 */
function sweep(name: EncodingName, encode: (text: string) => ArrayLike<number>, codePoints: number[], probe: (c: string) => string): string[] {
  const bad: string[] = [];
  const check = (list: number[]) => {
    const text = list.map((cp) => probe(String.fromCodePoint(cp))).join('');
    if (sameIds(encode(text), oracle(name).encode_ordinary(text))) return;
    if (list.length === 1) bad.push(`U+${list[0]!.toString(16).toUpperCase().padStart(4, '0')}`);
    else {
      check(list.slice(0, list.length >> 1));
      check(list.slice(list.length >> 1));
    }
  };
  for (let i = 0; i < codePoints.length; i += 1024) check(codePoints.slice(i, i + 1024));
  return bad;
}

describe('every code point', { tags: ['exhaustive'] }, () => {
  // tiktoken's classes come from its regex crate's Unicode tables; a miss here names the code points.
  it.each(['o200k_base', 'cl100k_base'] as const)('%s: all 1,112,064 scalar values', async (name) => {
    const { encode } = await loadEncoder(name);
    expect(sweep(name, encode, classed, rich)).toEqual([]);
    expect(sweep(name, encode, unclassed, plain)).toEqual([]);
    expect(classed.length + unclassed.length).toBe(0x110000 - 0x800);
  });

  // p50k_base and r50k_base share one pattern: every classed code point, and a sample of the rest.
  it.each(['p50k_base', 'r50k_base'] as const)('%s: classed code points, 1 in 16 others', async (name) => {
    const { encode } = await loadEncoder(name);
    expect(sweep(name, encode, classed, rich)).toEqual([]);
    expect(sweep(name, encode, unclassed.filter((_, i) => i % 16 === 0), plain)).toEqual([]);
  });

  it('the probes catch js-tiktoken\'s own patterns, which use JavaScript\'s classes', async () => {
    // The control: without it, an empty list above could mean the probes see nothing.
    const probes = [0x41, 0x61, 0x4e00, 0x0301, 0x31, 0x20, 0x0085, 0xa0, 0xfeff, 0x3000, 0x1c89, 0x10940, 0x11db0];
    // JavaScript's \s always takes U+FEFF and leaves U+0085; its letters are the runtime's Unicode:
    // U+1C89 is a letter since 16.0 (as for tiktoken), U+10940 and U+11DB0 since 17.0 (not for it).
    const runtimeHas = (cp: number) => /\p{L}/u.test(String.fromCodePoint(cp));
    const wrong = (cp: number) =>
      cp === 0x0085 || cp === 0xfeff || (cp === 0x1c89 && !runtimeHas(cp)) || ((cp === 0x10940 || cp === 0x11db0) && runtimeHas(cp));
    const expected = probes.filter(wrong).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const name of ['o200k_base', 'cl100k_base'] as const) {
      const ranks = (await (name === 'o200k_base' ? import('js-tiktoken/ranks/o200k_base') : import('js-tiktoken/ranks/cl100k_base'))).default;
      const upstream = new JsTiktoken(ranks);
      const encode = (text: string) => upstream.encode(text, [], []);
      expect(sweep(name, encode, probes, rich), name).toEqual(expected);
      // The plain probe is for code points that are no kind of space: leave U+0085 and U+FEFF out.
      const notSpace = probes.filter((cp) => cp !== 0x0085 && cp !== 0xfeff);
      expect(sweep(name, encode, notSpace, plain), name).toEqual(expected.filter((u) => u !== 'U+0085' && u !== 'U+FEFF'));
    }
  });
});

/**
 * Generated strings, biased to where tokenizers disagree. No lone surrogates: prompt files are
 * decoded from UTF-8, so they never hold one, and at tiktoken's WASM boundary a JavaScript lone
 * surrogate becomes U+FFFD, which would test the boundary rather than the tokenizer. Strings stay
 * under 200 code units: BPE is quadratic in the length of a piece, so long ones are slow to check.
 */
describe('generated strings', { tags: ['exhaustive'] }, () => {
  const scalar = fc
    .integer({ min: 0, max: 0x10ffff - 0x800 })
    .map((n) => String.fromCodePoint(n < 0xd800 ? n : n + 0x800));
  const from = (chars: string) => fc.constantFrom(...Array.from(chars));
  const unit = fc.oneof(
    // Whitespace as Rust sees it (incl. NEL, NBSP, ideographic space) and as JavaScript does (BOM).
    { weight: 6, arbitrary: from(' \t\n\r\v\f\u0085\u00a0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\u200b') },
    { weight: 2, arbitrary: fc.constantFrom('\r\n', '  ', '\n\n', ' \n', '\t\t') },
    // Contractions in any case, the long s that (?i) folds to s, typographic apostrophes, and " I",
    // whose o200k_base token " I'" is where folding 'ſ shows in ids.
    { weight: 4, arbitrary: fc.constantFrom(' I', "'", "'s", "'S", "'\u017f", "'t", "'T", "'re", "'rE", "'Re", "'VE", "'ve", "'m", "'M", "'ll", "'lL", "'Ll", "'LL", "'d", "'D", '\u2019', "''") },
    { weight: 4, arbitrary: from('0123456789\u0663\u0967\uff11\u{1d7d8}\u00b2\u00bd\u2167\u2460\u{11bf0}\u{16d70}') },
    // Letters from many scripts, every case class (Lu, Ll, Lt, Lm, Lo), Unicode 16/17 additions.
    { weight: 6, arbitrary: from('aAzZsStT\u00e9\u00c9\u00df\u017f\u01c5\u02b0\u0295\u03a9\u03c9\u0414\u0434\u05d0\u0639\u4e2d\u3042\u30a2\ud55c\u0e01\u0905\u13f8\u13a0\u{10400}\u{10428}\u1c89\u{105c0}\u088f\u{10940}\u{11db0}') },
    // Combining marks, incl. one new in Unicode 17, and marks after nothing.
    { weight: 3, arbitrary: from('\u0301\u0308\u0327\u093f\u0e34\u20dd\u1acf\u{16ff2}\u302a') },
    { weight: 3, arbitrary: fc.constantFrom('\u{1f469}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466}', '\u{1f44d}\u{1f3fd}', '\u{1f1fa}\u{1f1f8}', '\u2764\ufe0f', '\u200d', '\ufe0f', '\u{1f680}', '1\ufe0f\u20e3') },
    { weight: 4, arbitrary: from('.,!?/-_—…"#`{}[]()<>|\\:;=+*&^%$@~\u00a7\u2022') },
    { weight: 1, arbitrary: fc.constantFrom('<|endoftext|>', '<|fim_prefix|>', '<|endofprompt|>') },
    { weight: 4, arbitrary: scalar },
  );
  const short = (s: string) => s.length < 200;
  const text = fc.array(unit, { maxLength: 24, size: 'max' }).map((units) => units.join('')).filter(short);
  // Runs of one unit: whitespace runs and `\s+(?!\S)`, punctuation runs, digits grouped by three.
  const runs = fc
    .array(fc.tuple(unit, fc.integer({ min: 1, max: 12 })), { maxLength: 6 })
    .map((parts) => parts.map(([u, n]) => u.repeat(n)).join(''))
    .filter(short);

  for (const [label, strings, numRuns] of [['mixed units', text, 5000], ['runs', runs, 3000]] as const) {
    it(`${label}: ids equal the oracle's in every encoding`, async () => {
      const encoders = await Promise.all(ENCODING_NAMES.map(loadEncoder));
      fc.assert(
        fc.property(strings, (s) => {
          for (const encoder of encoders) {
            const ids = oracleIds(encoder.name, s);
            expect(encoder.encode(s), encoder.name).toEqual(ids);
            expect(encoder.count(s), encoder.name).toBe(ids.length);
          }
        }),
        { numRuns },
      );
    });
  }
});

/**
 * A piece longer than LONG_PIECE bytes is merged with the bucket queue instead of tiktoken's
 * rescan. Both must give the same ids for every piece: against the oracle on long runs (the
 * oracle is quadratic, so a few thousand bytes), and against the rescan on many generated pieces
 * where ties and interrupting lower ranks are common.
 */
describe('long pieces', () => {
  const runs = [' ', 'a', 'A', '\u4e2d', '-', '\n', '\r\n', 'ab', 'abc', '\u00a0', '\u{1f642}', '=', '.', '0', '\t', 'ha', 'Ab', '\u0645'];
  for (const name of ENCODING_NAMES) {
    it(`${name}: runs of one unit, 3,000 long, equal the oracle's ids`, async () => {
      const encoder = await loadEncoder(name);
      for (const unit of runs) {
        const text = unit.repeat(Math.ceil(3000 / unit.length));
        expect(sameIds(encoder.encode(text), oracleIds(name, text)), `${JSON.stringify(unit)} x ${text.length / unit.length}`).toBe(true);
        expect(encoder.count(text)).toBe(oracleIds(name, text).length);
      }
    });
  }

  it('o200k_base: long words of a few letters equal the oracle\'s ids', async () => {
    const encoder = await loadEncoder('o200k_base');
    const word = fc.array(fc.constantFrom(...'aabbcdeilnorst'), { minLength: LONG_PIECE, maxLength: 1500 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(word, (w) => sameIds(encoder.encode(w), oracleIds('o200k_base', w))),
      { numRuns: 150 },
    );
  });

  it('the bucket queue merges every piece as the rescan does', async () => {
    const ranks = parseRanks((await import('js-tiktoken/ranks/o200k_base')).default.bpe_ranks);
    // Byte strings from a few letters, spaces and the UTF-8 bytes of é and 中, so merges tie often.
    const piece = fc
      .array(fc.constantFrom('a', 'a', 'b', 'e', 'r', ' ', ' ', '\xc3\xa9', '\xe4\xb8\xad', '-'), { minLength: 2, maxLength: 400 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(piece, (bytes) => {
        const short: number[] = [];
        const long: number[] = [];
        mergeShort(ranks.ranks, bytes, short);
        mergeLong(ranks.ranks, ranks.tokenBytes, bytes, long);
        expect(long).toEqual(short);
      }),
      { numRuns: 3000 },
    );
  });

  /** A vocabulary from tokens in rank order; tiktoken's merge needs no more than that. */
  const vocabulary = (tokens: string[]) => ({ ranks: new Map(tokens.map((t, rank) => [t, rank])), tokenBytes: tokens });
  const both = (vocab: ReturnType<typeof vocabulary>, piece: string) => {
    const short: number[] = [];
    const long: number[] = [];
    mergeShort(vocab.ranks, piece, short);
    mergeLong(vocab.ranks, vocab.tokenBytes, piece, long);
    return { short, long };
  };

  it('takes a lower rank made by a join before the rest of the current rank', () => {
    // "abab": join ab at 0 (rank 3) makes ab|a, which is "aba" (rank 2): tiktoken joins that next,
    // before the ab at 2. Taking the whole rank-3 bucket first would give ab|ab.
    const vocab = vocabulary(['a', 'b', 'aba', 'ab']);
    expect(both(vocab, 'abab')).toEqual({ short: [2, 1], long: [2, 1] });
  });

  it('merges as the rescan does on any vocabulary', () => {
    const token = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 2, maxLength: 5 }).map((chars) => chars.join(''));
    const vocab = fc
      .uniqueArray(token, { maxLength: 40 })
      .chain((tokens) => fc.shuffledSubarray(['a', 'b', 'c', ...tokens], { minLength: tokens.length + 3 }))
      .map(vocabulary);
    const piece = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(vocab, piece, (v, p) => {
        const { short, long } = both(v, p);
        expect(long).toEqual(short);
      }),
      { numRuns: 5000 },
    );
  });

  it('queues pairs lowest rank first, leftmost on ties, whatever order they arrive in', () => {
    const queue = new PairQueue();
    const taken: string[] = [];
    for (const [rank, position] of [[5, 10], [5, 3], [7, 1], [5, 7]] as const) queue.add(rank, position);
    queue.drain((rank, position) => {
      taken.push(`${rank}@${position}`);
      // A join adds a lower rank, which goes first, and a rank-7 pair left of the one waiting.
      if (rank === 5 && position === 3) {
        queue.add(2, 8);
        queue.add(7, 0);
      }
    });
    expect(taken).toEqual(['5@3', '2@8', '5@7', '5@10', '7@0', '7@1']);
  });
});

