/**
 * Whole requests: do the fixed components plus the reserves still fit the model's context
 * window, and what does the fixed prefix cost per request, per day and per month?
 */
import type { RequestConfig } from '../config/types.js';
import { formatTokens } from '../format.js';
import type { ComponentResult, CostChange, Finding, ModelFacts, RequestResult } from './report.js';

/** Joins the components' counts into each request's totals, headroom and cost. */
export function evaluateRequest(
  request: RequestConfig,
  components: readonly ComponentResult[],
  facts: ModelFacts | undefined,
  configPath: string,
): RequestResult {
  const members = request.components.map((name) => components.find((c) => c.name === name)!);
  const head = members.reduce((sum, c) => sum + c.head.tokens, 0);
  const hasBase = members.every((c) => c.base !== null);
  const base = hasBase ? members.reduce((sum, c) => sum + c.base!.tokens, 0) : null;
  const reserved = request.reserve.history + request.reserve.userInput + request.reserve.output;
  const window = facts?.contextWindow ?? null;
  const headroom = window === null ? null : { head: window - head - reserved, base: base === null ? null : window - base - reserved };
  const status = headroom === null ? 'unknown-window' : headroom.head < 0 ? 'over-window' : 'fits';

  const result: RequestResult = {
    name: request.name,
    model: request.model,
    components: request.components,
    fixed: { base, head, delta: base === null ? null : head - base },
    reserve: request.reserve,
    reserved,
    contextWindow: window,
    maxOutput: facts?.maxOutput ?? null,
    headroom,
    status,
    failed: status === 'over-window',
    cost: facts?.prices ? costOf(facts, base, head, request.volume?.perDay) : null,
    ...(request.volume && { volume: request.volume.written }),
    findings: [],
    location: request.location,
  };
  result.findings = explain(result, configPath);
  return result;
}

const PER_MILLION = 1_000_000;
const DAYS_PER_MONTH = 30;

function costOf(facts: ModelFacts, base: number | null, head: number, perDay: number | undefined): RequestResult['cost'] {
  const prices = facts.prices!;
  const at = (tokens: number, perMillion: number) => (tokens * perMillion) / PER_MILLION;
  const change = (price: number, scale = 1): CostChange => {
    const h = at(head, price) * scale;
    const b = base === null ? null : at(base, price) * scale;
    return { base: b, head: h, delta: b === null ? null : h - b };
  };
  const caching = facts.promptCaching;
  return {
    currency: prices.currency,
    asOf: facts.asOf,
    inputPerMillion: prices.inputPerMillion,
    perRequest: change(prices.inputPerMillion),
    ...(perDay !== undefined && {
      perDay: change(prices.inputPerMillion, perDay),
      perMonth: change(prices.inputPerMillion, perDay * DAYS_PER_MONTH),
    }),
    // A prefix long enough to be cached is billed at the cached price on repeat requests.
    ...(caching &&
      prices.cachedInputPerMillion !== undefined &&
      head >= caching.minTokens && {
        cached: { perMillion: prices.cachedInputPerMillion, minTokens: caching.minTokens, perRequest: change(prices.cachedInputPerMillion) },
      }),
  };
}

function explain(r: RequestResult, configPath: string): Finding[] {
  const name = { code: r.name };
  if (r.status === 'over-window' && r.headroom && r.contextWindow !== null) {
    return [[
      name, ' no longer fits the context window of ', { code: r.model }, `: ${formatTokens(r.fixed.head)} fixed + ${formatTokens(r.reserved)} reserved `,
      `is ${formatTokens(-r.headroom.head)} tokens over ${formatTokens(r.contextWindow)}: trim its components or lower its `,
      { code: 'reserve' }, ' in ', { code: configPath }, ` (line ${r.location.line}).`,
    ]];
  }
  if (r.status === 'unknown-window') {
    return [[name, ': the context window of ', { code: r.model }, ' is not known, so whether it fits is not checked; add it under ', { code: 'models' }, '.']];
  }
  return [];
}
