/**
 * Which counters a call charges: for each limit of budgets.yml that applies to the call (the
 * request's and the global ones; per user those of the user's tier), one Charge of the tokens
 * reserved (the fitted input plus the output cap) or of their cost at list prices.
 */
import type { ModelPrices } from '../catalog/catalog.js';
import type { BudgetConfig, LimitRule, LimitSet, RequestConfig } from '../config/types.js';
import { PERIOD_SECONDS, type Charge } from './types.js';
import { costMicros } from './api-usage.js';

/** Who a call is for: the application's user id and tier (as budgets.yml names tiers). */
export interface Caller {
  user?: string;
  tier?: string;
}

export interface Reserved {
  tokens: number;
  /** Micro-dollars; undefined without prices (then budgets.yml has no dollar limit for the model). */
  micros?: number;
}

export interface CallCharges {
  /** Admitted all or nothing before the call. */
  limits: Charge[];
  /** Alert thresholds: counted apart, never refusing. */
  alerts: Charge[];
}

/** Store keys are namespaced and the user id escaped, so `a:b` cannot pose as another key. */
const part = (text: string) => encodeURIComponent(text);

export function chargesFor(config: BudgetConfig, request: RequestConfig, caller: Caller, reserved: Reserved): CallCharges {
  const sets: { scope: string; set: LimitSet | undefined }[] = [
    { scope: `req:${part(request.name)}`, set: request.limits },
    { scope: 'all', set: config.limits },
  ];
  const limits: Charge[] = [];
  const alerts: Charge[] = [];
  const charge = (rule: LimitRule, key: string): Charge => {
    const { unit, amount, period } = rule.allowance;
    const value = unit === 'tokens' ? reserved.tokens : reserved.micros;
    // The loader refuses a dollar limit on a model without prices, so a value is always there.
    return { key: `pb:${key}:${unit === 'tokens' ? 'tokens' : 'usd'}:${period}`, unit, amount: value ?? 0, limit: amount, periodSeconds: PERIOD_SECONDS[period], name: rule.name };
  };
  for (const { scope, set } of sets) {
    if (!set) continue;
    const perUser = set.perUser.filter((p) => p.tier === undefined || p.tier === caller.tier);
    if (set.perUser.length > 0) {
      if (caller.user === undefined) throw new TypeError(`${request.name}: budgets.yml sets per_user limits (${set.perUser[0]!.rule.name}); pass the call's user`);
      if (perUser.length === 0) {
        const tiers = [...new Set(set.perUser.map((p) => p.tier))].join(', ');
        throw new TypeError(`${request.name}: ${caller.tier === undefined ? 'pass the user\'s tier' : `tier \`${caller.tier}\` is not in budgets.yml`}: per_user names ${tiers}`);
      }
    }
    for (const { tier, rule } of perUser) limits.push(charge(rule, `${scope}:user:${part(tier ?? '*')}:${part(caller.user!)}:${ruleIndex(rule)}`));
    for (const rule of set.total) limits.push(charge(rule, `${scope}:total:${ruleIndex(rule)}`));
    for (const rule of set.alert) alerts.push(charge(rule, `alert:${scope}:${ruleIndex(rule)}`));
  }
  return { limits, alerts };
}

/** `[1]` of a list, so two allowances of the same unit and period keep their own counters. */
function ruleIndex(rule: LimitRule): string {
  return /\[(\d+)\]$/.exec(rule.name)?.[1] ?? '0';
}

export function reservedFor(input: number, maxOutput: number | undefined, prices: ModelPrices | undefined): Reserved {
  const output = maxOutput ?? 0;
  return { tokens: input + output, ...(prices && { micros: costMicros(prices, input, output) }) };
}
