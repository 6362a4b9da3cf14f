/**
 * Which encoding each OpenAI model uses. Source of truth: openai/tiktoken `tiktoken/model.py`
 * (MODEL_TO_ENCODING and MODEL_PREFIX_TO_ENCODING), extended with models released since.
 */
import type { EncodingName } from './tiktoken/encoding-names.js';
import type { CountingVendor } from './spec.js';

export interface ModelInfo {
  name: string;
  vendor: 'openai';
  encoding: EncodingName;
  /**
   * The family the encoding is assumed from, when OpenAI publishes none for this model (tiktoken's
   * model.py names neither it nor a prefix of it): its counts are exact for the encoding, not known
   * to be the model's own.
   */
  assumedFrom?: string;
}

/** Exact model names. */
const MODELS: Record<string, EncodingName> = {
  'gpt-5.1': 'o200k_base',
  'gpt-5': 'o200k_base',
  'gpt-5-mini': 'o200k_base',
  'gpt-5-nano': 'o200k_base',
  'gpt-5-chat-latest': 'o200k_base',
  'gpt-5-codex': 'o200k_base',
  'gpt-5-pro': 'o200k_base',
  'gpt-4.5-preview': 'o200k_base',
  'gpt-4.1': 'o200k_base',
  'gpt-4.1-mini': 'o200k_base',
  'gpt-4.1-nano': 'o200k_base',
  'gpt-4o': 'o200k_base',
  'gpt-4o-mini': 'o200k_base',
  'chatgpt-4o-latest': 'o200k_base',
  'gpt-oss-120b': 'o200k_base',
  'gpt-oss-20b': 'o200k_base',
  o1: 'o200k_base',
  'o1-mini': 'o200k_base',
  'o1-pro': 'o200k_base',
  o3: 'o200k_base',
  'o3-mini': 'o200k_base',
  'o3-pro': 'o200k_base',
  'o4-mini': 'o200k_base',
  'gpt-4': 'cl100k_base',
  'gpt-4-turbo': 'cl100k_base',
  'gpt-4-32k': 'cl100k_base',
  'gpt-3.5-turbo': 'cl100k_base',
  'gpt-3.5-turbo-16k': 'cl100k_base',
  'gpt-3.5-turbo-instruct': 'cl100k_base',
  'text-embedding-3-small': 'cl100k_base',
  'text-embedding-3-large': 'cl100k_base',
  'text-embedding-ada-002': 'cl100k_base',
  'davinci-002': 'cl100k_base',
  'babbage-002': 'cl100k_base',
  'text-davinci-003': 'p50k_base',
  'text-davinci-002': 'p50k_base',
  'code-davinci-002': 'p50k_base',
  'text-davinci-001': 'r50k_base',
  davinci: 'r50k_base',
  curie: 'r50k_base',
  babbage: 'r50k_base',
  ada: 'r50k_base',
};

/** Exact names above that tiktoken's model.py does not name: their encoding is their family's, assumed. */
const ASSUMED: Record<string, string> = { 'gpt-5.1': 'gpt-5' };

/**
 * Dated snapshots and fine-tunes ("gpt-4o-2024-08-06", "ft:gpt-4o-mini:acme::id") take their
 * family's encoding. Longest prefix first, so "gpt-4o-" is tried before "gpt-4-".
 */
const PREFIXES: [string, EncodingName][] = (
  [
    ['gpt-5-', 'o200k_base'],
    // Not tiktoken's: GPT-5.1 and later ("gpt-5.4-mini") are assumed to keep GPT-5's encoding.
    ['gpt-5', 'o200k_base'],
    ['gpt-4.5-', 'o200k_base'],
    ['gpt-4.1-', 'o200k_base'],
    ['gpt-4o-', 'o200k_base'],
    ['chatgpt-4o-', 'o200k_base'],
    ['gpt-oss-', 'o200k_base'],
    ['o1-', 'o200k_base'],
    ['o3-', 'o200k_base'],
    ['o4-mini-', 'o200k_base'],
    ['gpt-4-', 'cl100k_base'],
    ['gpt-3.5-turbo-', 'cl100k_base'],
    ['gpt-35-turbo-', 'cl100k_base'],
  ] as [string, EncodingName][]
).sort((a, b) => b[0].length - a[0].length);

/** The prefixes above that tiktoken's model.py does not have. */
const UNPUBLISHED_PREFIXES = new Set(['gpt-5']);

export function findModel(name: string): ModelInfo | undefined {
  const base = name.startsWith('ft:') ? (name.split(':')[1] ?? '') : name;
  // Own keys only: "constructor" or "toString" must not find Object.prototype's functions.
  const exact = Object.hasOwn(MODELS, base) ? MODELS[base] : undefined;
  if (exact) return { name, vendor: 'openai', encoding: exact, ...(Object.hasOwn(ASSUMED, base) && { assumedFrom: ASSUMED[base] }) };
  const prefix = PREFIXES.find(([p]) => base.startsWith(p));
  if (!prefix) return undefined;
  return { name, vendor: 'openai', encoding: prefix[1], ...(UNPUBLISHED_PREFIXES.has(prefix[0]) && { assumedFrom: prefix[0] }) };
}

export function modelNames(): string[] {
  return Object.keys(MODELS);
}

/**
 * Models whose vendor counts tokens through an API instead of publishing a tokenizer: any Claude
 * or Gemini model id, dated or not, so a release newer than the catalog is still counted by its
 * vendor. Vertex AI and Bedrock ids ("anthropic.claude-...") are not matched: their APIs differ.
 */
export function countingVendorOf(name: string): CountingVendor | undefined {
  if (/^claude-/.test(name)) return 'anthropic';
  if (/^gemini-/.test(name)) return 'gemini';
  return undefined;
}
