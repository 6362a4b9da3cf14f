import fc from 'fast-check';
import { get_encoding, type Tiktoken } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { ENCODING_NAMES, isEncodingName, type EncodingName } from '../../../../src/tokenize/tiktoken/encoding-names.js';
import { loadEncoder } from '../../../../src/tokenize/tiktoken/encodings.js';
import { pretokenize } from '../../../../src/tokenize/tiktoken/pretokenize.js';
import { PRETOKENIZE_SOURCES } from '../../../helpers/patterns.js';
import * as ucd from '../../../../src/tokenize/tiktoken/unicode-16.js';

// The oracle: OpenAI's Rust tokenizer compiled to WASM. One instance per encoding, freed at the end.
const oracles = new Map<EncodingName, Tiktoken>();
function oracleIds(name: EncodingName, text: string): number[] {
  let oracle = oracles.get(name);
  if (!oracle) oracles.set(name, (oracle = get_encoding(name)));
  return Array.from(oracle.encode_ordinary(text));
}
afterAll(() => {
  for (const oracle of oracles.values()) oracle.free();
});

describe('isEncodingName', () => {
  it('accepts exactly the supported encodings', () => {
    for (const name of ENCODING_NAMES) expect(isEncodingName(name)).toBe(true);
    for (const name of ['gpt2', 'p50k_edit', 'o200k', 'O200K_BASE', '']) expect(isEncodingName(name)).toBe(false);
  });
});

describe('loadEncoder', () => {
  // Literal ids pin the rank tables themselves, not just agreement with the oracle.
  const helloWorld: Record<EncodingName, number[]> = {
    o200k_base: [24912, 2375],
    cl100k_base: [15339, 1917],
    p50k_base: [31373, 995],
    r50k_base: [31373, 995],
  };

  it.each(ENCODING_NAMES)('%s loads and encodes "hello world" as tiktoken does', async (name) => {
    const encoder = await loadEncoder(name);
    expect(encoder.name).toBe(name);
    expect(encoder.encode('hello world')).toEqual(helloWorld[name]);
    expect(oracleIds(name, 'hello world')).toEqual(helloWorld[name]);
    expect(encoder.count('hello world')).toBe(2);
  });

  it('caches one encoder per encoding', async () => {
    expect(loadEncoder('cl100k_base')).toBe(loadEncoder('cl100k_base'));
    expect(await loadEncoder('o200k_base')).toBe(await loadEncoder('o200k_base'));
    expect(await loadEncoder('p50k_base')).not.toBe(await loadEncoder('r50k_base'));
  });

  it.each(ENCODING_NAMES)('%s: the empty string is zero tokens', async (name) => {
    const encoder = await loadEncoder(name);
    expect(encoder.encode('')).toEqual([]);
    expect(encoder.count('')).toBe(0);
  });

  it.each(ENCODING_NAMES)('%s: count is the number of ids', async (name) => {
    const encoder = await loadEncoder(name);
    const text = 'Token budgets, enforced in CI:\n\n  - exact counts\n  - at base and head\n';
    expect(encoder.count(text)).toBe(encoder.encode(text).length);
    expect(encoder.encode(text)).toEqual(oracleIds(name, text));
  });
});

describe('special-token strings are ordinary text', () => {
  // The special tokens each encoding defines, from the same rank files the encoder uses.
  const rankFiles = {
    o200k_base: () => import('js-tiktoken/ranks/o200k_base'),
    cl100k_base: () => import('js-tiktoken/ranks/cl100k_base'),
    p50k_base: () => import('js-tiktoken/ranks/p50k_base'),
    r50k_base: () => import('js-tiktoken/ranks/r50k_base'),
  };
  const specials = async (name: EncodingName) => (await rankFiles[name]()).default.special_tokens;

  it.each(ENCODING_NAMES)('%s never emits a special token id', async (name) => {
    const encoder = await loadEncoder(name);
    const tokens = Object.entries(await specials(name));
    expect(tokens.length).toBeGreaterThan(0);
    for (const [text, id] of tokens) {
      for (const sample of [text, `before ${text} after`, `${text}${text}`]) {
        const ids = encoder.encode(sample);
        expect(ids).not.toContain(id);
        expect(ids).toEqual(oracleIds(name, sample));
      }
      expect(encoder.count(text)).toBeGreaterThan(1);
    }
  });
});

