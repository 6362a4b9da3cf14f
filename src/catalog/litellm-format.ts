/**
 * litellm's price-and-window format (BerriAI/litellm `model_prices_and_context_window.json`): one
 * JSON object whose keys are model names and whose values hold `max_input_tokens`,
 * `max_output_tokens`, `mode` and USD prices per token (`input_cost_per_token`, ...).
 *
 * Two readers use this module, so that both turn an entry into numbers the same way:
 * - scripts/catalog.mjs (`npm run catalog`), which generates src/catalog/litellm.generated.ts from
 *   the committed input data/litellm-prices.json (renderGenerated);
 * - budgets.yml's `catalog: path/to/prices.json`, a repository's own file in the same format
 *   (parseLitellmFile), whose entries override or add to the built-in catalog.
 *
 * Pure: no I/O. Prices are converted from USD per token to USD per million tokens in decimal (the
 * number's shortest text with the point moved six places), never by a float multiplication:
 * 0.00000125 × 10^6 is 1.2499999999999998 in floats, 1.25 here.
 */
import { UserError, UserErrors, type SourceLocation } from '../common/errors.js';
import type { ModelMode } from './source-types.js';
import { LineIndex } from '../common/line-index.js';

/** One entry's numbers, as the catalog uses them; prices in USD per million tokens. */
export interface LitellmNumbers {
  /** litellm's `mode`, when it is one the catalog knows (chat, completion, responses, embedding). */
  mode?: ModelMode;
  /** `max_input_tokens`. */
  maxInput?: number;
  /** `max_output_tokens`. */
  maxOutput?: number;
  /** `input_cost_per_token`. */
  input?: number;
  /** `cache_read_input_token_cost`. */
  cachedInput?: number;
  /** `cache_creation_input_token_cost`. */
  cacheWrite?: number;
  /** `output_cost_per_token`. */
  output?: number;
  /** The `*_above_<N>k_tokens` prices: the whole request is billed at these above N × 1,000 prompt tokens. */
  above?: { aboveTokens: number; input?: number; cachedInput?: number; cacheWrite?: number; output?: number };
  /** `deprecation_date`. */
  deprecationDate?: string;
  /** `litellm_provider`. */
  provider?: string;
}

const MODES: readonly ModelMode[] = ['chat', 'completion', 'responses', 'embedding'];

/** USD per token → USD per million tokens, in decimal: the shortest text of the number, point moved six places. */
export function perMillion(perToken: number): number {
  const [mantissa, exponent = '0'] = String(perToken).toLowerCase().split('e');
  return Number(`${mantissa}e${Number(exponent) + 6}`);
}

/** What is wrong with one field of an entry. */
export interface FieldProblem {
  field: string;
  message: string;
}

const TOKEN_FIELDS = { max_input_tokens: 'maxInput', max_output_tokens: 'maxOutput' } as const;
const PRICE_FIELDS = {
  input_cost_per_token: 'input',
  cache_read_input_token_cost: 'cachedInput',
  cache_creation_input_token_cost: 'cacheWrite',
  output_cost_per_token: 'output',
} as const;
const ABOVE = /^(input_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost|output_cost_per_token)_above_(\d+)k_tokens$/;

/**
 * The numbers of one litellm entry, and what is wrong with the fields the catalog reads (a window
 * that is not a positive whole number, a price that is not a number ≥ 0). Fields the catalog does
 * not read (audio prices, `supports_*`, ...) are ignored, whatever they hold.
 */
