import { failsTheRun, unmeasured, type ComponentResult, type CostChange, type CountingMethod, type Finding, type Loosening, type Measurement, type Report, type RequestResult, type RequestStatus, type Status } from '../budget/report.js';
import type { Growth } from '../config/types.js';
import { formatMoney } from '../catalog/money.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../common/format.js';
import { perFileAllotmentText, withUnbudgeted } from './unbudgeted.js';

export const STATUS_ICON: Record<Status, string> = {
  ok: '✅',
  warn: '⚠️',
  over: '❌',
  'grew-too-much': '❌',
  'no-files-matched': '❌',
  new: '🆕',
  removed: '❌',
  unreadable: '❌',
  'pre-existing': '⚠️',
};

const STATUS_WORDS: Record<Status, string> = {
  ok: 'ok',
  warn: 'near limit',
  over: 'over budget',
  'grew-too-much': 'grew too much',
  'no-files-matched': 'no files matched',
  new: 'new',
  removed: 'files removed',
  unreadable: 'cannot be counted',
  'pre-existing': 'pre-existing',
};

/** "+412 (+34.3%)", "0", "+3 (below min_change)", or "" without a base. */
export function changeText(c: ComponentResult): string {
  if (c.delta === null) return '';
  if (c.noise) return `${formatSignedTokens(c.delta)} (below min_change)`;
  const percent = c.deltaPercent !== null && c.delta !== 0 ? ` (${formatPercent(c.deltaPercent, true)})` : '';
  return `${formatSignedTokens(c.delta)}${percent}`;
}

/** "pre-existing (over by 120)": the status, with the amount a pre-existing overrun carries. */
export function statusText(c: ComponentResult): string {
  const over = c.status === 'pre-existing' ? c.brokenAtBase?.overBy : undefined;
  if (c.status !== 'pre-existing') return STATUS_WORDS[c.status];
  if (over) return `pre-existing (over by ${formatTokens(over.head)})`;
  return c.brokenAtBase?.failure === 'unreadable' ? 'pre-existing (cannot be counted)' : 'pre-existing (no files matched)';
}

/** "58% of 200"; for an estimate, the share its upper bound takes, which is what the check compares: "≤93% of 200". */
function allotmentText(c: ComponentResult): string {
  if (c.perFile?.largest) return perFileAllotmentText(c.perFile.files, c.perFile.largest, c.maxTokens);
  if (c.head.high !== undefined) return `≤${formatPercent((c.head.high / c.maxTokens) * 100)} of ${formatTokens(c.maxTokens)}`;
  return `${formatPercent(c.percentOfAllotment)} of ${formatTokens(c.maxTokens)}`;
}

export function countText(tokens: number | null | undefined): string {
  return tokens === null || tokens === undefined ? '–' : formatTokens(tokens);
}

/** The one-line verdict: what a reviewer needs before anything else, including rules this change relaxed. */
export function verdictText(report: Report): string {
  const loosened = loosenedText(report.loosened);
  const verdict = withUnbudgeted(report, loosened ? `${judgementText(report)}; ${loosened}` : judgementText(report));
  if (!report.reportOnly || report.verdict !== 'fail') return verdict;
  return failsTheRun(report) ? `fails even in report-only (${unmeasuredText(report)}): ${verdict}` : `would fail (report-only): ${verdict}`;
}

/** Why a report-only run fails: "1 component cannot be counted", "2 components match no files, 1 cannot be counted". */
function unmeasuredText(report: Report): string {
  const { components, requests } = unmeasured(report);
  const unmatched = components.filter((c) => c.status !== 'unreadable').length;
  const uncounted = components.length - unmatched;
  const parts = [
    unmatched > 0 ? `${plural(unmatched, 'component')} ${unmatched === 1 ? 'matches' : 'match'} no files` : '',
    uncounted > 0 ? `${unmatched > 0 ? formatTokens(uncounted) : plural(uncounted, 'component')} cannot be counted` : '',
  ].filter(Boolean);
  // A request fails as uncountable while its component's own failure is carried over from base.
  if (parts.length === 0) parts.push(`${plural(requests.length, 'request')} ${requests.length === 1 ? 'has' : 'have'} a part that cannot be counted`);
  return parts.join(', ');
}