// Each case is text where JavaScript's regex classes split differently from tiktoken's Rust regex,
// checked against the oracle in every encoding.
const REGRESSIONS: [why: string, text: string][] = [
  ['U+FEFF is not \\s in Rust', 'a\ufeff\ufeffb  \ufeff\'s\ufeff1234 x  \ufeff'],
  ['U+0085 is \\s in Rust', 'a\u0085\u0085b x  \u0085y \u0085\'s end\u0085'],
  ['BOM at the start of a file', '\ufeff# Title\n\nBody text.\n'],
  // Ids show it only where the apostrophe merges leftwards: o200k_base's " I'" token.
  ["(?i) folds 's to 'ſ (U+017F)", "x'ſx IT'ſ it'ſs 'ſ'ſ dog'Ss I'ſ, You I'ſ"],
  ['contractions in odd cases', "DON'T we'Ll it'S THEY'RE you'Ve I'M she'lL he'D"],
  ['Unicode 16 letters are letters', "\u1c89's \u1c89\u1c8a1234 \u{105c0}\u{105c1}'s \u{10d50}'s"],
  ['Unicode 17 letters are unassigned for tiktoken', "\u088f's \ua7ce's \u{10940}\u{10941}'s \u{11db0}'s 12\u{1e6c0}34"],
  ['Unicode 17 marks and digits are unassigned too', "a\u1acfb's 1\u{11de0}\u{11de1}2 x\u{16ff2}'S"],
];
// Not here: U+0295 (Ll in Unicode 16, Lo in 17). No token joins it to anything, so ids can't show
// its category; the table test below pins it instead.

describe('where JavaScript and Rust regex classes differ', () => {
  it.each(ENCODING_NAMES)('%s matches tiktoken', async (name) => {
    const encoder = await loadEncoder(name);
    for (const [why, text] of REGRESSIONS) expect(encoder.encode(text), why).toEqual(oracleIds(name, text));
  });

  it('turns a lone surrogate into U+FFFD, as tiktoken does at its WASM boundary', async () => {
    // Prompt files are decoded from UTF-8 and never hold one; this pins the behaviour anyway.
    const encoder = await loadEncoder('o200k_base');
    for (const text of ['a\ud800b', 'x\ud83d', '\udc00\ud800']) {
      expect(encoder.encode(text)).toEqual(encoder.encode(text.replace(/[\ud800-\udfff]/gu, '\ufffd')));
      expect(encoder.encode(text)).toEqual(oracleIds('o200k_base', text));
    }
  });
});

/** Code points of a unicode-16.ts table ("41-5a 61-7a aa ..."). */
function tableSet(table: string): Set<number> {
  const set = new Set<number>();
  for (const item of table.split(' ')) {
    const [a, b = a] = item.split('-').map((h) => parseInt(h, 16));
    for (let cp = a!; cp <= b!; cp++) set.add(cp);
  }
  return set;
}
const CATEGORIES: [category: string, table: Set<number>, runtime: RegExp][] = [
  ['Lu', tableSet(ucd.UPPERCASE_LETTER), /\p{Lu}/u],
  ['Ll', tableSet(ucd.LOWERCASE_LETTER), /\p{Ll}/u],
  ['Lt', tableSet(ucd.TITLECASE_LETTER), /\p{Lt}/u],
  ['Lm', tableSet(ucd.MODIFIER_LETTER), /\p{Lm}/u],
  ['Lo', tableSet(ucd.OTHER_LETTER), /\p{Lo}/u],
  ['M', tableSet(ucd.MARK), /\p{M}/u],
  ['N', tableSet(ucd.NUMBER), /\p{N}/u],
];

/**
 * The tables are Unicode 16.0 (what tiktoken's regex crate uses). On a runtime with Unicode 17.0
 * they must equal JavaScript's \p{...} except for what 17.0 changed: this pins the finer categories
 * (Lu vs Ll vs Lo) that token ids can't always reveal.
 */