export function projectEntry(entry: Record<string, unknown>): { numbers: LitellmNumbers; problems: FieldProblem[] } {
  const numbers: LitellmNumbers = {};
  const problems: FieldProblem[] = [];
  if (typeof entry.mode === 'string' && (MODES as readonly string[]).includes(entry.mode)) numbers.mode = entry.mode as ModelMode;
  if (typeof entry.litellm_provider === 'string') numbers.provider = entry.litellm_provider;
  if (typeof entry.deprecation_date === 'string') numbers.deprecationDate = entry.deprecation_date;
  for (const [field, key] of Object.entries(TOKEN_FIELDS)) {
    const value = entry[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) numbers[key] = value;
    else problems.push({ field, message: `${field} must be a positive whole number of tokens, got ${shown(value)}` });
  }
  const price = (field: string, value: unknown): number | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return perMillion(value);
    problems.push({ field, message: `${field} must be a number of US dollars per token, 0 or more, got ${shown(value)}` });
    return undefined;
  };
  for (const [field, key] of Object.entries(PRICE_FIELDS)) {
    const value = price(field, entry[field]);
    if (value !== undefined) numbers[key] = value;
  }
  // The lowest threshold with prices, where an entry has several (none in the data so far).
  const tiers = new Map<number, NonNullable<LitellmNumbers['above']>>();
  for (const field of Object.keys(entry).sort()) {
    const match = ABOVE.exec(field);
    if (!match) continue;
    const value = price(field, entry[field]);
    if (value === undefined) continue;
    const aboveTokens = Number(match[2]) * 1_000;
    const tier = tiers.get(aboveTokens) ?? { aboveTokens };
    tier[PRICE_FIELDS[match[1] as keyof typeof PRICE_FIELDS]] = value;
    tiers.set(aboveTokens, tier);
  }
  const lowest = [...tiers.keys()].sort((a, b) => a - b)[0];
  if (lowest !== undefined) numbers.above = tiers.get(lowest)!;
  return { numbers, problems };
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Reading a file with positions, so a mistake is reported at file:line:column.

/** A top-level entry of a litellm file, with where it and each of its fields start. */
export interface LocatedEntry {
  key: string;
  value: unknown;
  at: number;
  fields: ReadonlyMap<string, number>;
}

export interface LitellmFile {
  entries: LocatedEntry[];
  locate(offset: number): SourceLocation;
}

/** The deepest a litellm file nests (an entry holds lists of objects); more is not this format. */
const MAX_DEPTH = 32;

/**
 * Parses a litellm-format file strictly as JSON, remembering where each top-level entry and each
 * of its fields is written. Throws UserErrors (file:line:col) when the text is not JSON or not an
 * object of objects.
 */
export function parseLitellmFile(text: string, path: string): LitellmFile {
  const lines = new LineIndex(text);
  const locate = (offset: number): SourceLocation => lines.locate(path, offset);
  const fail = (offset: number, message: string, hint = 'The file must be JSON in litellm\'s format: `{ "model-name": { "max_input_tokens": 128000, "input_cost_per_token": 2.5e-6, ... } }`.'): never => {
    throw new UserErrors([new UserError(message, hint, locate(offset))]);
  };

  let i = 0;
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail(i, i >= text.length ? `the JSON ends where \`${c}\` was expected` : `invalid JSON: expected \`${c}\`, found \`${text[i]}\``);
    i++;
  };
  const string = (): string => {
    const start = i;
    expect('"');
    let end = i;
    while (end < text.length && text[end] !== '"') {
      if (text[end] === '\\') end++;
      else if (text.charCodeAt(end) < 0x20) fail(end, 'invalid JSON: a control character inside a string');
      end++;
    }
    if (end >= text.length) fail(start, 'invalid JSON: a string is not closed');
    i = end + 1;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail(start, 'invalid JSON: a string has an invalid escape');
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(i, `nests more than ${MAX_DEPTH} levels deep`);
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
      space();
      if (text[i] === '}') {
        i++;
        return object;
      }
      for (;;) {
        space();
        const key = string();
        space();
        expect(':');
        Object.defineProperty(object, key, { value: value(depth + 1), enumerable: true, configurable: true, writable: true });
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}');
        return object;
      }
    }
    if (c === '[') {
      i++;
      const list: unknown[] = [];
      space();
      if (text[i] === ']') {
        i++;
        return list;
      }
      for (;;) {
        list.push(value(depth + 1));
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']');
        return list;
      }
    }
    if (c === '"') return string();
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return result;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return Number(number[0]);
    }
    return fail(i, i >= text.length ? 'the JSON ends where a value was expected' : `invalid JSON: unexpected \`${c}\``);
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  space();
  if (text[i] !== '{') fail(i, 'a catalog file must be a JSON object of models (litellm\'s `model_prices_and_context_window.json` format)');
  i++;
  const entries: LocatedEntry[] = [];
  const seen = new Map<string, number>();
  space();
  if (text[i] === '}') i++;
  else {
    for (;;) {
      space();
      const at = i;
      const key = string();
      space();
      expect(':');
      space();
      const fields = new Map<string, number>();
      let entry: unknown;
      if (text[i] === '{') {
        // Read the entry's own fields here, to know where each is written.
        i++;
        const object: Record<string, unknown> = {};
        space();
        if (text[i] === '}') i++;
        else {
          for (;;) {
            space();
            const fieldAt = i;
            const field = string();
            space();
            expect(':');
            Object.defineProperty(object, field, { value: value(2), enumerable: true, configurable: true, writable: true });
            fields.set(field, fieldAt);
            space();
            if (text[i] === ',') {
              i++;
              continue;
            }
            expect('}');
            break;
          }
        }
        entry = object;
      } else {
        entry = value(1);
      }
      const first = seen.get(key);
      if (first !== undefined) fail(at, `the model ${JSON.stringify(key)} is listed twice (first at line ${locate(first).line})`, 'Keep one entry per model name.');
      seen.set(key, at);
      entries.push({ key, value: entry, at, fields });
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      expect('}');
      break;
    }
  }
  space();
  if (i < text.length) fail(i, 'invalid JSON: text after the closing `}`');
  return { entries, locate };
}

