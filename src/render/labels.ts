import type { CountingMethod } from '../budget/counting.js';
import type { ComponentResult, CostChange, Finding, Measurement, Report, RequestResult, RequestStatus, Status } from '../budget/report.js';
import { formatMoney } from '../catalog/money.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../format.js';
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

export const STATUS_WORDS: Record<Status, string> = {
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
export function allotmentText(c: ComponentResult): string {
  if (c.perFile?.largest) return perFileAllotmentText(c.perFile.files, c.perFile.largest, c.maxTokens);
  if (c.head.high !== undefined) return `≤${formatPercent((c.head.high / c.maxTokens) * 100)} of ${formatTokens(c.maxTokens)}`;
  return `${formatPercent(c.percentOfAllotment)} of ${formatTokens(c.maxTokens)}`;
}

export function countText(tokens: number | null | undefined): string {
  return tokens === null || tokens === undefined ? '–' : formatTokens(tokens);
}

/** The one-line verdict: what a reviewer needs before anything else. */
export function verdictText(report: Report): string {
  return withUnbudgeted(report, judgementText(report));
}

function judgementText(report: Report): string {
  const { failed, requestsFailed, warned, total } = report.counts;
  const preExisting = report.counts.preExisting;
  const requests = report.requests.length;
  const parts: string[] = [];
  if (failed > 0) parts.push(`${failed} of ${total} component${total === 1 ? '' : 's'} broke a budget`);
  const uncountable = report.requests.filter((r) => r.status === 'uncountable').length;
  const overWindow = requestsFailed - uncountable;
  if (overWindow > 0) parts.push(`${overWindow} of ${requests} request${requests === 1 ? '' : 's'} no longer fit${overWindow === 1 ? 's' : ''} the context window`);
  if (uncountable > 0) parts.push(`${uncountable} of ${requests} request${requests === 1 ? '' : 's'} cannot be checked (a part cannot be counted)`);
  const carried = preExisting > 0 ? `${preExisting} already broken at base, not made worse` : '';
  if (parts.length > 0) return [...parts, ...(carried ? [carried] : [])].join('; ');
  if (carried) return `no budget made worse; ${carried}`;
  const fit = requests > 0 ? `, ${requests === 1 ? 'the request fits' : `all ${requests} requests fit`}` : '';
  if (warned > 0) return `all ${total} within budget, ${warned} near the limit${fit}`;
  return `all ${total} component${total === 1 ? '' : 's'} within budget${fit}`;
}

export const REQUEST_ICON: Record<RequestStatus, string> = { fits: '✅', 'over-window': '❌', 'unknown-window': '❔', 'pre-existing': '⚠️', uncountable: '❌' };
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
  return report.verdict === 'fail' ? '❌' : report.counts.warned > 0 || report.counts.preExisting > 0 || report.unbudgeted.length > 0 ? '⚠️' : '✅';
}

/** How a run's counts were obtained, one phrase per way: "o200k_base (exact)", "≈ estimate from o200k_base × 1.2 (1.05–1.4)". */
export function countingText(method: CountingMethod): Finding {
  if (method.exact) {
    const what = method.tokenizer.kind === 'encoding' ? "OpenAI's tokenizer" : method.tokenizer.kind === 'huggingface' ? 'tokenizer.json' : undefined;
    return what ? [{ code: method.label }, ` (${what}, exact)`] : [`${method.label} (exact)`];
  }
  const { methods, reason } = method.estimate!;
  const forWhat = method.tokenizer.kind === 'vendor' ? method.tokenizer.model : method.tokenizer.kind === 'estimate' ? `${method.tokenizer.vendor} models` : method.label;
  const scales = methods.map((m) => `${m.basis} × ${m.ratio} (between ×${m.low} and ×${m.high})`).join(' or ');
  return ['≈ ', { code: forWhat }, `: estimated as ${scales}, checked at the upper bound, as `, ...reason, '.'];
}

/** A measurement's tokens; "≈" marks an estimate (of the count, or of the chat overhead), "≤" its upper bound. */
export function measurementText(m: Measurement | null | undefined): string {
  if (!m) return '–';
  const approximate = m.estimated || m.high !== undefined;
  return `${approximate ? '≈' : ''}${formatTokens(m.tokens)}${m.high !== undefined ? ` (≤${formatTokens(m.high)})` : ''}`;
}

/** What a reader must know to trust the counts: the estimates first, then each component's notes, then shared files. */
export function reportNotes(report: Report): Finding[] {
  const rules = report.ruleChanges ?? [];
  const ruleNote: Finding[] = rules.length === 0 ? [] : [[
    '⚙️ This change edits what it is judged by: ', ...rules.flatMap((path, i): Finding => [i > 0 ? ', ' : '', { code: path }]),
    ". Base and head are both counted with the head's copies; review these edits with the prompts.",
  ]];
  return [...ruleNote, ...report.counting.filter((m) => !m.exact).map(countingText), ...report.components.flatMap(countNotes), ...sharedNotes(report)];
}

/**
 * One note per shared file this change touched, so a change to a fragment used by three
 * prompts reads as one change counted three times, not as three regressions.
 */
export function sharedNotes(report: Report): Finding[] {
  return report.sharedFiles
    .filter((f) => f.changed)
    .map((f) => {
      const change = f.delta === null ? 'its change is counted in each' : `its change of ${formatSignedTokens(f.delta)} is counted in each`;
      return [
        { code: f.path }, ` is shared by ${f.components.length} components: `, ...f.components.flatMap((name, i) => [i > 0 ? ', ' : '', { code: name }]),
        `; ${change} (the totals count it once).`,
      ];
    });
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
 * What a reader must know to trust a component's count: how much is chat formatting (and
 * whether that part is an estimate), which template tags are counted as written, and what reaches
 * the model uncounted. From the head measurement.
 */
export function countNotes(c: ComponentResult): Finding[] {
  const name = { code: c.name };
  const files = c.head.files;
  const notes: Finding[] = [];
  if (c.head.overhead > 0) {
    notes.push([
      name, `: ${formatTokens(c.head.tokens)} tokens include ${formatTokens(c.head.overhead)} of chat formatting `,
      '(per message 3 plus its role, per name 1, per reply 3: the OpenAI cookbook\'s formula)',
      c.head.estimated ? ', an estimate for this model, for which OpenAI publishes no figure.' : '.',
    ]);
  }
  const tags = [...new Set(files.flatMap((f) => f.placeholders ?? []))];
  if (tags.length > 0) {
    const shown = tags.slice(0, 8);
    notes.push([name, ': template tags are counted as written; what fills them at run time is not: ', ...shown.flatMap((tag, i) => [i > 0 ? ', ' : '', { code: tag }]), tags.length > shown.length ? ` and ${tags.length - shown.length} more.` : '.']);
  }
  const excluded = files.flatMap((f) => (f.excluded ?? []).map((what) => ({ path: f.path, what })));
  if (excluded.length > 0) {
    const first = excluded[0]!;
    notes.push([name, ': not counted, as its size is not in the file: ', { code: first.what }, ' in ', { code: first.path }, excluded.length > 1 ? ` and ${excluded.length - 1} more.` : '.']);
  }
  return notes;
}

/**
 * A finding as one string: our own words as they are, values from the repository through
 * `value` (a Markdown code span, terminal-safe text, or as they are where the sink escapes).
 */
export function findingText(finding: Finding, value: (text: string) => string = (text) => text): string {
  return finding.map((span) => (typeof span === 'string' ? span : value(span.code))).join('');
}
