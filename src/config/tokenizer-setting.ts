/**
 * `model:`, `models:`, `encoding:` and `tokenizer:` of one level (defaults or a component): which
 * tokenizers count it. A level counted for several models (`models: [gpt-4.1, claude-sonnet-4-5]`)
 * yields one choice per model, and each gets its own budget check.
 */
import { isScalar, isSeq, type Node } from 'yaml';
import { ENCODING_NAMES, isEncodingName } from '../tokenize/tiktoken/encoding-names.js';
import { countingVendorOf, findModel, modelNames } from '../tokenize/models.js';
import type { SourceLocation } from '../common/errors.js';
import { hasControl } from '../common/format.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import { globProblem } from './globs.js';
import type { Entry } from './mapping.js';
import type { UserModel } from './types.js';
import type { Problems } from './problems.js';
import { didYouMean } from '../common/suggest.js';
import { describeValue } from './yaml-source.js';

/** A tokenizer, and the model it counts for when one is named (which decides windows and prices). */
export interface TokenizerChoice {
  model?: string;
  tokenizer: TokenizerSpec;
  /**
   * The family an OpenAI model's encoding is assumed from (tiktoken names neither the model nor a
   * prefix of it); absent when published, or when budgets.yml says the encoding itself.
   */
  assumedFrom?: string;
  /** Where a tokenizer file's path is written, for errors found when the file is read. */
  location?: SourceLocation;
}

/** Marks a level whose choice was written but wrong (already reported): do not also say "missing". */
export const INVALID = 'invalid';

/** The keys this module reads; a level lists them among its known keys. */
export const TOKENIZER_KEYS = ['model', 'models', 'encoding', 'tokenizer'] as const;

export interface ModelLookup {
  /** Models declared under `models:` in budgets.yml. */
  userModels: ReadonlyMap<string, UserModel>;
  /** Models the catalog knows beyond OpenAI's and the counting APIs' (open models): their vendor. */
  catalogVendorOf?: (model: string) => string | undefined;
  /** Every model name the catalog knows, for "did you mean". */
  catalogNames?: readonly string[];
}

const ENCODING_LIST = ENCODING_NAMES.join(', ');

/**
 * The choices a level makes: undefined when it names none, INVALID when what it names is wrong.
 * `path` prefixes keys in messages ("defaults", "components.support-system").
 */
export function readTokenizers(entries: Map<string, Entry>, path: string, problems: Problems, lookup: ModelLookup): TokenizerChoice[] | typeof INVALID | undefined {
  const written = TOKENIZER_KEYS.map((key) => entries.get(key)).filter((e): e is Entry => e !== undefined);
  const clash = clashOf(written);
  if (clash) {
    const [first, later] = clash;
    const [one, other] = [first.name, later.name].sort((a, b) => TOKENIZER_KEYS.indexOf(a as never) - TOKENIZER_KEYS.indexOf(b as never));
    problems.add(later.key, `${path} sets both ${one} and ${other}`, CLASH_HINTS[[one, other].sort().join('+')] ?? CLASH_HINTS.default!);
    return INVALID;
  }
  const model = entries.get('model');
  const models = entries.get('models');
  const encoding = entries.get('encoding');
  const tokenizerPath = entries.get('tokenizer');
  if (encoding) return oneOrInvalid(readEncoding(encoding, `${path}.encoding`, problems));
  if (tokenizerPath) {
    const file = readTokenizerPath(tokenizerPath, `${path}.tokenizer`, problems);
    if (file === INVALID) return INVALID;
    const location = problems.locate(tokenizerPath.value);
    if (!model) return [{ tokenizer: { kind: 'huggingface', path: file }, location }];
    const name = readModelName(model, `${path}.model`, problems);
    return name === INVALID ? INVALID : [{ model: name, tokenizer: localTokenizer(name, file), location }];
  }
  if (model) return oneOrInvalid(readModel(model.value, `${path}.model`, problems, lookup));
  if (models) return readModelList(models, `${path}.models`, problems, lookup);
  return undefined;
}

function oneOrInvalid(choice: TokenizerChoice | typeof INVALID): TokenizerChoice[] | typeof INVALID {
  return choice === INVALID ? INVALID : [choice];
}

/** `encoding` goes alone; `model` and `models` exclude each other; `tokenizer` pairs with `model` only. */
function clashOf(written: Entry[]): [Entry, Entry] | undefined {
  const byPosition = [...written].sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0));
  for (let i = 1; i < byPosition.length; i++) {
    for (let j = 0; j < i; j++) {
      const pair = [byPosition[j]!.name, byPosition[i]!.name].sort().join('+');
      if (pair !== 'model+tokenizer') return [byPosition[j]!, byPosition[i]!];
    }
  }
  return undefined;
}

/** Keyed by the two keys in alphabetical order. */
const CLASH_HINTS: Record<string, string> = {
  'encoding+model': 'Keep one: `model` (the encoding follows from it) or `encoding` (to count with an encoding alone).',
  'model+models': 'Keep one: `model` for one model, or `models: [...]` to count for several.',
  'models+tokenizer': 'A tokenizer file counts for one model: use `model:` with it, or declare the model with its `tokenizer` under the top-level `models:` and list it here.',
  default: 'Keep one way to name the tokenizer: `model`, `models`, `encoding` or `tokenizer` (with an optional `model`).',
};


function readModelName(entry: Entry, path: string, problems: Problems): string | typeof INVALID {
  const name = isScalar(entry.value) && typeof entry.value.value === 'string' ? entry.value.value : undefined;
  if (name && name.trim() !== '' && !hasControl(name)) return name;
  problems.add(entry.value, `${path} must be a model name such as gpt-4.1, got ${describeValue(entry.value)}`, 'Write the model name as text, e.g. `model: gpt-4.1`.');
  return INVALID;
}

