/**
 * `models:` of budgets.yml: models the catalog lacks (a fine-tune, a new release) or facts to
 * override (a negotiated price, a smaller deployment window). Read first, since components and
 * requests may name these models.
 */
import { isMap, isScalar } from 'yaml';
import { parseLitellmFile, projectEntry } from '../catalog/litellm-format.js';
import { MAX_PRICE_PER_MILLION } from '../catalog/money.js';
import { UserError, UserErrors } from '../common/errors.js';
import { ENCODING_NAMES, isEncodingName } from '../tokenize/tiktoken/encoding-names.js';
import { countingVendorOf, findModel } from '../tokenize/models.js';
import { readEntries, reportUnknownKeys, type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import { readTokenCount } from './quantity.js';
import { didYouMean } from '../common/suggest.js';
import { INVALID, readTokenizerPath } from './tokenizer-setting.js';
import type { UserModel } from './types.js';
import { describeValue, type YamlSource } from './yaml-source.js';

const MODEL_KEYS = ['encoding', 'tokenizer', 'context_window', 'max_output', 'prices'] as const;
const PRICE_KEYS = ['input', 'cached_input', 'output'] as const;

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
    ...(encodingEntry !== undefined && encoding !== undefined && { encodingDeclared: true }),
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

/** budgets.yml's `catalog:` file, as the caller read it from the repository. */
export interface CatalogFile {
  /** Repository-relative, as budgets.yml writes it: for messages and for "prices as of". */
  path: string;
  text: string;
}

/** A litellm file holds thousands of entries; a mistake in each need not be listed. */
const MAX_CATALOG_PROBLEMS = 50;

/**
 * The models of budgets.yml's `catalog:` file (litellm's `model_prices_and_context_window.json`
 * format) merged with those of `models:`. An entry's window (`max_input_tokens`), output limit and
 * prices override the built-in catalog's, and a model budgets.yml's `models:` also declares keeps
 * every field written there (budgets.yml wins). The tokenizer never comes from the file: an entry is
 * taken when prompt-budget can count the model (an OpenAI encoding it knows, a counting API, a
 * catalog model) or when `models:` declares it with `encoding:` or `tokenizer:`; other entries are
 * skipped. A key `provider/name` whose provider is the entry's `litellm_provider` also answers to
 * `name`, as litellm itself looks models up, unless the file has an entry `name` of its own.
 *
 * Throws UserErrors at file:line:column for a file that is not JSON, or where an entry this
 * repository uses has a window or a price that is not a number (or a price per million, not per
 * token). Entries it cannot use are not looked at.
 */
export function readCatalogFile(file: CatalogFile, declared: ReadonlyMap<string, UserModel>, knows: (name: string) => boolean): Map<string, UserModel> {
  const parsed = parseLitellmFile(file.text, file.path);
  const errors: UserError[] = [];
  const fromFile = new Map<string, { model: Omit<UserModel, 'name'>; exact: boolean }>();
  const applies = (name: string) => declared.has(name) || knows(name);
  for (const entry of parsed.entries) {
    // Only the entries this repository can use are read: litellm's own file holds thousands, a few
    // with zero windows (moderation endpoints) or prices no model has, which concern no one here.
    const raw = typeof entry.value === 'object' && entry.value !== null && !Array.isArray(entry.value) ? (entry.value as Record<string, unknown>) : undefined;
    const slash = entry.key.indexOf('/');
    const short = raw && slash > 0 && entry.key.slice(0, slash) === raw.litellm_provider ? entry.key.slice(slash + 1) : undefined;
    if (entry.key === 'sample_spec' || !(applies(entry.key) || (short !== undefined && applies(short)))) continue;
    if (!raw) {
      errors.push(new UserError(`the entry ${JSON.stringify(entry.key)} must be an object of the model's facts`, 'Write e.g. `"my-model": { "max_input_tokens": 128000, "input_cost_per_token": 2.5e-6, "output_cost_per_token": 1e-5 }`.', parsed.locate(entry.at)));
      continue;
    }
    const { numbers, problems } = projectEntry(raw);
    for (const problem of problems) {
      errors.push(new UserError(`${JSON.stringify(entry.key)}: ${problem.message}`, 'Write windows as whole numbers of tokens and prices as US dollars per token (litellm\'s format), e.g. `"input_cost_per_token": 2.5e-6`.', parsed.locate(entry.fields.get(problem.field) ?? entry.at)));
    }
    for (const [field, value] of [['input_cost_per_token', numbers.input], ['cache_read_input_token_cost', numbers.cachedInput], ['output_cost_per_token', numbers.output]] as const) {
      if (value !== undefined && value > MAX_PRICE_PER_MILLION) {
        errors.push(new UserError(`${JSON.stringify(entry.key)}: ${field} is ${value.toLocaleString('en-US')} US dollars per million tokens, more than the ${MAX_PRICE_PER_MILLION.toLocaleString('en-US')} a price may be`, 'litellm writes prices per token, not per million: e.g. `2.5e-6` for $2.50 per million tokens.', parsed.locate(entry.fields.get(field) ?? entry.at)));
      }
    }
    if (problems.length > 0) continue;
    const prices = numbers.input !== undefined || numbers.output !== undefined || numbers.cachedInput !== undefined
      ? { ...(numbers.input !== undefined && { input: numbers.input }), ...(numbers.cachedInput !== undefined && { cachedInput: numbers.cachedInput }), ...(numbers.output !== undefined && { output: numbers.output }) }
      : undefined;
    if (numbers.maxInput === undefined && numbers.maxOutput === undefined && !prices) continue;
    const model: Omit<UserModel, 'name'> = {
      ...(numbers.maxInput !== undefined && { contextWindow: numbers.maxInput }),
      ...(numbers.maxOutput !== undefined && { maxOutput: numbers.maxOutput }),
      ...(prices && { prices, pricesFrom: file.path }),
      location: parsed.locate(entry.at),
    };
    fromFile.set(entry.key, { model, exact: true });
    if (short !== undefined && !fromFile.get(short)?.exact) fromFile.set(short, { model, exact: false });
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_CATALOG_PROBLEMS);
    if (errors.length > shown.length) shown.push(new UserError(`... and ${errors.length - shown.length} more problems in ${file.path}`, 'Fix the ones above and run again.', shown[shown.length - 1]!.location));
    throw new UserErrors(shown);
  }

  const models = new Map(declared);
  for (const [name, { model }] of fromFile) {
    const own = declared.get(name);
    if (own) {
      // budgets.yml's own fields win; the file fills the rest.
      const prices = own.prices || model.prices ? { ...model.prices, ...own.prices } : undefined;
      const priceFromFile = model.prices !== undefined && (own.prices === undefined || Object.keys(own.prices).length === 0);
      models.set(name, {
        ...own,
        ...(own.contextWindow === undefined && model.contextWindow !== undefined && { contextWindow: model.contextWindow }),
        ...(own.maxOutput === undefined && model.maxOutput !== undefined && { maxOutput: model.maxOutput }),
        ...(prices && { prices }),
        ...(priceFromFile && { pricesFrom: file.path }),
      });
      continue;
    }
    if (!knows(name)) continue;
    const encoding = findModel(name)?.encoding;
    models.set(name, { name, ...(encoding && { encoding }), ...model });
  }
  return models;
}
