/**
 * `requests:` of budgets.yml: whole requests to a model, made of fixed components plus reserves
 * for what varies per call (history, the user's input, the output). Read after the components,
 * since a request names them.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { readEntries, reportUnknownKeys, type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import { readTokenCount } from './quantity.js';
import { readRequestLimits } from './limits.js';
import { didYouMean } from '../common/suggest.js';
import { tokenizerKey, tokenizerLabel } from '../tokenize/spec.js';
import { INVALID, readTokenizers, type ModelLookup, type TokenizerChoice } from './tokenizer-setting.js';
import { DEFAULT_POLICY, HISTORY_POLICIES, USER_INPUT_POLICIES, type ComponentConfig, type RequestConfig, type RequestPolicy, type Reserve } from './types.js';
import { describeValue, type YamlSource } from './yaml-source.js';

const REQUEST_KEYS = ['model', 'components', 'reserve', 'volume', 'policy', 'limits'] as const;
const POLICY_KEYS = ['history', 'user_input'] as const;
const RESERVE_KEYS = ['history', 'user_input', 'output'] as const;

export interface RequestDefaults {
  tokenizers: TokenizerChoice[] | typeof INVALID | undefined;
  lookup: ModelLookup;
  /** The most a model writes in one reply, from the catalog and `models:`. */
  maxOutputOf: (model: string) => number | undefined;
  /** Whether the catalog or `models:` prices the model (a dollar limit needs it). */
  hasPrices: (model: string) => boolean;
}

/** The requests section; an empty list when absent. Mistakes are reported to `problems`. */
export function readRequests(
  entry: Entry | undefined,
  components: readonly ComponentConfig[],
  defaults: RequestDefaults,
  source: YamlSource,
  problems: Problems,
  readVolume: (entry: Entry, path: string) => RequestConfig['volume'] | typeof INVALID,
): RequestConfig[] {
  if (!entry || (isScalar(entry.value) && entry.value.value === null)) return [];
  if (!isMap(entry.value)) {
    problems.add(entry.value, `requests must be a mapping from request names to their settings, got ${describeValue(entry.value)}`, 'Write each request as `name:` with its `components` and `reserve` indented below it.');
    return [];
  }
  const requests: RequestConfig[] = [];
  for (const request of readEntries(entry.value, 'requests', source, problems, false).values()) {
    const resolved = readRequest(request, components, defaults, source, problems, readVolume);
    if (resolved) requests.push(resolved);
  }
  return requests;
}

