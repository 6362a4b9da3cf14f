import { readFileSync } from 'node:fs';
/**
 * The model catalog and money arithmetic. Catalog numbers are checked against a second, separate
 * transcription of the source (litellm's per-token strings, converted exactly); money examples
 * are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFacts } from '../../../src/budget/report.js';
import {
  cacheableTokens,
  findModelSpec,
  mergeCatalog,
  OPENAI_CATALOG,
  promptCachingFor,
  toModelFacts,
  type ModelSpec,
} from '../../../src/catalog/catalog.js';
import {
  costOverVolume,
  dollars,
  formatMoney,
  fromDollars,
  parseVolume,
  picosPerToken,
  tokenCost,
  type Volume,
} from '../../../src/catalog/money.js';
import { OPENAI_AS_OF, OPENAI_SOURCE } from '../../../src/catalog/openai.js';
import { findModel, modelNames } from '../../../src/tokenize/models.js';

const models = [...OPENAI_CATALOG.models.values()];
const spec = (name: string): ModelSpec => {
  const found = OPENAI_CATALOG.models.get(name);
  if (!found) throw new Error(`${name} is not in the catalog`);
  return found;
};

/**
 * The source's own values, as written in the generator's input data/litellm-prices.json (read here as
 * JSON, not through the generator): [name, max_input_tokens, max_output_tokens, input_cost_per_token,
 * cache_read_input_token_cost, output_cost_per_token], prices as the number's shortest text.
 */
