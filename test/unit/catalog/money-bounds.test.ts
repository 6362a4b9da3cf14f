/**
 * Issue 12 item 11: no price or volume budgets.yml accepts can make a cost Infinity or NaN, or
 * throw while it is shown.
 */
import { describe, expect, it } from 'vitest';
import { costOverVolume, dollars, formatMoney, fromDollars, MAX_PRICE_PER_MILLION, MAX_VOLUME, parseVolume, tokenCost } from '../../../src/catalog/money.js';
import { parseConfig } from '../../../src/config/load.js';

describe('money at its bounds', () => {
  it('the dearest price, the most tokens and the largest volume give a finite cost that formats', () => {
    const volume = parseVolume(`${MAX_VOLUME}/hour`);
    if (!volume.ok) throw new Error(volume.message);
    const perRequest = tokenCost(Number.MAX_SAFE_INTEGER, MAX_PRICE_PER_MILLION);
    const monthly = dollars(costOverVolume(perRequest, volume.volume, 'month'));
    expect(Number.isFinite(monthly)).toBe(true);
    expect(formatMoney(monthly)).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(formatMoney(-1e20)).toBe('-$100,000,000,000,000,000,000.00');
    expect(() => fromDollars(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('refuses a volume above 10^12 a unit, however it is written, and keeps one at it', () => {
    expect(parseVolume(`${'9'.repeat(400)}/day`)).toMatchObject({ ok: false, tooMany: true });
    expect(parseVolume('1000001M/hour')).toMatchObject({ ok: false, tooMany: true });
    expect(parseVolume('1000000M/hour')).toMatchObject({ ok: true });
    // A fraction written with hundreds of digits still comes to a number.
    const long = parseVolume(`1.${'5'.repeat(400)}/day`);
    expect(long.ok && long.volume.perMonth).toBeCloseTo(46.666667, 5);
  });

  it('budgets.yml: a price above the maximum is refused at its line, the model stays declared', () => {
    const text = 'version: 1\ndefaults: { model: m }\nmodels:\n  m: { encoding: o200k_base, prices: { input: 10001, output: 1 } }\ncomponents:\n  a: { files: a.md, max_tokens: 10 }\n';
    let message = '';
    try {
      parseConfig(text, 'budgets.yml');
    } catch (error) {
      message = (error as Error & { format(): string }).format();
    }
    expect(message).toBe(
      'budgets.yml:4:47: models.m.prices.input is 10001 US dollars per million tokens, more than the 10,000 a price may be\n  Write the price in US dollars per million tokens (the dearest list prices are a few hundred), e.g. `input: 2.5`.',
    );
    expect(() => parseConfig(text.replace('10001', '10000'), 'budgets.yml')).not.toThrow();
  });
});
