/**
 * `limits:` of budgets.yml (issue 17): what calls may spend at run time, per user (by tier), per
 * request and over every request, as tokens or US dollars per minute, hour, day or month; alert
 * thresholds; a per-request kill switch; and how the shared store is used (timeout, failure
 * policy). The run time (src/limits) enforces them; the gate only validates them.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { readEntries, reportUnknownKeys, type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import { parseTokens, type Parsed } from './quantity.js';
import { didYouMean } from '../common/suggest.js';
import { DEFAULT_STORE_POLICY, type Allowance, type GlobalLimits, type LimitRule, type LimitSet, type Period, type RequestLimits, type StoreFailure } from './types.js';
import { describeValue, type YamlSource } from './yaml-source.js';

const REQUEST_LIMIT_KEYS = ['per_user', 'total', 'alert', 'kill_switch'] as const;
const GLOBAL_LIMIT_KEYS = ['per_user', 'total', 'alert', 'store'] as const;
const STORE_KEYS = ['timeout', 'on_failure'] as const;
const PERIODS: readonly Period[] = ['minute', 'hour', 'day', 'month'];
/** Alerts are about a bill running away within the day: a minute is noise, a month too late. */
const ALERT_PERIODS: readonly Period[] = ['hour', 'day'];
const FAILURE_POLICIES: readonly StoreFailure[] = ['open', 'closed'];
/** A store slower than this is down for every caller waiting on it. */
const MAX_TIMEOUT_MS = 60_000;

/**
 * `N/period` (tokens: `10k/day`, `1.5M/month`, `500_000/minute`) or `$N/period` (US dollars, to
 * the micro-dollar: `$50/day`, `$0.25/hour`). budgets.schema.json repeats this syntax
 * (definitions.allowance).
 */
const ALLOWANCE_SYNTAX = /^ *(\$?) *([^/]*?) *\/ *([a-z]+) *$/;
const DOLLARS_SYNTAX = /^(\d+(?:_\d+)*)(?:\.(\d{1,6}))?$/;
const EXAMPLES = '`10k/day` for tokens or `$50/day` for US dollars (periods: minute, hour, day, month)';

export function parseAllowance(text: string): Parsed<Allowance> {
  const match = ALLOWANCE_SYNTAX.exec(text);
  const written = text.trim();
  if (!match) return { problem: `must be an amount per period, got ${JSON.stringify(written)}`, hint: `Write ${EXAMPLES}.` };
  const [, dollar = '', amount = '', period = ''] = match;
  if (!(PERIODS as readonly string[]).includes(period)) {
    return { problem: `has an unknown period \`${period}\`${didYouMean(period, PERIODS)}`, hint: `Write the period as one of ${PERIODS.join(', ')}, e.g. \`${dollar}${amount}/day\`.` };
  }
  if (dollar === '$') {
    const money = DOLLARS_SYNTAX.exec(amount);
    if (!money) return { problem: `must be US dollars per period, got ${JSON.stringify(written)}`, hint: 'Write dollars with at most six decimals, e.g. `$50/day` or `$0.25/hour`.' };
    const micros = BigInt(money[1]!.replaceAll('_', '')) * 1_000_000n + BigInt((money[2] ?? '').padEnd(6, '0'));
    if (micros === 0n) return { problem: `must be more than $0, got ${written}`, hint: 'To turn a request off, use `kill_switch: true` and the store; to allow nothing, remove the request.' };
    if (micros > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: `is too large, got ${written}`, hint: 'Write at most $9,000,000,000 per period.' };
    return { value: { unit: 'microdollars', amount: Number(micros), period: period as Period, written } };
  }
  // Plain digits are a count here too (parseTokens leaves them to YAML's numbers).
  const tokens = /^\d+$/.test(amount) ? (Number(amount) > 0 && Number.isSafeInteger(Number(amount)) ? { value: Number(amount) } : { problem: `must be at least 1 token and a safe whole number, got ${amount}` }) : parseTokens(amount, 'limit');
  if (tokens === undefined) return { problem: `must be tokens or dollars per period, got ${JSON.stringify(written)}`, hint: `Write ${EXAMPLES}.` };
  if ('problem' in tokens) return { problem: `${tokens.problem} per ${period}`, hint: `Write ${EXAMPLES}.` };
  return { value: { unit: 'tokens', amount: tokens.value, period: period as Period, written } };
}