const INPUT = JSON.parse(readFileSync(new URL('../../../data/litellm-prices.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
const text = (v: unknown): string | null => (typeof v === 'number' ? String(v) : null);
const SOURCE: [string, number, number | null, string, string | null, string][] = [...OPENAI_CATALOG.models.keys()].map((name) => {
  const e = INPUT[name]!;
  return [name, e.max_input_tokens as number, (e.max_output_tokens as number | undefined) ?? null, text(e.input_cost_per_token)!, text(e.cache_read_input_token_cost), text(e.output_cost_per_token)!];
});

/** "1.25e-06" USD per token → picodollars per token, by moving the decimal point (no floats). */
function sourcePicos(perToken: string): bigint {
  const [, int = '', frac = '', exp = '0'] = /^(\d+)(?:\.(\d+))?(?:e([-+]?\d+))?$/.exec(perToken) ?? [];
  expect(int, perToken).not.toBe('');
  const shift = Number(exp) + 12 - frac.length;
  expect(shift).toBeGreaterThanOrEqual(0);
  return BigInt(int + frac) * 10n ** BigInt(shift);
}

describe('catalog data', () => {
  it('holds exactly the models read from the source, with its numbers converted exactly', () => {
    expect(SOURCE.length).toBeGreaterThan(40);
    for (const [name, maxInput, maxOutput, input, cached, output] of SOURCE) {
      const m = spec(name);
      // The GPT-5 models cap input (the source's max_input_tokens) below a 400,000 window.
      const capped = ['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-codex'].includes(name);
      expect(m.contextWindow, name).toBe(capped ? 400_000 : maxInput);
      expect(m.maxInput, name).toBe(capped ? maxInput : undefined);
      expect(m.maxOutput, name).toBe(maxOutput ?? undefined);
      expect(picosPerToken(m.prices!.inputPerMillion), name).toBe(sourcePicos(input));
      expect(m.prices!.cachedInputPerMillion === undefined ? null : picosPerToken(m.prices!.cachedInputPerMillion), name).toBe(
        cached === null ? null : sourcePicos(cached),
      );
      expect(picosPerToken(m.prices!.outputPerMillion), name).toBe(sourcePicos(output));
    }
  });

  it('takes every encoding from the tokenizer map, which knows each model by its exact name or its family prefix', () => {
    const exact = new Set(modelNames());
    for (const m of models) {
      // GPT-5.x ids are known by the map's `gpt-5` prefix (src/tokenize/models.ts).
      expect(exact.has(m.name) || m.name.startsWith('gpt-5.'), `${m.name} is not in src/tokenize/models.ts`).toBe(true);
      expect(m.encoding, m.name).toBeDefined();
      expect(m.encoding, m.name).toBe(findModel(m.name)?.encoding);
      expect(m.vendor).toBe('openai');
      expect(m.origin).toBe('catalog');
    }
    // Spot checks against the design notes: GPT-4o and newer are o200k_base, GPT-4 and 3.5 cl100k_base.
    expect(spec('gpt-5').encoding).toBe('o200k_base');
    expect(spec('o3').encoding).toBe('o200k_base');
    expect(spec('gpt-4-turbo').encoding).toBe('cl100k_base');
    expect(spec('gpt-3.5-turbo').encoding).toBe('cl100k_base');
  });

  it('has the GPT-5, GPT-4.1, GPT-4o, o-series, GPT-4 and GPT-3.5 models the brief names', () => {
    for (const name of ['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o', 'gpt-4o-mini', 'o1', 'o3', 'o3-mini', 'o4-mini', 'gpt-4', 'gpt-4-turbo', 'gpt-3.5-turbo']) {
      expect(OPENAI_CATALOG.models.has(name), name).toBe(true);
    }
    // Retired: no longer in the source, so left out rather than kept from an older copy.
    expect(OPENAI_CATALOG.models.has('gpt-4.5-preview')).toBe(false);
  });

  it('has positive windows and prices, cached at most the input price, output within the window', () => {
    for (const m of models) {
      expect(Number.isSafeInteger(m.contextWindow) && m.contextWindow! > 0, m.name).toBe(true);
      if (m.maxOutput !== undefined) {
        expect(Number.isSafeInteger(m.maxOutput) && m.maxOutput > 0, m.name).toBe(true);
        expect(m.maxOutput, m.name).toBeLessThanOrEqual(m.contextWindow!);
      }
      const p = m.prices!;
      expect(p.currency).toBe('USD');
      expect(p.inputPerMillion, m.name).toBeGreaterThan(0);
      // Embeddings produce no output tokens; the source prices them at 0.0.
      if (m.mode === 'embedding') expect(p.outputPerMillion, m.name).toBe(0);
      else expect(p.outputPerMillion, m.name).toBeGreaterThanOrEqual(p.inputPerMillion); // equal for davinci-002, babbage-002
      if (p.cachedInputPerMillion !== undefined) {
        expect(p.cachedInputPerMillion, m.name).toBeGreaterThan(0);
        expect(p.cachedInputPerMillion, m.name).toBeLessThanOrEqual(p.inputPerMillion);
      }
    }
  });

  it('records its source down to the commit, and the date of the data', () => {
    // A faithful copy of BerriAI/litellm's file (data/litellm-prices.source.json says which).
    expect(OPENAI_SOURCE.repository).toBe('RoCry/llm-api-price');
    expect(OPENAI_SOURCE.path).toBe('model_prices_and_context_window.json');
    expect(OPENAI_SOURCE.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(OPENAI_SOURCE.url).toContain(OPENAI_SOURCE.commit);
    expect(OPENAI_CATALOG.asOf).toBe(OPENAI_AS_OF);
    const [start, end = start] = OPENAI_AS_OF.split('/');
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(start! <= end!).toBe(true);
  });
});

describe('prompt caching', () => {
  it('applies to the models with a cached-input price, from 1,024 tokens in steps of 128', () => {
    expect(promptCachingFor(spec('gpt-4o'))).toMatchObject({ automatic: true, minTokens: 1024, incrementTokens: 128 });
    expect(promptCachingFor(spec('gpt-5-mini'))?.minTokens).toBe(1024);
    expect(promptCachingFor(spec('gpt-4'))).toBeUndefined();
    expect(promptCachingFor(spec('gpt-5-pro'))).toBeUndefined();
    const caching = OPENAI_CATALOG.promptCaching!;
    expect(caching.sources.some((s) => s.includes('prompt-caching'))).toBe(true);
    expect([0, 1023, 1024, 1151, 1152, 5000].map((n) => cacheableTokens(n, caching))).toEqual([0, 0, 1024, 1024, 1152, 4992]);
  });
});

describe('findModelSpec', () => {
  it('finds catalog models by exact name', () => {
    expect(findModelSpec('gpt-4.1')).toBe(spec('gpt-4.1'));
  });

  it('gives a dated snapshot or fine-tune only its encoding: its prices differ from the family', () => {
    expect(findModelSpec('gpt-4o-2024-05-13')).toEqual({ name: 'gpt-4o-2024-05-13', vendor: 'openai', encoding: 'o200k_base', origin: 'tokenizer' });
    expect(findModelSpec('ft:gpt-4o-mini:acme::abc')?.prices).toBeUndefined();
  });

  it('knows nothing of a name nothing knows, even Object.prototype keys', () => {
    expect(findModelSpec('llama-3-70b')).toBeUndefined();
    expect(findModelSpec('constructor')).toBeUndefined();
  });

  it('applies overrides for that name field by field', () => {
    const found = findModelSpec('gpt-4o', [{ name: 'gpt-4o', contextWindow: 64_000 }, { name: 'o3', maxOutput: 1 }]);
    expect(found).toMatchObject({ contextWindow: 64_000, maxOutput: 16_384, origin: 'catalog+user', userFields: ['contextWindow'] });
    expect(found?.prices).toEqual(spec('gpt-4o').prices);
  });
});

describe('mergeCatalog', () => {
  it('overrides field by field and leaves the rest, and the base, as they were', () => {
    const catalog = mergeCatalog(OPENAI_CATALOG, [{ name: 'gpt-4o', prices: { input: 2 } }]);
    expect(catalog.models.get('gpt-4o')).toEqual({
      ...spec('gpt-4o'),
      prices: { currency: 'USD', inputPerMillion: 2, cachedInputPerMillion: 1.25, outputPerMillion: 10 },
      origin: 'catalog+user',
      userFields: ['prices.input'],
    });
    expect(spec('gpt-4o').prices?.inputPerMillion).toBe(2.5);
    expect(catalog.models.get('gpt-4.1')).toBe(spec('gpt-4.1'));
    expect(catalog.asOf).toBe(OPENAI_CATALOG.asOf);
  });

  it('adds an unknown model that names its encoding', () => {
    const catalog = mergeCatalog(OPENAI_CATALOG, [
      { name: 'acme-router', encoding: 'cl100k_base', contextWindow: 32_000, prices: { input: 1, output: 3 } },
    ]);
    expect(catalog.models.get('acme-router')).toEqual({
      name: 'acme-router',
      vendor: 'openai',
      encoding: 'cl100k_base',
      contextWindow: 32_000,
      prices: { currency: 'USD', inputPerMillion: 1, outputPerMillion: 3 },
      origin: 'user',
      userFields: ['encoding', 'contextWindow', 'prices.input', 'prices.output'],
    });
  });

  it('takes a fine-tune’s encoding from the tokenizer map when the override gives none', () => {
    const catalog = mergeCatalog(OPENAI_CATALOG, [{ name: 'ft:gpt-4o-mini:acme::x', prices: { input: 0.3, cachedInput: 0.15, output: 1.2 } }]);
    const ft = catalog.models.get('ft:gpt-4o-mini:acme::x')!;
    expect(ft.encoding).toBe('o200k_base');
    expect(promptCachingFor(ft, catalog)?.minTokens).toBe(1024);
  });

  it('leaves out, without throwing, a model with no encoding', () => {
    const catalog = mergeCatalog(OPENAI_CATALOG, [{ name: 'mystery-model', contextWindow: 8_000 }]);
    expect(catalog.models.has('mystery-model')).toBe(false);
    // findModel('toString') answers with Object.prototype.toString; that is no encoding either.
    expect(mergeCatalog(OPENAI_CATALOG, [{ name: 'toString' }]).models.has('toString')).toBe(false);
  });

  it('keeps a model with half a price list, but without prices', () => {
    const catalog = mergeCatalog(OPENAI_CATALOG, [{ name: 'ft:gpt-4.1:acme::y', prices: { input: 3 } }]);
    expect(catalog.models.get('ft:gpt-4.1:acme::y')).toMatchObject({ encoding: 'o200k_base' });
    expect(catalog.models.get('ft:gpt-4.1:acme::y')?.prices).toBeUndefined();
  });

  it('ignores invalid values, keeping the catalog’s', () => {
    const catalog = mergeCatalog(OPENAI_CATALOG, [
      { name: 'gpt-4.1', encoding: 'o300k', contextWindow: -5, maxOutput: 1.5, prices: { output: Number.NaN } },
    ]);
    expect(catalog.models.get('gpt-4.1')).toMatchObject({ encoding: 'o200k_base', contextWindow: 1_047_576, maxOutput: 32_768, prices: spec('gpt-4.1').prices });
    expect(catalog.models.get('gpt-4.1')?.userFields).toEqual([]);
  });

  it('hands the budget layer its ModelFacts, dating a user price by budgets.yml', () => {
    const listed: ModelFacts = toModelFacts(spec('gpt-4o'));
    expect(listed).toEqual({
      contextWindow: 128_000,
      maxOutput: 16_384,
      prices: { currency: 'USD', inputPerMillion: 2.5, cachedInputPerMillion: 1.25, outputPerMillion: 10 },
      promptCaching: { minTokens: 1024 },
      asOf: OPENAI_AS_OF,
    });
    const catalog = mergeCatalog(OPENAI_CATALOG, [{ name: 'gpt-4o', prices: { input: 2 } }]);
    expect(toModelFacts(catalog.models.get('gpt-4o')!, catalog).asOf).toBe('budgets.yml');
  });
});

describe('money', () => {
  it('costs tokens exactly', () => {
    // 1,234 × $2.50 / 1,000,000 = $0.003085
    expect(tokenCost(1234, 2.5)).toBe(3_085_000_000n);
    expect(dollars(tokenCost(1234, 2.5))).toBe(0.003085);
    // 1,000,000 × $0.075 / 1,000,000 = $0.075; 10^9 × $0.005 / 10^6 = $5
    expect(dollars(tokenCost(1_000_000, 0.075))).toBe(0.075);
    expect(dollars(tokenCost(1_000_000_000, 0.005))).toBe(5);
    // Where floats drift (0.1e-6 + 0.2e-6 !== 0.3e-6), picodollars do not.
    expect(0.1 / 1e6 + 0.2 / 1e6).not.toBe(0.3 / 1e6);
    expect(tokenCost(1, 0.1) + tokenCost(1, 0.2)).toBe(tokenCost(1, 0.3));
    expect(tokenCost(0, 75)).toBe(0n);
  });

  it('refuses what is not a token count or a price', () => {
    expect(() => tokenCost(1.5, 2)).toThrow(RangeError);
    expect(() => tokenCost(-1, 2)).toThrow(RangeError);
    expect(() => picosPerToken(-0.01)).toThrow(RangeError);
    expect(() => picosPerToken(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('formats cents from a dollar up and three significant digits below', () => {
    expect(formatMoney(0.0123)).toBe('$0.0123');
    expect(formatMoney(1234.56)).toBe('$1,234.56');
    expect(formatMoney(1_000_000)).toBe('$1,000,000.00');
    expect(formatMoney(tokenCost(1234, 2.5))).toBe('$0.00309'); // $0.003085, half up
    expect(formatMoney(0.5)).toBe('$0.50');
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(0.9996)).toBe('$1.00');
    expect(formatMoney(fromDollars(2.005))).toBe('$2.01'); // (2.005).toFixed(2) is "2.00" in floats
    expect(formatMoney(tokenCost(1, 0.005))).toBe('$0.000000005');
    expect(formatMoney(-0.0123)).toBe('-$0.0123');
    expect(formatMoney(0.0123, { signed: true })).toBe('+$0.0123');
    expect(formatMoney(12.5, { currency: 'EUR' })).toBe('12.50 EUR');
  });

  it('parses request volumes and turns them into days and 30-day months', () => {
    const volume = (text: string): Volume => {
      const parsed = parseVolume(text);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.volume;
    };
    expect(volume('50000/day')).toMatchObject({ written: '50000/day', unit: 'day', perDay: 50_000, perMonth: 1_500_000 });
    expect(volume('1.5M/month')).toMatchObject({ unit: 'month', perDay: 50_000, perMonth: 1_500_000 });
    expect(volume('2000/hour')).toMatchObject({ perDay: 48_000, perMonth: 1_440_000 });
    expect(volume('2k/hour').perDay).toBe(48_000);
    expect(volume('50,000/day').perDay).toBe(50_000);
    expect(volume('50_000 / day').perDay).toBe(50_000);
    expect(volume(' 3 per Day ').written).toBe('3 per Day');
    expect(volume('0.5/day').perMonth).toBe(15);
    expect(volume('1000/month').requests).toEqual({ numerator: 1000n, denominator: 1n });
  });

  it('rejects volumes that are not a positive count per hour, day or month', () => {
    for (const bad of ['', '50000', '50000/week', '-5/day', '0/day', '0.0/day', '1e3/day', '1,00/day', 'abc/day', '1.5.2/day', '5/day/day', '5 / ', 'k/day']) {
      const parsed = parseVolume(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('per hour, day or month');
    }
  });

  it('scales a per-request cost by the volume, rounding once', () => {
    const perRequest = tokenCost(1234, 2.5); // $0.003085
    const daily = parseVolume('50000/day');
    const monthly = parseVolume('1000/month');
    if (!daily.ok || !monthly.ok) throw new Error('volumes');
    // $0.003085 × 50,000 = $154.25 a day; × 30 = $4,627.50 a month
    expect(formatMoney(costOverVolume(perRequest, daily.volume, 'day'))).toBe('$154.25');
    expect(costOverVolume(perRequest, daily.volume, 'month')).toBe(fromDollars(4627.5));
    // $0.003085 × 1,000 / 30 = $0.102833333333… a day, to the picodollar
    expect(costOverVolume(perRequest, monthly.volume, 'day')).toBe(102_833_333_333n);
    expect(costOverVolume(perRequest, monthly.volume, 'month')).toBe(fromDollars(3.085));
  });
});
