/** Issue 17: `limits:` in budgets.yml, read with every mistake at its line and column. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError, UserErrors } from '../../../src/common/errors.js';
import { parseAllowance, parseTimeout } from '../../../src/config/limits.js';
import { parseConfig } from '../../../src/config/load.js';

const lines = (...text: string[]) => text.join('\n') + '\n';
/** A request `chat` for `model` with `limits` lines from line 9, then top-level lines. */
const file = (model: string, limits: string[], top: string[] = []) =>
  lines('version: 1', 'components:', '  c: { files: a.md, max_tokens: 100, model: ' + model + ' }', 'requests:', '  chat:', `    model: ${model}`, '    components: [c]', '    limits:', ...limits.map((l) => `      ${l}`), ...top);

function errorsOf(text: string): readonly UserError[] {
  try {
    parseConfig(text, 'budgets.yml');
  } catch (error) {
    if (error instanceof UserErrors) return error.errors;
    if (error instanceof UserError) return [error];
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('allowances', () => {
  it('reads tokens and dollars per period', () => {
    expect(parseAllowance('10k/day')).toEqual({ value: { unit: 'tokens', amount: 10_000, period: 'day', written: '10k/day' } });
    expect(parseAllowance('1.5M / month')).toMatchObject({ value: { unit: 'tokens', amount: 1_500_000, period: 'month' } });
    expect(parseAllowance('$50/day')).toMatchObject({ value: { unit: 'microdollars', amount: 50_000_000, period: 'day' } });
    expect(parseAllowance('$0.000001/hour')).toMatchObject({ value: { unit: 'microdollars', amount: 1, period: 'hour' } });
  });

  it('says what is wrong with the others', () => {
    expect(parseAllowance('10k/week')).toMatchObject({ problem: 'has an unknown period `week`' });
    expect(parseAllowance('10k')).toMatchObject({ problem: 'must be an amount per period, got "10k"' });
    expect(parseAllowance('$0/day')).toMatchObject({ problem: 'must be more than $0, got $0/day' });
    expect(parseAllowance('$1.0000001/day')).toMatchObject({ problem: 'must be US dollars per period, got "$1.0000001/day"' });
    expect(parseAllowance('0/day')).toMatchObject({ problem: 'must be at least 1 token and a safe whole number, got 0 per day' });
  });

  it('reads timeouts in ms or s', () => {
    expect(parseTimeout('250ms')).toEqual({ value: 250 });
    expect(parseTimeout('2s')).toEqual({ value: 2000 });
    expect(parseTimeout('0ms')).toHaveProperty('problem');
    expect(parseTimeout('2m')).toHaveProperty('problem');
  });
});

describe('limits in budgets.yml', () => {
  it('reads per-user tiers, totals, alerts and the kill switch next to the request, and global ones', () => {
    const config = parseConfig(
      file('gpt-4.1', ['per_user: { free: 10k/day, pro: [100k/day, $5/day] }', 'total: [$50/day, 200k/hour]', 'alert: $20/hour', 'kill_switch: true'], ['limits:', '  total: 500k/minute', '  alert: $100/hour', '  store: { timeout: 100ms, on_failure: closed }']),
      'budgets.yml',
    );
    const limits = config.requests[0]!.limits!;
    expect(limits.perUser.map((p) => [p.tier, p.rule.name, p.rule.allowance.written])).toEqual([
      ['free', 'requests.chat.limits.per_user.free', '10k/day'],
      ['pro', 'requests.chat.limits.per_user.pro[0]', '100k/day'],
      ['pro', 'requests.chat.limits.per_user.pro[1]', '$5/day'],
    ]);
    expect(limits.total.map((r) => r.allowance)).toEqual([
      { unit: 'microdollars', amount: 50_000_000, period: 'day', written: '$50/day' },
      { unit: 'tokens', amount: 200_000, period: 'hour', written: '200k/hour' },
    ]);
    expect(limits.alert[0]!.location).toEqual({ file: 'budgets.yml', line: 11, column: 14 });
    expect(limits.killSwitch).toBe(true);
    expect(config.limits).toMatchObject({ total: [{ name: 'limits.total', allowance: { amount: 500_000, period: 'minute' } }], store: { timeoutMs: 100, onFailure: 'closed' } });
  });

  it('reads one allowance for every user, and defaults the store policy', () => {
    const config = parseConfig(file('gpt-4.1', ['per_user: 10k/day'], ['limits:', '  per_user: 1M/month']), 'budgets.yml');
    expect(config.requests[0]!.limits).toMatchObject({ perUser: [{ rule: { name: 'requests.chat.limits.per_user' } }], killSwitch: false });
    expect(config.limits).toMatchObject({ perUser: [{ rule: { name: 'limits.per_user' } }], store: { timeoutMs: 250, onFailure: 'open' } });
  });

  it('reports each mistake at its line and column, with what to do', () => {
    const errors = errorsOf(file('gpt-4.1', ['per_user: { free: 10k/week }', 'totl: 5k/day', 'alert: $1/minute', 'kill_switch: yes please'], ['limits:', '  store: { timeout: forever, on_failure: maybe }']));
    expect(errors.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([
      [9, 25, 'requests.chat.limits.per_user.free has an unknown period `week`'],
      [10, 7, 'Unknown key `totl` in requests.chat.limits; did you mean `total`?'],
      [11, 14, 'requests.chat.limits.alert is per minute; an alert is per hour or day'],
      [12, 20, 'requests.chat.limits.kill_switch must be true or false, got the text "yes please"'],
      [14, 21, 'limits.store.timeout must be a whole number of milliseconds above 0 and at most 60s, got "forever"'],
      [14, 42, 'limits.store.on_failure must be open or closed, got `maybe`'],
    ]);
    expect(errors[0]!.hint).toMatch(/minute, hour, day, month/);
  });

  it('refuses a dollar limit on a model without prices', () => {
    const unpriced = lines('version: 1', 'models:', '  acme-1: { encoding: o200k_base, context_window: 8000 }', 'components:', '  c: { files: a.md, max_tokens: 100, model: acme-1 }', 'requests:', '  chat:', '    model: acme-1', '    components: [c]', '    limits: { total: $5/day }', 'limits:', '  total: [1M/day, $100/day]');
    const errors = errorsOf(unpriced);
    expect(errors.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([
      [10, 22, 'requests.chat.limits.total is in dollars, but `acme-1` has no price'],
    ]);
    expect(errors[0]!.hint).toMatch(/prices: \{ input/);
    const global = errorsOf(unpriced.replace('total: $5/day', 'total: 5k/day'));
    expect(global.map((e) => [e.location?.line, e.location?.column, e.message])).toEqual([[12, 19, 'limits.total[1] is in dollars, but `acme-1` has no price']]);
  });
});

describe("the README's example", () => {
  it('reads as written there', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Limits: spend per user'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const config = parseConfig(lines('version: 1', 'components:', '  support-system: { files: a.md, max_tokens: 100, model: gpt-4.1 }') + block, 'budgets.yml');
    expect(config.requests[0]!.limits).toMatchObject({ killSwitch: true, total: [{ allowance: { written: '$50/day' } }, { allowance: { written: '200k/hour' } }] });
    expect(config.limits).toMatchObject({ total: [{ allowance: { amount: 500_000, period: 'minute' } }], store: { timeoutMs: 250, onFailure: 'open' } });
  });
});