/**
 * A tokenizer.json named for `model`. For a Gemini model (Google's SDK counts Gemini 2.5 and 3
 * offline with the Gemma 3 tokenizer) it counts when no Gemini key is given, and is labelled as
 * that local tokenizer's count; with a key, Gemini's countTokens API counts.
 */
function localTokenizer(model: string, path: string): TokenizerSpec {
  return countingVendorOf(model) === 'gemini' ? { kind: 'huggingface', path, gemini: model } : { kind: 'huggingface', path };
}

/** The tokenizer that counts for a model name; undefined when prompt-budget does not know the model. */
export function tokenizerOfModel(name: string, lookup: ModelLookup): TokenizerSpec | undefined {
  const user = lookup.userModels.get(name);
  if (user?.tokenizer) return localTokenizer(name, user.tokenizer);
  const encoding = user?.encoding ?? findModel(name)?.encoding;
  if (encoding) return { kind: 'encoding', encoding };
  const vendor = countingVendorOf(name);
  if (vendor) return { kind: 'vendor', vendor, model: name };
  const catalogVendor = lookup.catalogVendorOf?.(name);
  return catalogVendor ? { kind: 'estimate', vendor: catalogVendor } : undefined;
}

function readModel(node: Node, path: string, problems: Problems, lookup: ModelLookup): TokenizerChoice | typeof INVALID {
  const name = isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' && !hasControl(node.value) ? node.value : undefined;
  if (!name) {
    problems.add(node, `${path} must be a model name such as gpt-4.1, got ${describeValue(node)}`, 'Write the model name as text, e.g. `model: gpt-4.1`.');
    return INVALID;
  }
  const tokenizer = tokenizerOfModel(name, lookup);
  if (!tokenizer) {
    problems.add(
      node,
      `${path}: unknown model ${JSON.stringify(name)}${didYouMean(name, [...new Set([...lookup.userModels.keys(), ...modelNames(), ...(lookup.catalogNames ?? [])])], 3, (m) => m)}`,
      `Name a model prompt-budget knows (e.g. gpt-4.1, claude-sonnet-4-5, gemini-2.5-pro), declare it under \`models:\` with its encoding or tokenizer file, or count with an encoding instead: \`encoding: o200k_base\` (one of ${ENCODING_LIST}).`,
    );
    return INVALID;
  }
  const user = lookup.userModels.get(name);
  const location = user?.tokenizerLocation;
  const assumedFrom = tokenizer.kind === 'encoding' && !user?.encodingDeclared ? findModel(name)?.assumedFrom : undefined;
  return { model: name, tokenizer, ...(location && { location }), ...(assumedFrom !== undefined && { assumedFrom }) };
}

function readModelList(entry: Entry, path: string, problems: Problems, lookup: ModelLookup): TokenizerChoice[] | typeof INVALID {
  if (!isSeq(entry.value) || entry.value.items.length === 0) {
    problems.add(entry.value, `${path} must be a list of model names, got ${describeValue(entry.value)}`, 'Write e.g. `models: [gpt-4.1, claude-sonnet-4-5]`; for one model, use `model:`.');
    return INVALID;
  }
  const choices: TokenizerChoice[] = [];
  let ok = true;
  for (const item of entry.value.items as Node[]) {
    const choice = readModel(item, path, problems, lookup);
    if (choice === INVALID) {
      ok = false;
    } else if (choices.some((c) => c.model === choice.model)) {
      problems.add(item, `${path} lists ${JSON.stringify(choice.model)} twice`, 'List each model once.');
      ok = false;
    } else {
      choices.push(choice);
    }
  }
  return ok ? choices : INVALID;
}

function readEncoding(entry: Entry, path: string, problems: Problems): TokenizerChoice | typeof INVALID {
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  const name = typeof value === 'string' ? value : undefined;
  if (name !== undefined && isEncodingName(name)) return { tokenizer: { kind: 'encoding', encoding: name } };
  const shown = name === undefined ? describeValue(entry.value) : JSON.stringify(name);
  problems.add(
    entry.value,
    `${path}: unknown encoding ${shown} (the encodings are ${ENCODING_LIST})${name === undefined ? '' : didYouMean(name, ENCODING_NAMES, 1, (e) => e)}`,
    `Set \`encoding:\` to one of ${ENCODING_LIST}, or name a model with \`model:\` instead.`,
  );
  return INVALID;
}

/** `tokenizer: models/llama-3/tokenizer.json`: a repository-relative path, like a glob without wildcards. */
export function readTokenizerPath(entry: Entry, path: string, problems: Problems): string | typeof INVALID {
  const value = isScalar(entry.value) && typeof entry.value.value === 'string' ? entry.value.value : undefined;
  const example = 'models/llama-3.3/tokenizer.json';
  if (value === undefined || value.trim() === '') {
    problems.add(entry.value, `${path} must be the path of a tokenizer.json file, got ${describeValue(entry.value)}`, `Commit the model's tokenizer.json (Hugging Face format) and write its path from the repository root, e.g. \`tokenizer: ${example}\`.`);
    return INVALID;
  }
  const problem = value.startsWith('!') ? { problem: 'starts with `!`', hint: `Write the file's path, e.g. \`${example}\`.` } : globProblem(value);
  if (problem || /[*?[\]{}]/.test(value)) {
    const { problem: what, hint } = problem ?? { problem: 'is a glob', hint: `Name one file, e.g. \`${example}\`.` };
    problems.add(entry.value, `${path} ${JSON.stringify(value)} ${what}`, hint);
    return INVALID;
  }
  return value;
}