// ---------------------------------------------------------------------------------------------
// The generated catalog data (scripts/catalog.mjs writes it; nothing else does).

/** Provenance of the generator's input, as data/litellm-prices.source.json states it. */
export interface GeneratedSource {
  /** The repository and commit the input was taken from, and the file's path there. */
  repository: string;
  commit: string;
  path: string;
  /** The date of the data (ISO 8601), not of the generation. */
  asOf: string;
  note: string;
}

/** Sorted keys, two-space indent: the same text for the same value, whatever order it was built in. */
export function stableJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + stableJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    if (keys.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${stableJson((value as Record<string, unknown>)[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * The text of src/catalog/litellm.generated.ts for an input file: every entry's numbers, keys
 * sorted. Throws when the input is not a litellm file or an entry's numbers are wrong: the
 * committed input is data we vouch for, so a problem stops the generator.
 */
export function renderGenerated(inputText: string, inputPath: string, source: GeneratedSource): string {
  const file = parseLitellmFile(inputText, inputPath);
  const data: Record<string, LitellmNumbers> = {};
  for (const entry of file.entries) {
    if (entry.key === 'sample_spec') continue;
    if (typeof entry.value !== 'object' || entry.value === null || Array.isArray(entry.value)) {
      throw new Error(`${inputPath}: ${entry.key} is not an object`);
    }
    const { numbers, problems } = projectEntry(entry.value as Record<string, unknown>);
    if (problems.length > 0) throw new Error(`${inputPath}: ${entry.key}: ${problems.map((p) => p.message).join('; ')}`);
    data[entry.key] = numbers;
  }
  return [
    '// Generated by scripts/catalog.mjs (`npm run catalog`) from data/litellm-prices.json: do not edit.',
    '// Each entry is the numbers of the input entry of the same key (see src/catalog/litellm-format.ts),',
    '// prices in USD per million tokens. Hand-written facts (names, aliases, notes, tokenizers) are in',
    '// the vendor files next to this one.',
    "import type { GeneratedSource, LitellmNumbers } from './litellm-format.js';",
    '',
    `export const LITELLM_SOURCE: GeneratedSource = ${stableJson(source)};`,
    '',
    `export const LITELLM_DATA: Readonly<Record<string, LitellmNumbers>> = ${stableJson(data)};`,
    '',
  ].join('\n');
}
