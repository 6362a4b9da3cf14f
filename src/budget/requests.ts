/**
 * Whole requests: do the fixed components plus the reserves still fit the model's context
 * window, and what does the fixed prefix cost per request, per day and per month?
 */
import { costOverVolume, dollars, tokenCost, type Volume } from '../catalog/money.js';
import type { FailOn, RequestConfig } from '../config/types.js';
import { formatTokens } from '../common/format.js';
import { upperBound } from './evaluate.js';
import { sentPart } from './per-file.js';
import type { ComponentResult, CostChange, Finding, ModelFacts, RequestResult, RequestStatus } from './report.js';

/** Joins the components' counts into each request's totals, headroom and cost. */
export function evaluateRequest(
  request: RequestConfig,
  components: readonly ComponentResult[],
  facts: ModelFacts | undefined,
  configPath: string,
  failOn: FailOn,
  /**
   * The base's own budgets.yml declares the request alike (model, components, reserves, each
   * component's files and counting): only then can a request over its window at base be carried over.
   */
  declaredAtBase: boolean,
): RequestResult {
  // A per-file component sends one of its files: its largest (per-file.ts sentPart).
  const members = request.components.map((name) => {
    const c = components.find((component) => component.name === name)!;
    return { ...c, head: sentPart(c, 'head')!, base: sentPart(c, 'base') };
  });
  const head = members.reduce((sum, c) => sum + c.head.tokens, 0);
  const hasBase = members.every((c) => c.base !== null);
  const base = hasBase ? members.reduce((sum, c) => sum + c.base!.tokens, 0) : null;
  const reserved = request.reserve.history + request.reserve.userInput + request.reserve.output;
  const window = facts?.contextWindow ?? null;
  // Input and output share the window; where input is capped lower (GPT-5), that cap binds too.
  const left = (fixed: number) => {
    const inWindow = window! - fixed - reserved;
    const maxInput = facts?.maxInput;
    return maxInput === undefined ? inWindow : Math.min(inWindow, maxInput - fixed - request.reserve.history - request.reserve.userInput);
  };
  // An estimate must fit at its upper bound.
  const headHigh = members.reduce((sum, c) => sum + upperBound(c.head), 0);
  const baseHigh = hasBase ? members.reduce((sum, c) => sum + upperBound(c.base!), 0) : null;
  // A part that cannot be counted is not 0 tokens: the request's size is unknown, so it never
  // fits, and there is no headroom or cost to show.
  const uncounted = members.filter((c) => c.head.unreadable > 0);
  const headroom = window === null || uncounted.length > 0 ? null : { head: left(headHigh), base: baseHigh === null ? null : left(baseHigh) };
  const over = headroom !== null && headroom.head < 0;
  // Over the window at base already and not pushed further by this change: the same rule as components.
  const carried = over && declaredAtBase && headroom.base !== null && headroom.base < 0;
  const worse = carried && headroom.head < headroom.base!;
  const status: RequestStatus =
    uncounted.length > 0 ? 'uncountable' : headroom === null ? 'unknown-window' : !over ? 'fits' : carried && !worse && failOn === 'made-worse' ? 'pre-existing' : 'over-window';

  const result: RequestResult = {
    name: request.name,
    model: request.model,
    components: request.components,
    fixed: { base, head, delta: base === null ? null : head - base },
    ...(headHigh > head && { fixedHigh: headHigh }),
    estimated: members.some((c) => c.head.estimated || (c.base?.estimated ?? false) || !c.counting.exact),
    reserve: request.reserve,
    reserved,
    contextWindow: window,
    maxOutput: facts?.maxOutput ?? null,
    headroom,
    status,
    // An unknown window is never "fits": it fails, unless the base declared the request alike with
    // its window unknown there too and fail_on is made-worse (then it warns, as pre-existing does).
    failed: status === 'over-window' || status === 'uncountable' || (status === 'unknown-window' && !(failOn === 'made-worse' && declaredAtBase)),
    ...(uncounted.length > 0 && { uncounted: uncounted.map((c) => c.name) }),
    ...(carried && { overWindowBy: { base: -headroom.base!, head: -headroom.head } }),
    cost: facts?.prices && uncounted.length === 0 ? costOf(facts, base, head, request.volume) : null,
    ...(request.volume && { volume: request.volume.written }),
    findings: [],
    location: request.location,
  };
  result.findings = explain(result, configPath, failOn);
  return result;
}