describe('Unicode 16 tables', () => {
  // Letters, marks and digits first assigned in Unicode 17.0.
  const ADDED_IN_17 = [
    [0x088f, 0x088f], [0x0c5c, 0x0c5c], [0x0cdc, 0x0cdc], [0x1acf, 0x1add], [0x1ae0, 0x1aeb],
    [0xa7ce, 0xa7cf], [0xa7d2, 0xa7d2], [0xa7d4, 0xa7d4], [0xa7f1, 0xa7f1], [0x10940, 0x10959],
    [0x10ec5, 0x10ec7], [0x10efa, 0x10efb], [0x11b60, 0x11b67], [0x11db0, 0x11ddb], [0x11de0, 0x11de9],
    [0x16ea0, 0x16eb8], [0x16ebb, 0x16ed3], [0x16ff2, 0x16ff6], [0x187f8, 0x187ff], [0x18d09, 0x18d1e],
    [0x18d80, 0x18df2], [0x1e6c0, 0x1e6de], [0x1e6e0, 0x1e6f5], [0x1e6fe, 0x1e6ff], [0x2b73a, 0x2b73f],
    [0x2cea2, 0x2cead], [0x323b0, 0x33479],
  ];
  const addedIn17 = (cp: number) => ADDED_IN_17.some(([a, b]) => cp >= a! && cp <= b!);

  it.runIf(process.versions.unicode === '17.0')('equal \\p{...} of Unicode 17.0 minus its changes', () => {
    const differences: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      for (const [category, table, runtime] of CATEGORIES) {
        const expected = runtime.test(char) && !addedIn17(cp);
        if (table.has(cp) !== expected) differences.push(`U+${cp.toString(16)} ${category} ${table.has(cp)}`);
      }
    }
    // U+0295 LATIN LETTER PHARYNGEAL VOICED FRICATIVE moved from Ll to Lo in 17.0.
    expect(differences).toEqual(['U+295 Ll true', 'U+295 Lo false']);
  });

  it("White_Space is not JavaScript's \\s: NEL in, BOM out", () => {
    const ws = tableSet(ucd.WHITE_SPACE);
    const js = new Set(Array.from({ length: 0x10000 }, (_, cp) => cp).filter((cp) => /\s/.test(String.fromCharCode(cp))));
    expect([...ws].filter((cp) => !js.has(cp))).toEqual([0x85]);
    expect([...js].filter((cp) => !ws.has(cp))).toEqual([0xfeff]);
  });
});

/**
 * patterns.ts is a hand translation of tiktoken's patterns. Check it piece by piece (finer than
 * ids, which hide boundaries that BPE doesn't merge across) against a mechanical reading of
 * tiktoken's own pattern strings as the regex crate reads them: \s is White_Space, (?i:...) folds
 * case. The reference leaves \p{...} to the runtime, so the text only uses characters whose
 * categories the runtime and the Unicode 16 tables agree on.
 */
