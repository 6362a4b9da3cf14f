/**
 * The vendors' counting APIs, set up from the keys an adapter was given (action inputs, or the
 * environment for the CLI). A vendor without a key gets no counter, and its models are estimated.
 */
import type { Engines } from './budget/counting.js';
import { VENDOR_API_NAMES } from './tokenize/tokenizer.js';
import { redact } from './vendors/errors.js';
import { anthropicCounter, CountCache, geminiCounter, VendorApiError, type VendorCounter } from './vendors/index.js';

export interface CountingApiOptions {
  anthropicApiKey?: string | undefined;
  geminiApiKey?: string | undefined;
  /** A file that keeps the APIs' answers between runs (hashes and numbers only). */
  cacheFile?: string | undefined;
  log: (line: string) => void;
  /**
   * Where a failed API is reported: its counts become estimates (a quiet change of method a
   * reader of the log must not miss). `log` when absent.
   */
  warn?: (line: string) => void;
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
  const { anthropicApiKey, geminiApiKey, cacheFile, log, warn = log, env = process.env } = options;
  const vendors: CountingApis['vendors'] = {};
  if (!anthropicApiKey && !geminiApiKey) return { vendors, save: async () => {} };
  const cache = cacheFile ? await CountCache.load(cacheFile, log) : new CountCache();
  const shared = { cache, log };
  if (anthropicApiKey) {
    const counter = anthropicCounter({ apiKey: anthropicApiKey, ...shared, ...(env.ANTHROPIC_BASE_URL && { baseUrl: env.ANTHROPIC_BASE_URL }) });
    vendors.anthropic = warningOnFailure(counter, anthropicApiKey, warn);
  }
  if (geminiApiKey) {
    const counter = geminiCounter({ apiKey: geminiApiKey, ...shared, ...(env.GOOGLE_GEMINI_BASE_URL && { baseUrl: env.GOOGLE_GEMINI_BASE_URL }) });
    vendors.gemini = warningOnFailure(counter, geminiApiKey, warn);
  }
  return {
    vendors,
    async save() {
      if (!cacheFile) return;
      await cache.save(cacheFile).catch((error: Error) => log(`Count cache ${cacheFile} not saved: ${error.message}`));
    },
  };
}

/**
 * The counter, saying through `warn` when it fails: the check goes on with estimates (see
 * budget/counting.ts), and the log must say so where a reader looks, not only in the report's notes.
 */
function warningOnFailure(counter: VendorCounter, apiKey: string, warn: (line: string) => void): VendorCounter {
  return {
    vendor: counter.vendor,
    method: counter.method,
    async count(model, texts) {
      try {
        return await counter.count(model, texts);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        const hint = error instanceof VendorApiError && error.hint ? ` ${error.hint}` : '';
        // The counter's messages never hold the key; redacting again costs nothing and covers a bug.
        warn(redact(`${VENDOR_API_NAMES[counter.vendor]} failed: ${why}. Counts for ${model} in this run are estimates, for base and head alike, checked at their upper bound; the verdict stands.${hint}`, apiKey.trim()));
        throw error;
      }
    },
  };
}