/**
 * The sentence under the verdict in report-only mode, said whichever way the verdict went: a
 * green check that was never enforcing anything must not read as a clean bill.
 */
export function reportOnlyText(report: Report): string {
  if (!report.reportOnly) return '';
  if (failsTheRun(report)) {
    return 'Report-only: budgets are reported, not enforced, but what cannot be measured (globs that match no files, files that cannot be counted) is broken input, not a budget, so the check fails: fix it as What to do says.';
  }
  return report.verdict === 'fail'
    ? 'Report-only: these budgets are reported, not enforced, so the check passes; enforced, it would fail.'
    : 'Report-only: these budgets are reported, not enforced; enforced, this change would pass too.';
}

function judgementText(report: Report): string {
  const { failed, requestsFailed, warned, total } = report.counts;
  const preExisting = report.counts.preExisting;
  const requests = report.requests.length;
  const parts: string[] = [];
  if (failed > 0) parts.push(`${formatTokens(failed)} of ${plural(total, 'component')} broke a budget`);
  const uncountable = report.requests.filter((r) => r.status === 'uncountable').length;
  // A request whose window is unknown never "fits": it fails, or (unknown at base too, made-worse) is named.
  const unknownFailed = report.requests.filter((r) => r.status === 'unknown-window' && r.failed).length;
  const unknownCarried = report.requests.filter((r) => r.status === 'unknown-window' && !r.failed).length;
  const overWindow = requestsFailed - uncountable - unknownFailed;
  if (overWindow > 0) parts.push(`${formatTokens(overWindow)} of ${plural(requests, 'request')} no longer fit${overWindow === 1 ? 's' : ''} the context window`);
  if (uncountable > 0) parts.push(`${formatTokens(uncountable)} of ${plural(requests, 'request')} cannot be checked (a part cannot be counted)`);
  if (unknownFailed > 0) parts.push(`${formatTokens(unknownFailed)} of ${plural(requests, 'request')} cannot be checked (context window unknown)`);
  const unknownText = unknownCarried > 0 ? `${formatTokens(unknownCarried)} of ${plural(requests, 'request')} not checked (context window unknown, at base too)` : '';
  const carried = preExisting > 0 ? `${formatTokens(preExisting)} already broken at base, not made worse` : '';
  if (parts.length > 0) return [...parts, ...(carried ? [carried] : []), ...(unknownText ? [unknownText] : [])].join('; ');
  if (carried) return `no budget made worse; ${[carried, ...(unknownText ? [unknownText] : [])].join('; ')}`;
  const fitting = report.requests.filter((r) => r.status === 'fits').length;
  const fit =
    unknownCarried > 0
      ? `; ${unknownText}${fitting > 0 ? `, ${formatTokens(fitting)} fit${fitting === 1 ? 's' : ''}` : ''}`
      : requests > 0
        ? `, ${requests === 1 ? 'the request fits' : `all ${formatTokens(requests)} requests fit`}`
        : '';
  const all = total === 1 ? 'the component is' : `all ${formatTokens(total)} components`;
  if (warned > 0) return total === 1 ? `the component is within budget, near the limit${fit}` : `all ${formatTokens(total)} within budget, ${formatTokens(warned)} near the limit${fit}`;
  return `${all} within budget${fit}`;
}