/** `250ms`, `2s`, or a number of milliseconds. */
export function parseTimeout(value: unknown): Parsed<number> {
  const match = typeof value === 'string' ? /^ *(\d+(?:\.\d+)?) *(ms|s) *$/.exec(value) : undefined;
  const ms = typeof value === 'number' ? value : match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN;
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_TIMEOUT_MS || !Number.isInteger(ms)) {
    return { problem: `must be a whole number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS / 1000}s, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`, hint: 'Write e.g. `timeout: 250ms` or `timeout: 1s`: a store slower than that is treated as down (see on_failure).' };
  }
  return { value: ms };
}

/** What a money limit needs: the models of the calls it charges, and whether the catalog prices them. */
export interface LimitScope {
  /** `requests.support-chat.limits` or `limits`. */
  path: string;
  /** Models without a price among the calls the limits charge. */
  unpriced: readonly string[];
}

export function readRequestLimits(entry: Entry | undefined, scope: LimitScope, source: YamlSource, problems: Problems): RequestLimits | undefined | null {
  const fields = limitFields(entry, scope.path, REQUEST_LIMIT_KEYS, source, problems);
  if (fields === undefined) return null;
  if (fields === null) return undefined;
  const set = readSet(fields, scope, source, problems);
  const kill = fields.get('kill_switch');
  let killSwitch = false;
  if (kill) {
    if (isScalar(kill.value) && typeof kill.value.value === 'boolean') killSwitch = kill.value.value;
    else {
      problems.add(kill.value, `${scope.path}.kill_switch must be true or false, got ${describeValue(kill.value)}`, 'Write `kill_switch: true` to let the store turn this request off without a deploy.');
      return undefined;
    }
  }
  return set && { ...set, killSwitch };
}

export function readGlobalLimits(entry: Entry | undefined, scope: LimitScope, source: YamlSource, problems: Problems): GlobalLimits | undefined | null {
  const fields = limitFields(entry, scope.path, GLOBAL_LIMIT_KEYS, source, problems);
  if (fields === undefined) return null;
  if (fields === null) return undefined;
  const set = readSet(fields, scope, source, problems);
  const store = readStore(fields.get('store'), source, problems);
  return set && store && { ...set, store };
}

/** The mapping's fields; undefined when `limits:` is absent or empty, null when it is not a mapping. */
function limitFields(entry: Entry | undefined, path: string, keys: readonly string[], source: YamlSource, problems: Problems): Map<string, Entry> | undefined | null {
  if (!entry || (isScalar(entry.value) && entry.value.value === null)) return undefined;
  if (!isMap(entry.value)) {
    problems.add(entry.value, `${path} must be a mapping (${keys.join(', ')}), got ${describeValue(entry.value)}`, 'Write e.g. `limits: { per_user: 10k/day, total: $50/day }`.');
    return null;
  }
  const fields = readEntries(entry.value, path, source, problems);
  reportUnknownKeys(fields, keys, path, problems);
  return fields;
}

function readSet(fields: Map<string, Entry>, scope: LimitScope, source: YamlSource, problems: Problems): LimitSet | undefined {
  let ok = true;
  const rules = (key: string, periods: readonly Period[] = PERIODS, entry = fields.get(key), name = `${scope.path}.${key}`): LimitRule[] => {
    if (!entry) return [];
    const read = readRules(entry.value, name, periods, scope, source, problems);
    if (!read) ok = false;
    return read ?? [];
  };
  const perUser: LimitSet['perUser'] = [];
  const perUserEntry = fields.get('per_user');
  if (perUserEntry && isMap(perUserEntry.value)) {
    // Tiers are the application's names (free, pro): each maps to its own allowances.
    for (const tier of readEntries(perUserEntry.value, `${scope.path}.per_user`, source, problems).values()) {
      for (const rule of rules(tier.name, PERIODS, tier, `${scope.path}.per_user.${tier.name}`)) perUser.push({ tier: tier.name, rule });
    }
  } else {
    for (const rule of rules('per_user')) perUser.push({ rule });
  }
  const total = rules('total');
  const alert = rules('alert', ALERT_PERIODS);
  return ok ? { perUser, total, alert } : undefined;
}

