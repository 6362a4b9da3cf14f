import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oracleCount } from '../../helpers/oracle.js';
import { combineEstimates, ESTIMATES, estimateKeyFor, estimateParts, estimateTokens, nonLatinShare, tally, type EstimateMethod } from '../../../src/tokenize/estimate.js';

interface Row {
  set: string;
  name: string;
  o200k_base: number;
  [tokenizer: string]: number | string;
}
const measured = JSON.parse(readFileSync(new URL('../../fixtures/estimate/measurements.json', import.meta.url), 'utf8')) as { rows: Row[] };
const ratio = (r: Row, tokenizer: string) => (r[tokenizer] as number) / r.o200k_base;

// Texts whose letters are mostly outside the Latin script, by the measurement's names.
const NON_LATIN = /(-ru|-ja|-ko|-zh-cn|-zh-tw)$|^cpython-cjkencodings\/|^(arabic|cjk|new-scripts|emoji|combining)\.txt$/;

describe('estimateTokens arithmetic', () => {
  const m: EstimateMethod = { vendor: 't', basis: 'o200k_base', ratio: 1.1, low: 0.9, high: 1.3, evidence: '' };

  it('rounds the central value, floors low and ceils high, exactly at whole numbers', () => {
    expect(estimateTokens(100, m)).toEqual({ tokens: 110, low: 90, high: 130 });
    expect(estimateTokens(7, m)).toEqual({ tokens: 8, low: 6, high: 10 }); // 7.7, 6.3, 9.1
    expect(estimateTokens(5, m)).toEqual({ tokens: 6, low: 4, high: 7 }); // 5.5 rounds up, 4.5, 6.5
    expect(estimateTokens(0, m)).toEqual({ tokens: 0, low: 0, high: 0 });
  });

  it('never puts high below the central value nor low above it, for every committed method', () => {
    for (const method of Object.values(ESTIMATES)) {
      for (const n of [0, 1, 2, 3, 7, 10, 99, 1_000, 12_345, 999_999, 16_000_000]) {
        const e = estimateTokens(n, method);
        expect(e.low).toBeLessThanOrEqual(e.tokens);
        expect(e.tokens).toBeLessThanOrEqual(e.high);
        expect(e.high).toBeGreaterThanOrEqual(n * method.ratio);
        expect(e.low).toBeLessThanOrEqual(n * method.low);
      }
    }
  });

  it('refuses a negative or fractional count and an inconsistent method', () => {
    expect(() => estimateTokens(-1, m)).toThrow(RangeError);
    expect(() => estimateTokens(1.5, m)).toThrow(RangeError);
    expect(() => estimateTokens(10, { ...m, low: 1.2 })).toThrow(/low ≤ ratio ≤ high/);
    expect(() => estimateTokens(10, { ...m, high: 1.30001 })).toThrow(/multiple of 0.001/);
  });

  it('commits methods that are consistent, documented and on one basis', () => {
    for (const [key, method] of Object.entries(ESTIMATES)) {
      expect(method.low, key).toBeLessThanOrEqual(method.ratio);
      expect(method.ratio, key).toBeLessThanOrEqual(method.high);
      expect(method.basis, key).toBe('o200k_base');
      expect(method.evidence.length, key).toBeGreaterThan(200);
      expect(() => estimateTokens(1, method)).not.toThrow();
    }
  });
});

describe('the committed ranges cover what was measured', () => {
  it('has the measurement it claims: every corpus file and a wider mix', () => {
    const corpus = measured.rows.filter((r) => r.set === 'corpus').map((r) => r.name);
    const files = readFileSync(new URL('../../fixtures/estimate/measure.mjs', import.meta.url), 'utf8');
    expect(files).toContain('test/fixtures/corpus');
    expect(corpus.length).toBeGreaterThanOrEqual(14);
    expect(measured.rows.length).toBeGreaterThanOrEqual(50);
  });

  it('gemini: Gemma 3 / o200k_base lies in [low, high] for every text', () => {
    for (const r of measured.rows) {
      const x = ratio(r, 'gemma3');
      expect(x, r.name).toBeGreaterThanOrEqual(ESTIMATES.gemini.low);
      expect(x, r.name).toBeLessThanOrEqual(ESTIMATES.gemini.high);
    }
  });

  it('gemini: the central ratio is the median of the measured ratios', () => {
    const xs = measured.rows.map((r) => ratio(r, 'gemma3')).sort((a, b) => a - b);
    const median = xs[(xs.length - 1) / 2] ?? (xs[xs.length / 2 - 1]! + xs[xs.length / 2]!) / 2;
    expect(Math.abs(median - ESTIMATES.gemini.ratio)).toBeLessThan(0.01);
  });

  it('anthropic: the legacy Claude tokenizer stays inside the Latin-script bounds on Latin-script texts, and inside the non-Latin bounds on all', () => {
    for (const r of measured.rows) {
      const x = ratio(r, 'claude_legacy');
      const method = NON_LATIN.test(r.name) ? ESTIMATES.anthropicNonLatin : ESTIMATES.anthropic;
      expect(x, r.name).toBeGreaterThanOrEqual(method.low);
      expect(x, r.name).toBeLessThanOrEqual(method.high);
      expect(x, r.name).toBeLessThanOrEqual(ESTIMATES.anthropicNonLatin.high);
    }
  });

  it('anthropic: covers the published Claude 3.5 Sonnet / GPT-4o ratios (1.16, 1.21, 1.30) and Opus 4.7 on top of them (x1.47)', () => {
    for (const x of [1.16, 1.21, 1.3]) {
      expect(x).toBeGreaterThanOrEqual(ESTIMATES.anthropic.low);
      expect(x).toBeLessThanOrEqual(ESTIMATES.anthropic.high);
      expect(x * 1.47).toBeLessThanOrEqual(ESTIMATES.anthropicOpus47.high);
    }
    expect(ESTIMATES.anthropic.high * 1.47).toBeLessThanOrEqual(ESTIMATES.anthropicOpus47.high);
  });

  it('unknown: every tokenizer measured lies in [low, high]', () => {
    for (const r of measured.rows) {
      for (const t of ['gemma3', 'llama3', 'qwen3', 'deepseek_v3', 'cl100k_base', 'claude_legacy']) {
        const x = ratio(r, t);
        expect(x, `${t} ${r.name}`).toBeGreaterThanOrEqual(ESTIMATES.unknown.low);
        expect(x, `${t} ${r.name}`).toBeLessThanOrEqual(ESTIMATES.unknown.high);
      }
    }
  });
});