/** "3 components", "1 component". */
export function plural(count: number, noun: string): string {
  return `${formatTokens(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "budgets.yml loosened here: 1 allotment raised, 1 component removed"; empty when the change
 * relaxes nothing. For the verdict line: a pass that raised its own allotment is not a plain pass.
 */
function loosenedText(loosened: readonly Loosening[]): string {
  if (loosened.length === 0) return '';
  const of = (kind: Loosening['kind']) => loosened.filter((l) => l.kind === kind);
  const growth = of('max-growth');
  const parts = [
    of('max-tokens').length > 0 ? `${plural(of('max-tokens').length, 'allotment')} raised` : '',
    growth.length > 0 ? `${plural(growth.length, 'growth limit')} ${growth.every((l) => l.kind === 'max-growth' && l.to === null) ? 'removed' : 'raised'}` : '',
    of('component-removed').length > 0 ? `${plural(of('component-removed').length, 'component')} removed` : '',
    of('files-excluded').length > 0 ? `files left out of ${plural(of('files-excluded').length, 'component')}` : '',
    of('fail-on').length > 0 ? 'fail_on relaxed' : '',
    of('per-file').length > 0 ? `${plural(of('per-file').length, 'component')} budgeted per file` : '',
    of('generation-prompt').length > 0 ? `${plural(of('generation-prompt').length, 'component')} counted without the reply turn` : '',
    of('coverage').length > 0 ? 'coverage relaxed' : '',
  ].filter(Boolean);
  return `budgets loosened here: ${parts.join(', ')}`;
}

/** One sentence per relaxed rule, for the list under the verdict. */
export function looseningFinding(l: Loosening, configPath: string): Finding {
  const where = (line: number): Finding => [' (', { code: configPath }, ` line ${line})`];
  switch (l.kind) {
    case 'max-tokens':
      return [{ code: l.component }, `: allotment raised from ${formatTokens(l.from)} to ${formatTokens(l.to)} tokens`, ...where(l.location.line), '.'];
    case 'max-growth':
      return l.to === null
        ? [{ code: l.component }, `: growth limit of ${growthText(l.from)} removed`, ...where(l.location.line), '.']
        : [{ code: l.component }, `: growth limit raised from ${growthText(l.from)} to ${growthText(l.to)}`, ...where(l.location.line), '.'];
    case 'component-removed':
      return [{ code: l.component }, ': removed from ', { code: configPath }, '; its budget no longer applies.'];
    case 'files-excluded': {
      const paths = l.paths.slice(0, 3);
      const left = paths.length > 0 ? [' leaves out ', ...list(paths), l.paths.length > paths.length ? ` and ${formatTokens(l.paths.length - paths.length)} more` : ''] : [' leaves files out'];
      const by = l.globs.length > 0 ? [' by ', ...list(l.globs)] : [];
      return [{ code: l.component }, ':', ...left, ...by, ...where(l.location.line), '.'];
    }
    case 'fail-on':
      return [{ code: 'fail_on' }, ` changed from ${l.from} to ${l.to}: budgets already broken at base no longer fail the check.`];
    case 'per-file':
      return [{ code: l.component }, ': now ', { code: 'per_file: true' }, ', so each file may take the whole allotment, not the files together', ...where(l.location.line), '.'];
    case 'generation-prompt':
      return [{ code: l.component }, ': now ', { code: 'generation_prompt: false' }, ', so its chat files are counted without the reply turn the model is asked to write', ...where(l.location.line), '.'];
    case 'coverage': {
      const relaxed: Finding = l.to !== l.from ? [{ code: 'coverage.unbudgeted' }, ` changed from ${l.from} to ${l.to}`] : [];
      const excluded: Finding = l.exclude.length > 0 ? [relaxed.length > 0 ? '; ' : '', { code: 'coverage.exclude' }, ' adds ', ...list(l.exclude)] : [];
      return [...relaxed, ...excluded, ': prompt files outside every component fail the check less.'];
    }
  }
}

/**
 * The allotment cell: "58% of 200", or for an allotment this change raised, the raise first and
 * the share of the new one after: "480 → 9,000, raised here (91%)".
 */
export function allotmentCell(c: ComponentResult, loosened: readonly Loosening[]): { text: string; raised: boolean } {
  const raised = rowLoosening(c, loosened).allotment;
  if (!raised) return { text: allotmentText(c), raised: false };
  return { text: `${raised} (${allotmentText(c).replace(` of ${formatTokens(c.maxTokens)}`, '')})`, raised: true };
}

/** What a row says of the rules its component relaxed here: "480 → 9,000, raised here". */
export function rowLoosening(c: ComponentResult, loosened: readonly Loosening[]): { allotment?: string; status: string[] } {
  const mine = loosened.filter((l) => (l.kind === 'max-tokens' || l.kind === 'max-growth' || l.kind === 'files-excluded' || l.kind === 'per-file' || l.kind === 'generation-prompt') && l.component === c.declaredName);
  const raised = mine.find((l) => l.kind === 'max-tokens');
  const status = mine.flatMap((l) => (l.kind === 'max-growth' ? [l.to === null ? 'growth limit removed here' : 'growth limit raised here'] : l.kind === 'files-excluded' ? ['files left out here'] : l.kind === 'per-file' ? ['budgeted per file here'] : l.kind === 'generation-prompt' ? ['reply turn dropped here'] : []));
  return { ...(raised && raised.kind === 'max-tokens' && { allotment: `${formatTokens(raised.from)} → ${formatTokens(raised.to)}, raised here` }), status };
}

function growthText(growth: Growth): string {
  return 'tokens' in growth ? `${formatTokens(growth.tokens)} tokens` : formatPercent(growth.percent);
}

function list(values: readonly string[]): Finding {
  return values.flatMap((value, i): Finding => [i > 0 ? ', ' : '', { code: value }]);
}

const REQUEST_ICON: Record<RequestStatus, string> = { fits: '✅', 'over-window': '❌', 'unknown-window': '❔', 'pre-existing': '⚠️', uncountable: '❌' };
/** A request's icon: ❌ whenever it fails (an unknown window fails unless it was unknown at base too, under made-worse). */
export function requestIcon(r: Pick<RequestResult, 'status' | 'failed'>): string {
  return r.failed ? '❌' : REQUEST_ICON[r.status];
}
export const REQUEST_WORDS: Record<RequestStatus, string> = {
  fits: 'fits',
  'over-window': 'over the window',
  'unknown-window': 'window unknown',
  'pre-existing': 'over the window at base too (pre-existing)',
  uncountable: 'a part cannot be counted',
};

/** "1,204" or "1,204 (+116)"; "≥3,600" when a part could not be counted. */
export function fixedText(r: RequestResult): string {
  const head = `${r.status === 'uncountable' ? '≥' : r.estimated ? '≈' : ''}${formatTokens(r.fixed.head)}`;
  if (r.status === 'uncountable') return head;
  return r.fixed.delta === null || r.fixed.delta === 0 ? head : `${head} (${formatSignedTokens(r.fixed.delta)})`;
}

/** "1,032,160 of 1,047,576" or "–". */
export function headroomText(r: RequestResult): string {
  if (!r.headroom || r.contextWindow === null) return '–';
  return `${formatSignedTokens(r.headroom.head).replace(/^\+/, '')} of ${formatTokens(r.contextWindow)}`;
}

/** "$0.00264 (+$0.000232)", "≈" first when the tokens it prices are an estimate; "–" without prices. */
export function costText(change: CostChange | undefined, currency: string | undefined, estimated = false): string {
  if (!change || currency === undefined) return '–';
  const delta = change.delta === null || change.delta === 0 ? '' : ` (${formatMoney(change.delta, { currency, signed: true })})`;
  return `${estimated ? '≈' : ''}${formatMoney(change.head, { currency })}${delta}`;
}

export function verdictIcon(report: Report): string {
  if (report.verdict === 'fail') return failsTheRun(report) ? '❌' : '⚠️';
  return report.counts.warned > 0 || report.counts.preExisting > 0 || report.loosened.length > 0 || report.unbudgeted.length > 0 ? '⚠️' : '✅';
}

/** How a run's counts were obtained, one phrase per way: "o200k_base (exact)", "≈ estimate from o200k_base × 1.2 (1.05–1.4)". */
export function countingText(method: CountingMethod): Finding {
  if (method.local) {
    const { model, reason } = method.local;
    // Exactly what the file gives, which is not Gemini's own count: said so, with why the API did not count.
    return [{ code: method.label }, ' (', { code: model }, " counted with the local Gemma 3 tokenizer, as Google's SDK counts offline, not by Gemini itself: ", ...reason, ')'];
  }
  if (method.exact) {
    const what = method.tokenizer.kind === 'encoding' ? "OpenAI's tokenizer" : method.tokenizer.kind === 'huggingface' && method.tokenizer.gemini === undefined ? 'tokenizer.json' : undefined;
    return what ? [{ code: method.label }, ` (${what}, exact)`] : [`${method.label} (exact)`];
  }
  const { methods, reason } = method.estimate!;
  const forWhat = method.tokenizer.kind === 'vendor' ? method.tokenizer.model : method.tokenizer.kind === 'estimate' ? `${method.tokenizer.vendor} models` : method.label;
  // The `counted` method (vendor 'any') is no scale: digits, runs of one character and some scripts count from their length.
  const scaled = methods.filter((m) => m.vendor !== 'any');
  const scales =
    scaled.map((m) => `${m.basis} × ${m.ratio} (between ×${m.low} and ×${m.high})`).join(' or ') +
    (scaled.length < methods.length ? `${scaled.length > 0 ? ', with ' : ''}digits, runs of one character and some scripts counted from their length` : '');
  return ['≈ ', { code: forWhat }, `: estimated as ${scales}, checked at the upper bound, as `, ...reason, '.'];
}

/**
 * Components counted with an OpenAI encoding that is assumed for their model from its family
 * (tiktoken names neither the model nor a prefix of it): one note per model, never "exact".
 */
export function assumedTokenizerNotes(components: readonly ComponentResult[]): Finding[] {
  const seen = new Map<string, { encoding: string; family: string; names: string[] }>();
  for (const c of components) {
    const family = c.assumedFrom;
    if (c.tokenizer.kind !== 'encoding' || c.model === undefined || family === undefined) continue;
    const entry = seen.get(c.model) ?? { encoding: c.tokenizer.encoding, family, names: [] };
    entry.names.push(c.name);
    seen.set(c.model, entry);
  }
  return [...seen].map(([model, { encoding, family, names }]) => [
    'ⓘ ', { code: model }, ' is counted with ', { code: encoding }, ', assumed from its family (', { code: family },
    `): OpenAI publishes no encoding for it (tiktoken names neither it nor a prefix of it), so ${names.length === 1 ? 'its count is' : `the counts of ${plural(names.length, 'component')} are`} `,
    'exact for that encoding but not known to be the model\'s own. If the model uses another, set its ', { code: 'encoding' }, ' under ', { code: 'models:' }, '.',
  ]);
}

/** The models among these components whose tokenizer is assumed (see assumedTokenizerNotes). */
export function assumedModels(components: readonly ComponentResult[]): string[] {
  return [...new Set(components.flatMap((c) => (c.model !== undefined && c.assumedFrom !== undefined ? [c.model] : [])))];
}

/** A measurement's tokens; "≈" marks an estimate (of the count, or of the chat overhead), "≤" its upper bound. */
export function measurementText(m: Measurement | null | undefined): string {
  if (!m) return '–';
  const approximate = m.estimated || m.high !== undefined;
  return `${approximate ? '≈' : ''}${formatTokens(m.tokens)}${m.high !== undefined ? ` (≤${formatTokens(m.high)})` : ''}`;
}

/**
 * Allotments this change let shrink well below: each as a line to paste into budgets.yml, or
 * `prompt-budget ratchet` to write them all. Only those that shrank here: a suggestion repeated
 * on every PR is noise that teaches reviewers to skip the comment.
 */
export function lowerAllotmentNotes(report: Report, configPath = report.configPath): Finding[] {
  return report.lowerAllotments
    .filter((l) => l.shrank)
    .map((l) => [
      { code: l.component }, ` is at ${formatTokens(l.tokens)} tokens, well below its allotment of ${formatTokens(l.from)}: set `,
      { code: l.line }, ' in ', { code: configPath }, ` (line ${l.location.line}), or run `, { code: 'npx prompt-budget ratchet' }, '.',
    ]);
}

/**
 * A finding as one string: our own words as they are, values from the repository through
 * `value` (a Markdown code span, terminal-safe text, or as they are where the sink escapes).
 */
export function findingText(finding: Finding, value: (text: string) => string = (text) => text): string {
  return finding.map((span) => (typeof span === 'string' ? span : value(span.code))).join('');
}
