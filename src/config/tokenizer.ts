/** `model:` / `encoding:` of one level (defaults or a component): which tokenizer counts. */
import { isScalar } from 'yaml';
import { ENCODING_NAMES, isEncodingName, type EncodingName } from '../tokenize/encodings.js';
import { findModel, modelNames } from '../tokenize/models.js';
import type { Entry } from './mapping.js';
import type { UserModel } from './models.js';
import type { Problems } from './problems.js';
import { didYouMean } from './suggest.js';
import { describeValue } from './yaml-source.js';

/** A tokenizer named by a model (its encoding follows) or by an encoding alone. */
export type TokenizerChoice = { model: string; encoding: EncodingName } | { model?: undefined; encoding: EncodingName };

/** Marks a level whose choice was written but wrong (already reported): do not also say "missing". */
export const INVALID = 'invalid';

const ENCODING_LIST = ENCODING_NAMES.join(', ');

/**
 * The choice a level makes: undefined when it names neither, INVALID when what it names is
 * wrong. `path` prefixes keys in messages ("defaults", "components.support-system").
 */
export function readTokenizer(
  entries: Map<string, Entry>,
  path: string,
  problems: Problems,
  userModels: ReadonlyMap<string, UserModel> = new Map(),
): TokenizerChoice | typeof INVALID | undefined {
  const model = entries.get('model');
  const encoding = entries.get('encoding');
  if (model && encoding) {
    const later = (model.key.range?.[0] ?? 0) > (encoding.key.range?.[0] ?? 0) ? model : encoding;
    problems.add(
      later.key,
      `${path} sets both model and encoding`,
      'Keep one: `model` (the encoding follows from it) or `encoding` (to count with an encoding alone).',
    );
    return INVALID;
  }
  if (model) return readModel(model, `${path}.model`, problems, userModels);
  if (encoding) return readEncoding(encoding, `${path}.encoding`, problems);
  return undefined;
}

function readModel(entry: Entry, path: string, problems: Problems, userModels: ReadonlyMap<string, UserModel>): TokenizerChoice | typeof INVALID {
  const name = isScalar(entry.value) && typeof entry.value.value === 'string' ? entry.value.value : undefined;
  if (!name) {
    problems.add(entry.value, `${path} must be a model name such as gpt-4.1, got ${describeValue(entry.value)}`, 'Write the model name as text, e.g. `model: gpt-4.1`.');
    return INVALID;
  }
  const encoding = userModels.get(name)?.encoding ?? findModel(name)?.encoding;
  if (!encoding) {
    problems.add(
      entry.value,
      `${path}: unknown model ${JSON.stringify(name)}${didYouMean(name, [...userModels.keys(), ...modelNames()], 3, (m) => m)}`,
      `Name a model prompt-budget knows (e.g. gpt-4.1), declare it under \`models:\` with its encoding, or count with an encoding instead: \`encoding: o200k_base\` (one of ${ENCODING_LIST}).`,
    );
    return INVALID;
  }
  return { model: name, encoding };
}

function readEncoding(entry: Entry, path: string, problems: Problems): TokenizerChoice | typeof INVALID {
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  const name = typeof value === 'string' ? value : undefined;
  if (name !== undefined && isEncodingName(name)) return { encoding: name };
  const shown = name === undefined ? describeValue(entry.value) : JSON.stringify(name);
  problems.add(
    entry.value,
    `${path}: unknown encoding ${shown} (the encodings are ${ENCODING_LIST})${name === undefined ? '' : didYouMean(name, ENCODING_NAMES, 1, (e) => e)}`,
    `Set \`encoding:\` to one of ${ENCODING_LIST}, or name a model with \`model:\` instead.`,
  );
  return INVALID;
}
