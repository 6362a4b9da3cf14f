/**
 * `models:` of budgets.yml: models the catalog lacks (a fine-tune, a new release) or facts to
 * override (a negotiated price, a smaller deployment window). Read first, since components and
 * requests may name these models.
 */
import { isMap, isScalar } from 'yaml';
import { MAX_PRICE_PER_MILLION } from '../catalog/money.js';
import type { SourceLocation } from '../errors.js';
import { ENCODING_NAMES, isEncodingName, type EncodingName } from '../tokenize/encodings.js';
import { countingVendorOf, findModel } from '../tokenize/models.js';
import { readEntries, reportUnknownKeys, type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import { readTokenCount } from './quantity.js';
import { didYouMean } from './suggest.js';
import { INVALID, readTokenizerPath } from './tokenizer.js';
import { describeValue, type YamlSource } from './yaml-source.js';

const MODEL_KEYS = ['encoding', 'tokenizer', 'context_window', 'max_output', 'prices'] as const;
const PRICE_KEYS = ['input', 'cached_input', 'output'] as const;

/** A model as budgets.yml declares it; fields left out come from the catalog. */
export interface UserModel {
  name: string;
  /** Absent for a model counted by its tokenizer file or by its vendor's counting API. */
  encoding?: EncodingName;
  /** A Hugging Face tokenizer.json in the repository, for open models. */
  tokenizer?: string;
  /** Where `tokenizer:` is written. */
  tokenizerLocation?: SourceLocation;
  contextWindow?: number;
  maxOutput?: number;
  /** USD per million tokens. */
  prices?: { input?: number; cachedInput?: number; output?: number };
  location: SourceLocation;
}

export function readUserModels(entry: Entry | undefined, source: YamlSource, problems: Problems): Map<string, UserModel> {
  const models = new Map<string, UserModel>();
  if (!entry || (isScalar(entry.value) && entry.value.value === null)) return models;
  if (!isMap(entry.value)) {
    problems.add(entry.value, `models must be a mapping from model names to their facts, got ${describeValue(entry.value)}`, 'Write e.g. `models:` → `ft:gpt-4o-mini:acme::x: { encoding: o200k_base, context_window: 128000 }`.');
    return models;
  }
  for (const model of readEntries(entry.value, 'models', source, problems).values()) {
    const read = readUserModel(model, source, problems);
    if (read) models.set(read.name, read);
  }
  return models;
}

function readUserModel(entry: Entry, source: YamlSource, problems: Problems): UserModel | undefined {
  const path = `models.${entry.name}`;
  if (!isMap(entry.value)) {
    problems.add(entry.value, `${path} must be a mapping (encoding, context_window, max_output, prices), got ${describeValue(entry.value)}`, 'Indent its facts below the name, e.g. `context_window: 128000`.');
    return undefined;
  }
  const fields = readEntries(entry.value, path, source, problems);
  reportUnknownKeys(fields, MODEL_KEYS, path, problems);
  let ok = true;

  const known = findModel(entry.name)?.encoding;
  const encodingEntry = fields.get('encoding');
  const tokenizerEntry = fields.get('tokenizer');
  let encoding = known;
  let tokenizer: string | undefined;
  if (encodingEntry && tokenizerEntry) {
    problems.add(tokenizerEntry.key, `${path} sets both encoding and tokenizer`, 'Keep one: `encoding` for an OpenAI encoding, or `tokenizer` for a tokenizer.json file.');
    ok = false;
  } else if (tokenizerEntry) {
    const read = readTokenizerPath(tokenizerEntry, `${path}.tokenizer`, problems);
    if (read === INVALID) ok = false;
    else tokenizer = read;
    encoding = undefined;
  } else if (encodingEntry) {
    const value = isScalar(encodingEntry.value) ? encodingEntry.value.value : undefined;
    if (typeof value === 'string' && isEncodingName(value)) {
      encoding = value;
    } else {
      const shown = typeof value === 'string' ? JSON.stringify(value) : describeValue(encodingEntry.value);
      problems.add(encodingEntry.value, `${path}.encoding: unknown encoding ${shown}${typeof value === 'string' ? didYouMean(value, ENCODING_NAMES, 1, (e) => e) : ''}`, `Use one of ${ENCODING_NAMES.join(', ')}.`);
      ok = false;
    }
  } else if (!known && !countingVendorOf(entry.name)) {
    problems.add(
      entry.key,
      `${path} needs an encoding or a tokenizer: prompt-budget does not know the model \`${entry.name}\``,
      `Add \`encoding:\` (one of ${ENCODING_NAMES.join(', ')}; a fine-tune uses its base model's), or \`tokenizer:\` with the path of the model's tokenizer.json.`,
    );
    ok = false;
  }

  const count = (key: 'context_window' | 'max_output') => {
    const field = fields.get(key);
    if (!field) return undefined;
    const parsed = readTokenCount(isScalar(field.value) ? field.value.value : undefined, describeValue(field.value), key);
    if ('value' in parsed) return parsed.value;
    problems.add(field.value, `${path}.${key} ${parsed.problem}`, parsed.hint);
    ok = false;
    return undefined;
  };
  const contextWindow = count('context_window');
  const maxOutput = count('max_output');
  if (contextWindow !== undefined && maxOutput !== undefined && maxOutput > contextWindow) {
    problems.add(fields.get('max_output')!.value, `${path}.max_output (${maxOutput}) is larger than its context_window (${contextWindow})`, 'The output shares the context window: check both numbers against the vendor\'s model page.');
    ok = false;
  }
  // A wrong price is reported where it is written; the model stays declared, so that the
  // components naming it are not also reported as naming an unknown model.
  const prices = readPrices(fields.get('prices'), path, source, problems);

  if (!ok) return undefined;
  return {
    name: entry.name,
    ...(encoding !== undefined && { encoding }),
    ...(tokenizer !== undefined && { tokenizer, tokenizerLocation: source.locate(tokenizerEntry!.value) }),
    ...(contextWindow !== undefined && { contextWindow }),
    ...(maxOutput !== undefined && { maxOutput }),
    ...(prices && { prices }),
    location: source.locate(entry.key),
  };
}

/** `prices: { input: 2.5, cached_input: 1.25, output: 10 }` in USD per million tokens; null when wrong. */
function readPrices(entry: Entry | undefined, path: string, source: YamlSource, problems: Problems): UserModel['prices'] | null | undefined {
  if (!entry) return undefined;
  if (!isMap(entry.value)) {
    problems.add(entry.value, `${path}.prices must be a mapping of USD per million tokens, got ${describeValue(entry.value)}`, 'Write e.g. `prices: { input: 2.5, cached_input: 1.25, output: 10 }`.');
    return null;
  }
  const fields = readEntries(entry.value, `${path}.prices`, source, problems);
  reportUnknownKeys(fields, PRICE_KEYS, `${path}.prices`, problems);
  const prices: NonNullable<UserModel['prices']> = {};
  let ok = true;
  for (const key of PRICE_KEYS) {
    const field = fields.get(key);
    if (!field) continue;
    const value = isScalar(field.value) ? field.value.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.add(field.value, `${path}.prices.${key} must be a number of US dollars per million tokens, got ${describeValue(field.value)}`, `Write the price without a currency sign, e.g. \`${key}: 2.5\`.`);
      ok = false;
      continue;
    }
    if (value > MAX_PRICE_PER_MILLION) {
      problems.add(
        field.value,
        `${path}.prices.${key} is ${describeValue(field.value)} US dollars per million tokens, more than the ${MAX_PRICE_PER_MILLION.toLocaleString('en-US')} a price may be`,
        `Write the price in US dollars per million tokens (the dearest list prices are a few hundred), e.g. \`${key}: 2.5\`.`,
      );
      ok = false;
      continue;
    }
    prices[key === 'cached_input' ? 'cachedInput' : key] = value;
  }
  return ok ? prices : null;
}