/** Costs are exact (picodollars) until here, and rounded to a number of dollars once, for the report. */
function costOf(facts: ModelFacts, base: number | null, head: number, volume: Volume | undefined): RequestResult['cost'] {
  const prices = facts.prices!;
  const change = (perMillion: number, period?: 'day' | 'month'): CostChange => {
    const scaled = (tokens: number) => {
      const perRequest = tokenCost(tokens, perMillion);
      return dollars(period && volume ? costOverVolume(perRequest, volume, period) : perRequest);
    };
    const h = scaled(head);
    const b = base === null ? null : scaled(base);
    return { base: b, head: h, delta: base === null ? null : dollars(tokenDelta(perMillion, head, base, period, volume)) };
  };
  const caching = facts.promptCaching;
  return {
    currency: prices.currency,
    asOf: facts.asOf,
    inputPerMillion: prices.inputPerMillion,
    perRequest: change(prices.inputPerMillion),
    ...(volume && { perDay: change(prices.inputPerMillion, 'day'), perMonth: change(prices.inputPerMillion, 'month') }),
    // A prefix long enough to be cached is billed at the cached price on repeat requests.
    ...(caching &&
      prices.cachedInputPerMillion !== undefined &&
      head >= caching.minTokens && {
        cached: { perMillion: prices.cachedInputPerMillion, minTokens: caching.minTokens, perRequest: change(prices.cachedInputPerMillion) },
      }),
  };
}

/** The change in cost, from the change in tokens: exact, not the difference of two roundings. */
function tokenDelta(perMillion: number, head: number, base: number, period: 'day' | 'month' | undefined, volume: Volume | undefined): bigint {
  const sign = head >= base ? 1n : -1n;
  const perRequest = tokenCost(Math.abs(head - base), perMillion);
  return sign * (period && volume ? costOverVolume(perRequest, volume, period) : perRequest);
}

function explain(r: RequestResult, configPath: string, failOn: FailOn): Finding[] {
  const name = { code: r.name };
  if (r.status === 'uncountable') {
    const parts = r.uncounted ?? [];
    return [[
      name, ' cannot be checked against the context window of ', { code: r.model }, ': ', ...parts.flatMap((part, i): Finding => [...(i > 0 ? ', ' : ''), { code: part }]),
      ` cannot be counted, so its fixed part is unknown (at least ${formatTokens(r.fixed.head)} tokens) `,
      'and a request with a part that cannot be counted never fits: fix ', parts.length === 1 ? 'that component' : 'those components', ' (see ',
      parts.length === 1 ? 'its finding' : 'their findings', '), or leave ', parts.length === 1 ? 'it' : 'them', ' out of the request in ', { code: configPath }, ` (line ${r.location.line}).`,
    ]];
  }
  const notWorse = r.overWindowBy !== undefined && r.overWindowBy.head <= r.overWindowBy.base;
  if (r.overWindowBy && notWorse && r.contextWindow !== null && (r.status === 'pre-existing' || r.status === 'over-window')) {
    const verdict: Finding =
      failOn === 'any-over'
        ? ['this change does not make it worse, but it fails the check because ', { code: 'fail_on: any-over' }, ' fails every broken budget. To clear it, ']
        : ['this change does not make it worse, so it does not fail the check (', { code: 'fail_on: made-worse' }, '). To clear it, '];
    return [[
      name, ` did not fit the context window of `, { code: r.model }, ` at base either (${formatTokens(r.overWindowBy.base)} tokens over; `,
      `${r.overWindowBy.head === r.overWindowBy.base ? 'still' : 'now'} ${formatTokens(r.overWindowBy.head)} over ${formatTokens(r.contextWindow)}); `,
      ...verdict, 'trim its components or lower its ',
      { code: 'reserve' }, ' in ', { code: configPath }, ` (line ${r.location.line}).`,
    ]];
  }
  if (r.status === 'over-window' && r.headroom && r.contextWindow !== null) {
    const already = r.overWindowBy ? ` (already ${formatTokens(r.overWindowBy.base)} over at base; this change adds ${formatTokens(r.overWindowBy.head - r.overWindowBy.base)})` : '';
    return [[
      name, r.headroom.base === null || r.headroom.base < 0 ? ' does not fit the context window of ' : ' no longer fits the context window of ', { code: r.model },
      `: ${r.fixedHigh !== undefined ? `up to ${formatTokens(r.fixedHigh)} (estimated)` : formatTokens(r.fixed.head)} fixed + ${formatTokens(r.reserved)} reserved `,
      `is ${formatTokens(-r.headroom.head)} tokens over ${formatTokens(r.contextWindow)}${already}: trim its components or lower its `,
      { code: 'reserve' }, ' in ', { code: configPath }, ` (line ${r.location.line}).`,
    ]];
  }
  if (r.status === 'unknown-window') {
    const verdict: Finding = r.failed
      ? [', so it fails the check']
      : ['; it was not known at base either, so it does not fail the check (', { code: 'fail_on: made-worse' }, ')'];
    return [[
      name, ': the context window of ', { code: r.model }, ` is not known, so whether ${formatTokens(r.fixedHigh ?? r.fixed.head)} fixed + ${formatTokens(r.reserved)} reserved tokens fit cannot be checked`,
      ...verdict, '. Add its ', { code: 'context_window' }, ' (from the vendor\'s model page) under ', { code: 'models:' }, ' in ', { code: configPath },
      ', e.g. ', { code: `models: { ${yamlKey(r.model)}: { context_window: 400000 } }` }, ` (the request is at line ${r.location.line}).`,
    ]];
  }
  return [];
}

/** A model name as a YAML flow-mapping key: quoted when it holds a character YAML would read otherwise. */
function yamlKey(model: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(model) ? model : JSON.stringify(model);
}