describe('pre-tokenizer patterns', () => {
  // Verbatim from tiktoken (the strings in the tiktoken package's WASM build).
  const TIKTOKEN: Record<EncodingName, string> = {
    o200k_base: String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
    cl100k_base: String.raw`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
    p50k_base: String.raw`'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`,
    r50k_base: String.raw`'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`,
  };
  // White_Space (PropList.txt), written out independently of unicode-16.ts.
  const WS = String.raw`\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
  // Simple case folding adds only U+017F (long s, folds to s) to these ASCII letters.
  const fold = (c: string) => `[${c}${c.toUpperCase()}${c === 's' ? String.raw`\u{17f}` : ''}]`;
  const asTheRegexCrateReadsIt = (pattern: string) =>
    pattern
      .replace(/\(\?i:([^)]*)\)/g, (_, body: string) => `(?:${body.replace(/[a-z]/g, fold)})`)
      .replace(/\[([^\]]*)\]/g, (_, body: string) => `[${body.replaceAll(String.raw`\s`, WS)}]`)
      .replaceAll(String.raw`\s`, `[${WS}]`)
      .replaceAll(String.raw`\S`, `[^${WS}]`);

  const pieces = (re: RegExp, text: string) => {
    re.lastIndex = 0;
    const out: string[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[0]);
    return out;
  };
  const regexes = ENCODING_NAMES.map((name) => ({
    name,
    ours: new RegExp(PRETOKENIZE_SOURCES[name], 'gu'),
    reference: new RegExp(asTheRegexCrateReadsIt(TIKTOKEN[name]), 'gu'),
  }));
  const agrees = (char: string) => {
    const cp = char.codePointAt(0)!;
    return CATEGORIES.every(([, table, runtime]) => table.has(cp) === runtime.test(char));
  };

  it('the reference reading is what tiktoken does', () => {
    // A mark opens no word but continues a capitalized one; NEL is a space; 'ſ is a contraction.
    // Encoding piece by piece gives the oracle's ids, so tiktoken splits no differently where it shows.
    const text = 'A\u0301Bc d\u0085\u0085x I\'\u017fs';
    const split = pieces(regexes[0]!.reference, text);
    expect(split).toEqual(['A\u0301Bc', ' d', '\u0085', '\u0085x', ' I\'\u017f', 's']);
    expect(split.flatMap((piece) => oracleIds('o200k_base', piece))).toEqual(oracleIds('o200k_base', text));
  });

  it.each([
    'A\u0301Bc \u0915\u093fAb E\u0301COLE\u0301s \u01c5ab \u02b0A \u1f88a',
    "x  \u0085y\u3000\u3000z \u00a0\u00a0a\n\n\t\r\n  \r x//y\n//",
    "DON'T we'Ll it'\u017f I'\u017f 'S'ss 12345 \u0663\u0664\u0665\u0666 \u00bd\u2167x",
  ])('match tiktoken piece for piece: %j', (text) => {
    expect(Array.from(text).every(agrees)).toBe(true);
    for (const { name, ours, reference } of regexes) expect(pieces(ours, text), name).toEqual(pieces(reference, text));
  });

  it('match tiktoken piece for piece on generated text', () => {
    const scalar = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((n) => String.fromCodePoint(n < 0xd800 ? n : n + 0x800));
    const pool = Array.from("aAzZsS'\u017f \t\n\r\u0085\u00a0\u3000\u2028/1234\u0663\u00bd\u0301\u093f\u0915\u01c5\u02b0\u00e9\u00c9.!-_\ufeff\u200b\u4e2d");
    const unit = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: scalar }).filter(agrees);
    const text = fc.array(unit, { maxLength: 40, size: 'max' }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, (s) => {
        for (const { name, ours, reference } of regexes) expect(pieces(ours, s), name).toEqual(pieces(reference, s));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * The product splits with hand-written scanners. They must cut exactly where the RegExps above
 * do, on any text: both read the same Unicode 16 tables, so every code point is fair game,
 * lone surrogates included.
 */
describe('pre-tokenizer scanners', () => {
  const scanned = (name: EncodingName, text: string) => {
    const out: string[] = [];
    pretokenize(name, text, (start, end) => out.push(text.slice(start, end)));
    return out;
  };
  const matched = (re: RegExp, text: string) => {
    re.lastIndex = 0;
    const out: string[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[0]);
    return out;
  };
  const regexes = ENCODING_NAMES.map((name) => [name, new RegExp(PRETOKENIZE_SOURCES[name], 'gu')] as const);

  it.each([
    '',
    'hello world',
    "  leading, trailing  \n\n\t end  ",
    "DON'T we'Ll it'\u017fs I'M 'S'ss 12345 \u0663\u0664\u0665\u0666 \u00bd\u2167x",
    'A\u0301Bc \u0915\u093fAb E\u0301COLE\u0301s \u01c5ab \u02b0A \u1f88a HTTPServer iPhone',
    'x  \u0085y\u3000\u3000z \u00a0\u00a0a\n\n\t\r\n  \r x//y\n// a/\r\n/b ---\n\n',
    '\ud800 lone \udc00 surrogates \ud83d\ude00 \u{1f469}\u200d\u{1f469} \ufeffbom',
  ])('cut %j where the RegExps do', (text) => {
    for (const [name, re] of regexes) expect(scanned(name, text), name).toEqual(matched(re, text));
  });

  it('cut generated text where the RegExps do', () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
    const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
    const pool = Array.from("aAzZsSlLdDmMtTrReEvV'\u017f \t\n\r\u0085\u00a0\u3000\u2028/1234\u0663\u00bd\u0301\u093f\u0915\u01c5\u02b0\u00e9\u00c9.!-_\ufeff\u200b\u4e2d");
    const unit = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: anyCodeUnit }, { weight: 1, arbitrary: anyCodePoint });
    const text = fc.array(unit, { maxLength: 60, size: 'max' }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, (s) => {
        for (const [name, re] of regexes) expect(scanned(name, s), name).toEqual(matched(re, s));
      }),
      { numRuns: 5000 },
    );
  });
});


describe('findModel', () => {
  it('knows no model named after an Object.prototype property', async () => {
    const { findModel } = await import('../../../../src/tokenize/models.js');
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(findModel(name), name).toBeUndefined();
    expect(findModel('gpt-4o')?.encoding).toBe('o200k_base');
  });
});
