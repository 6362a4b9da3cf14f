/**
 * Counting many texts, each with its component's tokenizer, and saying how each count was
 * obtained. OpenAI encodings and tokenizer.json files count exactly; Claude and Gemini count
 * exactly through their vendors' APIs when a key is given, and are otherwise estimated from an
 * OpenAI count with a documented range. A failing API never fails the run: its counts become
 * estimates, with the reason, for the whole run (base and head alike, so deltas compare like
 * with like).
 */
import { UserError } from '../common/errors.js';
import { RunLimitReached, type HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import type { TokenCounter } from '../tokenize/tiktoken/batch.js';
import { combineEstimates, ESTIMATES, estimateParts, type EstimateKey } from '../tokenize/estimate.js';
import { tokenizerKey, tokenizerLabel, VENDOR_API_NAMES, type CountingVendor, type TokenizerSpec } from '../tokenize/spec.js';
import type { CountingMethod, Finding, ProblemSource } from './report.js';
import { countGeminiLocal } from '../prompts/tools.js';

/**
 * A vendor's counting API, as the counting here uses it; src/vendors implements it (an adapter:
 * it owns the network and the cache file).
 */
export interface VendorCounter {
  readonly vendor: CountingVendor;
  /** Tokens of each text for `model`, in order. Rejects with VendorApiError after retries. Empty text → 0 without a call. */
  count(model: string, texts: readonly string[]): Promise<number[]>;
}

/** What counts: injected by the adapters, which own threads, files and API keys. */
export interface Engines {
  /** OpenAI encodings (on this thread or on workers). */
  encodings: TokenCounter;
  /** tokenizer.json files, loaded, by the path budgets.yml gives. */
  huggingface?: ReadonlyMap<string, HuggingFaceTokenizer>;
  /** Counting APIs, for the vendors whose key was given. */
  vendors?: Partial<Record<CountingVendor, VendorCounter>>;
  /**
   * Where a user gives each vendor's key, as messages should name it: the action's inputs by
   * default (`anthropic-api-key`), the CLI's environment variables (`ANTHROPIC_API_KEY`).
   */
  keyNames?: Partial<Record<CountingVendor, string>>;
}

/** The name of the setting that holds a vendor's key. */
function keyNameOf(vendor: CountingVendor, engines: Pick<Engines, 'keyNames'>): string {
  return engines.keyNames?.[vendor] ?? `${vendor}-api-key`;
}

export interface TextJob {
  tokenizer: TokenizerSpec;
  text: string;
}

/** A count; `high` is above `tokens` only for an estimate, and is what budget checks use. */
export interface Counted {
  tokens: number;
  high: number;
  /**
   * Why the text could not be counted (tokens and high are then 0): only with `problems: true`,
   * for a tokenizer.json that refuses the text or a run-wide limit that ran out.
   */
  problem?: { message: string; from: ProblemSource };
}

export interface CountingOptions {
  /**
   * A text a tokenizer.json cannot count becomes a Counted with its problem, for its file to
   * fail alone; without this, the UserError stops the whole count (`prompt-budget count`).
   */
  problems?: boolean;
}

export interface CountingResult {
  counts: Counted[];
  /** By tokenizerKey. */
  methods: Map<string, CountingMethod>;
}

/**
 * Counts every job, grouped by tokenizer so each engine (or API) is called once, and each distinct
 * text once per tokenizer: a file the PR did not touch has the same text at base and head.
 */
export async function countTexts(jobs: readonly TextJob[], engines: Engines, options: CountingOptions = {}): Promise<CountingResult> {
  const groups = new Map<string, { tokenizer: TokenizerSpec; indexes: number[]; seen: Map<string, number> }>();
  // For each job, the index of the first job of its group with the same text.
  const firstOf = jobs.map((job, index) => {
    const key = tokenizerKey(job.tokenizer);
    const group = groups.get(key) ?? { tokenizer: job.tokenizer, indexes: [], seen: new Map<string, number>() };
    groups.set(key, group);
    const first = group.seen.get(job.text);
    if (first !== undefined) return first;
    group.seen.set(job.text, index);
    group.indexes.push(index);
    return index;
  });

  const counts = new Array<Counted>(jobs.length);
  const counted = await Promise.all(
    [...groups].map(async ([key, { tokenizer, indexes }]) => {
      const texts = indexes.map((i) => jobs[i]!.text);
      const group = await countGroup(tokenizer, texts, engines, options);
      indexes.forEach((jobIndex, i) => (counts[jobIndex] = group.counted[i]!));
      return [key, group.method] as const;
    }),
  );
  // In the order the tokenizers first appear, not the order their counts came back (an API answers
  // later than a local count, or sooner from the cache): the comment lists them, and must not change
  // between two runs over the same files.
  return { counts: firstOf.map((first) => counts[first]!), methods: new Map(counted) };
}

async function countGroup(tokenizer: TokenizerSpec, texts: string[], engines: Engines, options: CountingOptions): Promise<{ method: CountingMethod; counted: Counted[] }> {
  const exactly = (tokens: number[]) => tokens.map((n) => ({ tokens: n, high: n }));
  const label = tokenizerLabel(tokenizer);
  switch (tokenizer.kind) {
    case 'encoding': {
      const tokens = await engines.encodings(texts.map((text) => ({ encoding: tokenizer.encoding, text })));
      return { method: { tokenizer, exact: true, label }, counted: exactly(tokens) };
    }
    case 'huggingface': {
      let local: CountingMethod['local'];
      if (tokenizer.gemini !== undefined) {
        // Gemini's API is the authority when a key is given; the local tokenizer counts otherwise.
        const api = engines.vendors?.gemini;
        const keyName = keyNameOf('gemini', engines);
        let reason: Finding = ['no ', { code: keyName }, ' was given'];
        if (api) {
          try {
            return { method: { tokenizer, exact: true, label: VENDOR_API_NAMES.gemini }, counted: exactly(await api.count(tokenizer.gemini, texts)) };
          } catch (error) {
            reason = [`${VENDOR_API_NAMES.gemini} failed: `, { code: error instanceof Error ? error.message : String(error) }];
          }
        }
        local = { model: tokenizer.gemini, reason, keyName };
      }
      const loaded = engines.huggingface?.get(tokenizer.path);
      // The adapter loads every file the config names before counting, or stops with its error.
      if (!loaded) throw new Error(`tokenizer ${tokenizer.path} was not loaded`);
      const count = (text: string): Counted => {
        try {
          const tokens = tokenizer.gemini !== undefined ? countGeminiLocal(text, (t) => loaded.count(t)) : loaded.count(text);
          return { tokens, high: tokens };
        } catch (error) {
          if (!options.problems || !(error instanceof UserError)) throw error;
          return { tokens: 0, high: 0, problem: { message: error.located(), from: error instanceof RunLimitReached ? 'run-limit' : 'tokenizer' } };
        }
      };
      return { method: { tokenizer, exact: true, label, ...(local && { local }) }, counted: texts.map(count) };
    }
    case 'vendor': {
      const api = engines.vendors?.[tokenizer.vendor];
      const keyName = keyNameOf(tokenizer.vendor, engines);
      if (!api) return estimated(tokenizer, texts, engines, ['no ', { code: keyName }, ' was given'], keyName);
      try {
        return { method: { tokenizer, exact: true, label: VENDOR_API_NAMES[tokenizer.vendor] }, counted: exactly(await api.count(tokenizer.model, texts)) };
      } catch (error) {
        return estimated(tokenizer, texts, engines, [`${VENDOR_API_NAMES[tokenizer.vendor]} failed: `, { code: error instanceof Error ? error.message : String(error) }], keyName);
      }
    }
    case 'estimate':
      return estimated(tokenizer, texts, engines, ['no ', { code: 'tokenizer' }, ' file is set for this model']);
  }
}

/** Each text by the methods for its model and scripts (estimate.ts), from exact counts of the methods' basis. */
async function estimated(tokenizer: TokenizerSpec, texts: string[], engines: Engines, reason: Finding, keyName?: string): Promise<{ method: CountingMethod; counted: Counted[] }> {
  const vendor = tokenizer.kind === 'vendor' || tokenizer.kind === 'estimate' ? tokenizer.vendor : 'unknown';
  const model = tokenizer.kind === 'vendor' ? tokenizer.model : '';
  const parts = texts.map((text) => estimateParts(vendor, model, text));
  const jobs = parts.flat();
  const basis = await engines.encodings(jobs.map((part) => ({ encoding: ESTIMATES[part.key].basis, text: part.text })));
  let next = 0;
  const counted = parts.map((textParts) => {
    const { tokens, high } = combineEstimates(textParts.map((part) => ({ key: part.key, basisCount: basis[next++]! })));
    return { tokens, high };
  });
  const used = [...new Set<EstimateKey>(jobs.map((part) => part.key))].map((key) => ESTIMATES[key]);
  return { method: { tokenizer, exact: false, label: `estimate from ${used[0]?.basis ?? 'o200k_base'}`, estimate: { methods: used, reason, ...(keyName !== undefined && { keyName }) } }, counted };
}