describe('choosing a method', () => {
  it('uses the measured Claude methods only for models before Opus 4.7', () => {
    for (const m of ['claude-3-haiku-20240307', 'claude-3-5-haiku-latest', 'claude-3-7-sonnet-20250219', 'claude-opus-4-20250514',
      'claude-sonnet-4-0', 'claude-opus-4-1-20250805', 'claude-sonnet-4-5', 'claude-haiku-4-5-20251001', 'claude-opus-4-6', 'claude-4-opus-20250514']) {
      expect(estimateKeyFor('anthropic', m), m).toBe('anthropic');
    }
    for (const m of ['claude-opus-4-7', 'claude-opus-4-8', 'claude-sonnet-5', 'claude-next']) {
      expect(estimateKeyFor('anthropic', m), m).toBe('anthropicOpus47');
    }
  });

  it('estimates Claude\'s words in other scripts with the non-Latin method and the rest with the Latin one', () => {
    expect(nonLatinShare('Hello, world! 123 🎉')).toBe(0);
    expect(nonLatinShare('Grüße, ça va, İstanbul')).toBe(0);
    expect(nonLatinShare('Привет')).toBe(1);
    expect(estimateParts('anthropic', 'claude-sonnet-4-5', 'Grüße, ça va')).toEqual([{ key: 'anthropic', text: 'Grüße, ça va' }]);
    // Devanagari is counted from its bytes (estimate-bounds.test.ts): 18 bytes and the space before it.
    expect(estimateParts('anthropic', 'claude-sonnet-4-5', 'Say привет to 日本 and हिन्दी.')).toEqual([
      { key: 'anthropic', text: 'Say   to   and .' },
      { key: 'anthropicNonLatin', text: 'привет 日本' },
      { key: 'counted', text: tally(19) },
    ]);
    // Other models keep one method for the whole text.
    expect(estimateParts('anthropic', 'claude-opus-4-7', 'Say привет')).toEqual([{ key: 'anthropicOpus47', text: 'Say привет' }]);
    expect(estimateParts('gemini', 'gemini-2.5-pro', 'Say привет')).toEqual([{ key: 'gemini', text: 'Say привет' }]);
  });

  it('moves a Claude estimate by the added words\' own tokens, not by switching the whole text\'s method', () => {
    // The review's case: 20 lines of English and one Russian word at base; two more Russian words at head.
    const english = 'The assistant answers questions about orders, refunds and shipping.\n'.repeat(20);
    const estimate = (text: string) => combineEstimates(estimateParts('anthropic', 'claude-sonnet-4-5', text).map((part) => ({ key: part.key, basisCount: oracleCount(part.text) })));
    const base = estimate(`${english}Привет`);
    const head = estimate(`${english}Привет, дорогой друг`);
    const latinOnly = estimate(english);
    expect(head.high - base.high).toBeLessThanOrEqual(Math.ceil(oracleCount(' дорогой друг') * ESTIMATES.anthropicNonLatin.high) + 1);
    expect(head.tokens / base.tokens).toBeLessThan(1.05);
    expect(base.high / latinOnly.high).toBeLessThan(1.05);
  });

  it('combines parts exactly: each part scaled, rounded once', () => {
    expect(combineEstimates([{ key: 'anthropic', basisCount: 10 }, { key: 'anthropicNonLatin', basisCount: 10 }])).toEqual({ tokens: 29, low: 17, high: 40 });
    expect(combineEstimates([{ key: 'gemini', basisCount: 1000 }])).toEqual(estimateTokens(1000, ESTIMATES.gemini));
  });

  it('uses the Gemma 3 measurement only for the Gemini ids the SDK maps to Gemma 3', () => {
    for (const m of ['gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.0-flash', 'gemini-2.0-flash-001', 'gemini-3-pro-preview']) {
      expect(estimateKeyFor('gemini', m), m).toBe('gemini');
    }
    for (const m of ['gemini-3.1-pro-preview', 'gemini-3.5-flash', 'gemini-flash-latest', 'gemini-1.5-pro']) {
      expect(estimateKeyFor('gemini', m), m).toBe('unknown');
    }
    expect(estimateKeyFor('acme', 'acme-1')).toBe('unknown');
  });
});