function readRequest(
  entry: Entry,
  components: readonly ComponentConfig[],
  defaults: RequestDefaults,
  source: YamlSource,
  problems: Problems,
  readVolume: (entry: Entry, path: string) => RequestConfig['volume'] | typeof INVALID,
): RequestConfig | undefined {
  const path = `requests.${entry.name}`;
  const describe = `request \`${entry.name}\``;
  if (!isMap(entry.value)) {
    problems.add(entry.value, `${describe} must be a mapping (model, components, reserve, volume), got ${describeValue(entry.value)}`, `Indent its settings below \`${entry.name}:\`, e.g. \`components: [support-system]\`.`);
    return undefined;
  }
  const fields = readEntries(entry.value, describe, source, problems);
  reportUnknownKeys(fields, REQUEST_KEYS, describe, problems);

  const written = readTokenizers(new Map([...fields].filter(([key]) => key === 'model')), path, problems, defaults.lookup);
  // A request goes to one model: of defaults that list several, it takes none.
  const inherited = defaults.tokenizers === INVALID ? INVALID : defaults.tokenizers?.length === 1 ? defaults.tokenizers[0] : undefined;
  const tokenizer = written === INVALID ? INVALID : (written?.[0] ?? inherited);
  if (tokenizer === undefined || (tokenizer !== INVALID && tokenizer.model === undefined)) {
    problems.add(entry.key, `${describe} names no model`, 'Add `model:` (e.g. `model: gpt-4.1`): its context window and prices decide whether the request fits and what it costs.');
  }
  const memberNames = readMembers(fields.get('components'), entry, path, components, problems, source);
  const reserve = readReserve(fields.get('reserve'), path, source, problems);
  const volumeEntry = fields.get('volume');
  const volume = volumeEntry ? readVolume(volumeEntry, `${path}.volume`) : undefined;
  const policy = readPolicy(fields.get('policy'), path, source, problems);

  if (tokenizer === undefined || tokenizer === INVALID || tokenizer.model === undefined || !memberNames || !reserve || volume === INVALID || policy === undefined) return undefined;
  const model = tokenizer.model;
  const limits = readRequestLimits(fields.get('limits'), { path: `${path}.limits`, unpriced: defaults.hasPrices(model) ? [] : [model] }, source, problems);
  if (limits === undefined) return undefined;

  // Counts are per tokenizer: a component counted for another model's tokenizer would add up wrong.
  // A component counted for several models contributes its count for this request's model.
  let consistent = true;
  const members: string[] = [];
  for (const { name, node } of memberNames) {
    const variants = components.filter((c) => c.declaredName === name);
    const member = variants.find((c) => c.model === model) ?? variants.find((c) => tokenizerKey(c.tokenizer) === tokenizerKey(tokenizer.tokenizer));
    if (member) {
      members.push(member.name);
      continue;
    }
    const countedFor = variants.map((c) => c.model ?? tokenizerLabel(c.tokenizer)).join(', ');
    problems.add(
      node,
      `component \`${name}\` is counted for ${countedFor}, but ${describe} sends it to ${model}, which counts with ${tokenizerLabel(tokenizer.tokenizer)}`,
      `Count \`${name}\` for the model it is sent to (\`model: ${model}\`, or add it to its \`models:\` list), or leave it out of this request.`,
    );
    consistent = false;
  }
  const maxOutput = defaults.maxOutputOf(model);
  if (reserve.outputNode && maxOutput !== undefined && reserve.values.output > maxOutput) {
    problems.add(
      reserve.outputNode,
      `${path}.reserve.output (${reserve.values.output}) is more than ${model} can write in one reply (${maxOutput} tokens)`,
      `Reserve at most ${maxOutput}, the model's maximum output (or correct it under \`models:\` if your deployment allows more).`,
    );
    return undefined;
  }
  if (!consistent) return undefined;
  return {
    name: entry.name,
    model,
    tokenizer: tokenizer.tokenizer,
    components: members,
    reserve: reserve.values,
    ...(policy && { policy }),
    ...(volume !== undefined && { volume }),
    ...(limits && { limits }),
    location: source.locate(entry.key),
    ...(reserve.outputNode && { reserveOutputLocation: source.locate(reserve.outputNode) }),
  };
}

function readMembers(
  entry: Entry | undefined,
  request: Entry,
  path: string,
  components: readonly ComponentConfig[],
  problems: Problems,
  source: YamlSource,
): { name: string; node: Node }[] | undefined {
  if (!entry) {
    problems.add(request.key, `request \`${request.name}\` has no components`, 'List the fixed parts it sends, e.g. `components: [support-system, support-shots]`.');
    return undefined;
  }
  const items = isSeq(entry.value) ? entry.value.items.map((item) => source.resolve(item as Node)) : [entry.value];
  if (items.length === 0) {
    problems.add(entry.value, `${path}.components is an empty list`, 'List at least one component of this file.');
    return undefined;
  }
  const known = [...new Set(components.map((c) => c.declaredName))];
  const members: { name: string; node: Node }[] = [];
  let ok = true;
  for (const node of items) {
    const name = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    if (name === undefined || !known.includes(name)) {
      const shown = name === undefined ? describeValue(node) : `\`${name}\``;
      problems.add(node, `${path}.components: ${shown} is not a component of this file${name === undefined ? '' : didYouMean(name, known)}`, `Name components declared under \`components:\` (${known.join(', ') || 'none yet'}).`);
      ok = false;
    } else if (members.some((m) => m.name === name)) {
      problems.add(node, `${path}.components lists \`${name}\` twice`, 'List each component once: it is sent once per request.');
      ok = false;
    } else {
      members.push({ name, node });
    }
  }
  return ok ? members : undefined;
}

