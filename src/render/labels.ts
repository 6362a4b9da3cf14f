import type { ComponentResult, Report, Status } from '../budget/report.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../format.js';

export const STATUS_ICON: Record<Status, string> = {
  ok: '✅',
  warn: '⚠️',
  over: '❌',
  'grew-too-much': '❌',
  'no-files-matched': '❌',
  new: '🆕',
  removed: '❌',
};

export const STATUS_WORDS: Record<Status, string> = {
  ok: 'ok',
  warn: 'near limit',
  over: 'over budget',
  'grew-too-much': 'grew too much',
  'no-files-matched': 'no files matched',
  new: 'new',
  removed: 'files removed',
};

/** "+412 (+34.3%)", "0", or "" without a base. */
export function changeText(c: ComponentResult): string {
  if (c.delta === null) return '';
  const percent = c.deltaPercent !== null && c.delta !== 0 ? ` (${formatPercent(c.deltaPercent, true)})` : '';
  return `${formatSignedTokens(c.delta)}${percent}`;
}

/** "93.4% of 1,500". */
export function allotmentText(c: ComponentResult): string {
  return `${formatPercent(c.percentOfAllotment)} of ${formatTokens(c.maxTokens)}`;
}

export function countText(tokens: number | null | undefined): string {
  return tokens === null || tokens === undefined ? '–' : formatTokens(tokens);
}

/** The one-line verdict: what a reviewer needs before anything else. */
export function verdictText(report: Report): string {
  const { failed, warned, total } = report.counts;
  if (failed > 0) return `${failed} of ${total} component${total === 1 ? '' : 's'} broke a budget`;
  if (warned > 0) return `all ${total} within budget, ${warned} near the limit`;
  return `all ${total} component${total === 1 ? '' : 's'} within budget`;
}

export function verdictIcon(report: Report): string {
  return report.verdict === 'fail' ? '❌' : report.counts.warned > 0 ? '⚠️' : '✅';
}

/** "o200k_base", or "gpt-4.1 (o200k_base)". */
export function tokenizerText(c: ComponentResult): string {
  return c.model ? `${c.model} (${c.encoding})` : c.encoding;
}
