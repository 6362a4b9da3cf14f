/**
 * The vendors' counting APIs, set up from the keys an adapter was given (action inputs, or the
 * environment for the CLI). A vendor without a key gets no counter, and its models are estimated.
 */
import type { Engines } from './budget/counting.js';
import { anthropicCounter, CountCache, geminiCounter } from './vendors/index.js';

export interface CountingApiOptions {
  anthropicApiKey?: string | undefined;
  geminiApiKey?: string | undefined;
  /** A file that keeps the APIs' answers between runs (hashes and numbers only). */
  cacheFile?: string | undefined;
  log: (line: string) => void;
  /**
   * Base URLs, as the vendors' own SDKs read them (ANTHROPIC_BASE_URL, GOOGLE_GEMINI_BASE_URL):
   * for a proxy, or a local server in tests. https only, but for loopback addresses.
   */
  env?: NodeJS.ProcessEnv;
}

export interface CountingApis {
  vendors: NonNullable<Engines['vendors']>;
  /** Writes the cache file, when there is one; a failure to write is logged, never fatal. */
  save(): Promise<void>;
}

export async function openCountingApis(options: CountingApiOptions): Promise<CountingApis> {
  const { anthropicApiKey, geminiApiKey, cacheFile, log, env = process.env } = options;
  const vendors: CountingApis['vendors'] = {};
  if (!anthropicApiKey && !geminiApiKey) return { vendors, save: async () => {} };
  const cache = cacheFile ? await CountCache.load(cacheFile, log) : new CountCache();
  const shared = { cache, log };
  if (anthropicApiKey) vendors.anthropic = anthropicCounter({ apiKey: anthropicApiKey, ...shared, ...(env.ANTHROPIC_BASE_URL && { baseUrl: env.ANTHROPIC_BASE_URL }) });
  if (geminiApiKey) vendors.gemini = geminiCounter({ apiKey: geminiApiKey, ...shared, ...(env.GOOGLE_GEMINI_BASE_URL && { baseUrl: env.GOOGLE_GEMINI_BASE_URL }) });
  return {
    vendors,
    async save() {
      if (!cacheFile) return;
      await cache.save(cacheFile).catch((error: Error) => log(`Count cache ${cacheFile} not saved: ${error.message}`));
    },
  };
}