function readReserve(entry: Entry | undefined, path: string, source: YamlSource, problems: Problems): { values: Reserve; outputNode?: Node } | undefined {
  const values: Reserve = { history: 0, userInput: 0, output: 0 };
  if (!entry) return { values };
  if (!isMap(entry.value)) {
    problems.add(entry.value, `${path}.reserve must be a mapping of token counts, got ${describeValue(entry.value)}`, 'Write e.g. `reserve: { history: 8000, user_input: 2000, output: 4096 }`.');
    return undefined;
  }
  const fields = readEntries(entry.value, `${path}.reserve`, source, problems);
  reportUnknownKeys(fields, RESERVE_KEYS, `${path}.reserve`, problems);
  let ok = true;
  for (const key of RESERVE_KEYS) {
    const field = fields.get(key);
    if (!field) continue;
    const raw = isScalar(field.value) ? field.value.value : field.value;
    // Zero is a fair reserve (a request without history), so count from 0, unlike max_tokens.
    const parsed = raw === 0 ? { value: 0 } : readTokenCount(raw, describeValue(field.value), `reserve.${key}`);
    if ('problem' in parsed) {
      problems.add(field.value, `${path}.reserve.${key} ${parsed.problem}`, parsed.hint);
      ok = false;
      continue;
    }
    values[key === 'user_input' ? 'userInput' : key] = parsed.value;
  }
  const output = fields.get('output');
  return ok ? { values, ...(output && { outputNode: output.value }) } : undefined;
}

/**
 * `policy:`: what the run-time guard (src/guard) does with a part over its reserve. History is
 * trimmed by default (the oldest turns dropped), user input refused: null when absent (DEFAULT_POLICY).
 */
function readPolicy(entry: Entry | undefined, path: string, source: YamlSource, problems: Problems): RequestPolicy | null | undefined {
  if (!entry) return null;
  const policy: RequestPolicy = { ...DEFAULT_POLICY };
  if (!isMap(entry.value)) {
    problems.add(entry.value, `${path}.policy must be a mapping, got ${describeValue(entry.value)}`, 'Write e.g. `policy: { history: trim, user_input: refuse }`.');
    return undefined;
  }
  const fields = readEntries(entry.value, `${path}.policy`, source, problems);
  reportUnknownKeys(fields, POLICY_KEYS, `${path}.policy`, problems);
  let ok = true;
  for (const key of POLICY_KEYS) {
    const field = fields.get(key);
    if (!field) continue;
    const allowed: readonly string[] = key === 'history' ? HISTORY_POLICIES : USER_INPUT_POLICIES;
    const value = isScalar(field.value) && typeof field.value.value === 'string' ? field.value.value : undefined;
    if (value === undefined || !allowed.includes(value)) {
      const shown = value === undefined ? describeValue(field.value) : `\`${value}\``;
      problems.add(field.value, `${path}.policy.${key} must be one of ${allowed.join(', ')}, got ${shown}${value === undefined ? '' : didYouMean(value, allowed)}`, key === 'history' ? 'trim drops the oldest turns, truncate also keeps the end of the newest dropped user turn to fill the reserve, summarize asks your callback for a summary of what was dropped, refuse throws.' : 'refuse throws a typed error; truncate keeps the start of the input up to its reserve.');
      ok = false;
      continue;
    }
    if (key === 'history') policy.history = value as RequestPolicy['history'];
    else policy.userInput = value as RequestPolicy['userInput'];
  }
  return ok ? policy : undefined;
}
