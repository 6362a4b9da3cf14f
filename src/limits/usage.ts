/**
 * Usage records after the call (issue 17, items 5 and 6): handed to the application's callback
 * and a metrics sink, written as JSON lines, and read back to compare real traffic with the
 * reserves in budgets.yml. Pure: the callers read and write the files.
 *
 * Percentiles are nearest-rank (see Percentiles): always a value that was observed, no
 * interpolation, so "p99 of 11,400" names a call that happened. A reserve is flagged when real
 * traffic exceeds it (p99 above it: more than 1% of calls did not fit) or never approaches it
 * (the largest call below a quarter of it).
 */
import type { Percentiles, RequestUsage, ReserveFlag, ReserveName, UsageAnalysis } from '../budget/usage-report.js';
import type { RequestConfig } from '../config/types.js';
import type { UsageRecord } from './types.js';

/** A reserve whose largest call stays below this share of it is flagged `unused`. */
export const UNUSED_SHARE = 0.25;

/** Where records go besides the callback: `otelMetrics(meter)` from the library is one. */
export interface UsageSink {
  record(record: UsageRecord): void;
}

/**
 * One `onUsage` for the guard that hands each record to the application's callback and to a
 * sink. A throwing consumer does not stop the other, nor the call it records: its error is
 * passed to `onError` (by default, rethrown after both ran).
 */
export function usageRecorder(options: { onRecord?: (record: UsageRecord) => void; meter?: UsageSink; onError?: (error: unknown) => void }): (record: UsageRecord) => void {
  const consumers = [options.onRecord, options.meter && ((record: UsageRecord) => options.meter!.record(record))].filter((c) => c !== undefined);
  return (record) => {
    const errors: unknown[] = [];
    for (const consume of consumers) {
      try {
        consume(record);
      } catch (error) {
        errors.push(error);
      }
    }
    for (const error of errors) {
      if (options.onError) options.onError(error);
      else throw error;
    }
  };
}

/** One record as one line of JSON, newline included: append it to a file or a log stream. */
export function toJsonLine(record: UsageRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** A line that is not a usage record: where it is and what is wrong, quoting no more than its field names. */
export interface UsageProblem {
  file: string;
  line: number;
  message: string;
}

/** A usage file is read up to this many bytes (about 150,000 records of ~400 bytes): split larger logs. */
export const MAX_USAGE_BYTES = 64 * 1024 * 1024;

/** Records are at most this long; a longer line is reported, not parsed. */
const MAX_RECORD_CHARS = 64 * 1024;

/**
 * The records of a JSON-lines file. Blank lines are skipped; a line that is not a record is a
 * problem at file:line and the rest are still read, so one torn write does not hide a day.
 */
export function parseUsageLines(text: string, path: string): { records: UsageRecord[]; problems: UsageProblem[] } {
  const records: UsageRecord[] = [];
  const problems: UsageProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const problem = (message: string) => problems.push({ file: path, line: index + 1, message });
    if (line.length > MAX_RECORD_CHARS) return problem(`a line of ${line.length.toLocaleString('en-US')} characters is longer than a usage record can be (${MAX_RECORD_CHARS.toLocaleString('en-US')})`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return problem('not JSON: each line must be one usage record as a JSON object');
    }
    const wrong = recordProblem(value);
    if (wrong) return problem(wrong);
    records.push(value as UsageRecord);
  });
  return { records, problems };
}

type Check = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const count: Check = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const integer: Check = (value) => typeof value === 'number' && Number.isSafeInteger(value);
const text: Check = (value) => typeof value === 'string' && value !== '';
const finite: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const flag: Check = (value) => typeof value === 'boolean';
const names: Check = (value) => Array.isArray(value) && value.every((name) => typeof name === 'string');

/** Required and optional fields of UsageRecord and its parts, with what each must be. */
const SHAPE: Record<string, [Check, string, boolean]> = {
  time: [(v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)), 'a time (ISO 8601 text)', true],
  request: [text, 'a request name', true],
  model: [text, 'a model name', true],
  user: [(v) => typeof v === 'string', 'text', false],
  tier: [(v) => typeof v === 'string', 'text', false],
  maxOutput: [count, 'a whole number of tokens', false],
  countDelta: [integer, 'a whole number of tokens', false],
  cost: [finite, 'a number of dollars', false],
  limitsHit: [names, 'a list of limit names', true],
};
const PARTS: Record<string, { required: boolean; fields: Record<string, [Check, string, boolean]> }> = {
  counted: {
    required: true,
    fields: { fixed: [count, 'tokens', true], history: [count, 'tokens', true], userInput: [count, 'tokens', true], total: [count, 'tokens', true], exact: [flag, 'true or false', true] },
  },
  usage: { required: false, fields: { input: [count, 'tokens', true], output: [count, 'tokens', true], cachedInput: [count, 'tokens', false] } },
  trimmed: {
    required: true,
    fields: { messages: [count, 'a number of messages', true], tokens: [count, 'tokens', true], truncated: [flag, 'true or false', true], summarized: [flag, 'true or false', true] },
  },
};

