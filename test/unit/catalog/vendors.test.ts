import { describe, expect, it } from 'vitest';
import { ANTHROPIC_AS_OF, ANTHROPIC_MODELS, ANTHROPIC_PROMPT_CACHING, ANTHROPIC_SOURCE } from '../../../src/catalog/anthropic.js';
import { GEMINI_AS_OF, GEMINI_MODELS, GEMINI_PROMPT_CACHING, GEMINI_SOURCE } from '../../../src/catalog/gemini.js';
import { OPEN_MODELS, OPEN_MODELS_AS_OF, OPEN_MODELS_SOURCE } from '../../../src/catalog/open-models.js';
import { OPENAI_MODELS } from '../../../src/catalog/openai.js';
import { LITELLM_COMMIT, namesOf, type VendorModel } from '../../../src/catalog/source-model.js';
import { XAI_AS_OF, XAI_MODELS, XAI_SOURCE } from '../../../src/catalog/xai.js';

const FILES = {
  anthropic: { models: ANTHROPIC_MODELS, source: ANTHROPIC_SOURCE, asOf: ANTHROPIC_AS_OF },
  gemini: { models: GEMINI_MODELS, source: GEMINI_SOURCE, asOf: GEMINI_AS_OF },
  'open-models': { models: OPEN_MODELS, source: OPEN_MODELS_SOURCE, asOf: OPEN_MODELS_AS_OF },
  xai: { models: XAI_MODELS, source: XAI_SOURCE, asOf: XAI_AS_OF },
};
const ALL: VendorModel[] = Object.values(FILES).flatMap((f) => [...f.models]);

describe.each(Object.entries(FILES))('%s', (_file, { models, source, asOf }) => {
  it('names a pinned commit of the source and a dated interval', () => {
    expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(source.commit).toBe(LITELLM_COMMIT);
    expect(source.url).toContain(source.commit);
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/);
  });

  it.each(models.map((m) => [m.name, m] as const))('%s: limits and prices are sane', (_name, m) => {
    expect(m.sourceKey.length).toBeGreaterThan(0);
    expect(Number.isSafeInteger(m.maxInput) && m.maxInput > 0).toBe(true);
    if (m.maxOutput !== undefined) {
      expect(Number.isSafeInteger(m.maxOutput) && m.maxOutput > 0).toBe(true);
      expect(m.maxOutput).toBeLessThanOrEqual(m.maxInput);
    }
    if (m.prices) {
      const { above, ...base } = m.prices;
      for (const [k, v] of Object.entries(base)) expect(Number.isFinite(v) && v >= 0, k).toBe(true);
      if (m.prices.cachedInput !== undefined) expect(m.prices.cachedInput).toBeLessThanOrEqual(m.prices.input);
      if (above) {
        // ≤, not <: claude-sonnet-4-5 has long-context prices with a 200,000 window in the source (ANTHROPIC_SOURCE.note).
        expect(above.aboveTokens).toBeLessThanOrEqual(m.maxInput);
        expect(above.input).toBeGreaterThanOrEqual(m.prices.input);
        expect(above.output).toBeGreaterThanOrEqual(m.prices.output);
      }
    }
    if (m.cacheMinTokens !== undefined) expect(m.cacheMinTokens).toBeLessThan(m.maxInput);
    if (m.tokenizerRepo !== undefined) expect(m.tokenizerRepo).toMatch(/^[\w.-]+\/[\w.-]+$/);
  });
});

describe('names across the vendor files', () => {
  it('are unique, aliases included, and clash with no OpenAI model', () => {
    const names = ALL.flatMap(namesOf);
    expect(new Set(names).size).toBe(names.length);
    const openai = new Set(OPENAI_MODELS.map((m) => m.name));
    expect(names.filter((n) => openai.has(n))).toEqual([]);
  });

  it('use each source entry once', () => {
    const keys = ALL.map((m) => m.sourceKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are ids a budgets.yml can hold: no spaces, no upper case except in host ids', () => {
    for (const m of ALL) expect(m.name).toMatch(/^[a-z0-9][a-z0-9.:-]*$/);
  });
});

describe('per-vendor facts', () => {
  it('Claude: every entry is from Anthropic’s own API, with a cache minimum and write/read prices that follow the documented multipliers', () => {
    for (const m of ANTHROPIC_MODELS) {
      expect(m.sourceKey).toMatch(/^claude-/);
      // Anthropic's caching page, as quoted in anthropic.ts, gives no minimum for the newest models.
      if (!['claude-opus-5', 'claude-sonnet-5', 'claude-opus-4-8', 'claude-opus-4-7'].includes(m.name)) expect(m.cacheMinTokens, m.name).toBeDefined();
      // The one entry the source prices off the multipliers; its note says so.
      if (m.name === 'claude-3-haiku-20240307') continue;
      const p = m.prices!;
      expect(p.cacheWrite).toBeCloseTo(p.input * ANTHROPIC_PROMPT_CACHING.writeMultiplier!, 9);
      expect(p.cachedInput).toBeCloseTo(p.input * ANTHROPIC_PROMPT_CACHING.readMultiplier!, 9);
    }
    expect(ANTHROPIC_PROMPT_CACHING.automatic).toBe(false);
  });

  it('Gemini: every entry is the Gemini API’s (`gemini/` key) and caching is implicit', () => {
    for (const m of GEMINI_MODELS) expect(m.sourceKey).toBe(`gemini/${m.name}`);
    expect(GEMINI_PROMPT_CACHING.automatic).toBe(true);
  });

  it('open models: every entry names its vendor and host, and the host prefix matches the source key', () => {
    const prefix: Record<string, RegExp> = {
      bedrock: /^meta\.llama/, deepinfra: /^deepinfra\//, mistral: /^mistral\//, deepseek: /^deepseek-/,
      together_ai: /^together_ai\//, scaleway: /^scaleway\//, dashscope: /^dashscope\//, openrouter: /^openrouter\//,
    };
    for (const m of OPEN_MODELS) {
      expect(m.vendor, m.name).toBeDefined();
      expect(m.host, m.name).toBeDefined();
      expect(m.sourceKey, m.name).toMatch(prefix[m.host!]!);
    }
  });

  it('covers the families the catalog promises', () => {
    const names = new Set(ALL.flatMap(namesOf));
    for (const n of ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929', 'claude-haiku-4-5', 'claude-opus-4-1', 'claude-3-7-sonnet-20250219',
      'gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.0-flash', 'llama-3.1-8b',
      'llama-3.1-70b', 'llama-3.1-405b', 'llama-3.3-70b', 'llama-4-scout', 'llama-4-maverick', 'mistral-large-latest', 'mistral-medium-latest',
      'mistral-small-latest', 'codestral-latest', 'open-mistral-nemo', 'qwen3-32b', 'qwen3-235b-a22b-instruct-2507', 'deepseek-chat', 'deepseek-reasoner']) {
      expect(names.has(n), n).toBe(true);
    }
  });
});