/** One allowance or a list of them (`[$50/day, 200k/hour]`): each is enforced. */
function readRules(value: Node, name: string, periods: readonly Period[], scope: LimitScope, source: YamlSource, problems: Problems): LimitRule[] | undefined {
  const items = isSeq(value) ? value.items.map((item) => source.resolve(item as Node)) : [value];
  const rules: LimitRule[] = [];
  let ok = true;
  for (const [i, node] of items.entries()) {
    const ruleName = items.length > 1 ? `${name}[${i}]` : name;
    const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    const parsed = text === undefined ? { problem: `must be an amount per period, got ${describeValue(node)}`, hint: `Write ${EXAMPLES}.` } : parseAllowance(text);
    if ('problem' in parsed) {
      problems.add(node, `${ruleName} ${parsed.problem}`, parsed.hint);
      ok = false;
      continue;
    }
    const allowance = parsed.value;
    if (!periods.includes(allowance.period)) {
      problems.add(node, `${ruleName} is per ${allowance.period}; an alert is per ${periods.join(' or ')}`, `Write e.g. \`${allowance.unit === 'tokens' ? '' : '$'}…/hour\`: an hour or a day is when a runaway bill is still worth a page.`);
      ok = false;
      continue;
    }
    if (allowance.unit === 'microdollars' && scope.unpriced.length > 0) {
      problems.add(node, `${ruleName} is in dollars, but ${scope.unpriced.map((m) => `\`${m}\``).join(', ')} ${scope.unpriced.length === 1 ? 'has' : 'have'} no price`, 'Give the model its prices under `models:` (e.g. `prices: { input: 2, output: 8 }`, USD per million tokens), or limit tokens instead (`10k/day`).');
      ok = false;
      continue;
    }
    rules.push({ name: ruleName, allowance, location: source.locate(node) });
  }
  return ok ? rules : undefined;
}

function readStore(entry: Entry | undefined, source: YamlSource, problems: Problems): GlobalLimits['store'] | undefined {
  if (!entry) return { ...DEFAULT_STORE_POLICY };
  if (!isMap(entry.value)) {
    problems.add(entry.value, `limits.store must be a mapping (timeout, on_failure), got ${describeValue(entry.value)}`, 'Write e.g. `store: { timeout: 250ms, on_failure: open }`.');
    return undefined;
  }
  const fields = readEntries(entry.value, 'limits.store', source, problems);
  reportUnknownKeys(fields, STORE_KEYS, 'limits.store', problems);
  const store = { ...DEFAULT_STORE_POLICY };
  let ok = true;
  const timeout = fields.get('timeout');
  if (timeout) {
    const parsed = parseTimeout(isScalar(timeout.value) ? timeout.value.value : describeValue(timeout.value));
    if ('problem' in parsed) {
      problems.add(timeout.value, `limits.store.timeout ${parsed.problem}`, parsed.hint);
      ok = false;
    } else store.timeoutMs = parsed.value;
  }
  const failure = fields.get('on_failure');
  if (failure) {
    const value = isScalar(failure.value) && typeof failure.value.value === 'string' ? failure.value.value : undefined;
    if (value === undefined || !(FAILURE_POLICIES as readonly string[]).includes(value)) {
      problems.add(failure.value, `limits.store.on_failure must be open or closed, got ${value === undefined ? describeValue(failure.value) : `\`${value}\``}`, 'open admits calls (with a warning) while the store is down or slow; closed refuses them with a LimitStoreError.');
      ok = false;
    } else store.onFailure = value as StoreFailure;
  }
  return ok ? store : undefined;
}