/** Why `value` is not a UsageRecord (the first reason), or undefined when it is one. */
function recordProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not a usage record: a line must be a JSON object';
  const field = (where: string, object: Record<string, unknown>, key: string, [check, what, required]: [Check, string, boolean]) => {
    const present = Object.hasOwn(object, key) && object[key] !== undefined;
    if (!present) return required ? `${where}${key} is missing` : undefined;
    return check(object[key]) ? undefined : `${where}${key} must be ${what}`;
  };
  for (const [key, rule] of Object.entries(SHAPE)) {
    const wrong = field('', value, key, rule);
    if (wrong) return wrong;
  }
  for (const [part, { required, fields }] of Object.entries(PARTS)) {
    const object = value[part];
    if (object === undefined) {
      if (required) return `${part} is missing`;
      continue;
    }
    if (!isObject(object)) return `${part} must be an object`;
    for (const [key, rule] of Object.entries(fields)) {
      const wrong = field(`${part}.`, object, key, rule);
      if (wrong) return wrong;
    }
  }
  return undefined;
}

/** Nearest-rank: the ⌈p/100 × n⌉-th smallest of `sorted` (ascending, not empty). */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

function percentiles(values: number[]): Percentiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: nearestRank(sorted, 50), p95: nearestRank(sorted, 95), p99: nearestRank(sorted, 99), max: sorted[sorted.length - 1]! };
}

/**
 * The history the application offered: what the guard kept plus the turns it dropped. The kept
 * part alone never exceeds `reserve.history` (the guard trims to it), so it could never say the
 * reserve is too small.
 */
function historyOffered(record: UsageRecord): number {
  return record.counted.history + record.trimmed.tokens;
}

/** The count delta a record carries, or the one its reported usage gives. */
export function deltaOf(record: UsageRecord): number | undefined {
  return record.countDelta ?? (record.usage ? record.usage.input - record.counted.total : undefined);
}

/**
 * Per request (in order of first appearance), the percentiles of the history offered (kept plus
 * dropped) and the user input the guard counted, the output the API reported and the count delta, each compared with the
 * request's reserves in `requests` (budgets.yml's).
 */
export function analyzeUsage(records: readonly UsageRecord[], requests: readonly Pick<RequestConfig, 'name' | 'reserve'>[], files: string[] = []): UsageAnalysis {
  const byRequest = new Map<string, UsageRecord[]>();
  for (const record of records) {
    const list = byRequest.get(record.request) ?? [];
    list.push(record);
    byRequest.set(record.request, list);
  }
  const declared = new Map(requests.map((request) => [request.name, request.reserve]));
  const analysed = [...byRequest].map(([name, calls]): RequestUsage => {
    const found = declared.get(name);
    const reserve = found ? { history: found.history, user_input: found.userInput, output: found.output } : null;
    const usage: Omit<RequestUsage, 'flags'> = {
      request: name,
      calls: calls.length,
      models: [...new Set(calls.map((call) => call.model))],
      history: percentiles(calls.map(historyOffered))!,
      userInput: percentiles(calls.map((call) => call.counted.userInput))!,
      output: percentiles(calls.flatMap((call) => (call.usage ? [call.usage.output] : []))),
      countDelta: percentiles(calls.flatMap((call) => deltaOf(call) ?? [])),
      reserve,
    };
    return { ...usage, flags: reserve ? reserveFlags(usage, reserve) : [] };
  });
  return { files, records: records.length, unusedShare: UNUSED_SHARE, requests: analysed };
}

/**
 * A reserve of 0 is not flagged unused (nothing is held), and `output: 0` not at all: it means
 * the model's maximum, which is not a number of budgets.yml's to compare.
 */
function reserveFlags(usage: Omit<RequestUsage, 'flags'>, reserve: Record<ReserveName, number>): ReserveFlag[] {
  const observed: [ReserveName, Percentiles | null][] = [
    ['history', usage.history],
    ['user_input', usage.userInput],
    ['output', usage.output],
  ];
  const flags: ReserveFlag[] = [];
  for (const [name, seen] of observed) {
    const limit = reserve[name];
    if (!seen || (name === 'output' && limit === 0)) continue;
    if (seen.p99 > limit) flags.push({ request: usage.request, reserve: name, limit, kind: 'exceeded', observed: seen.p99 });
    else if (limit > 0 && seen.max < limit * UNUSED_SHARE) flags.push({ request: usage.request, reserve: name, limit, kind: 'unused', observed: seen.max });
  }
  return flags;
}
