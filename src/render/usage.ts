/**
 * Production usage against the reserves (`prompt-budget usage`, and the PR comment's lines when
 * the action is given a usage file): rendered from a UsageAnalysis, computing no figure of its own.
 */
import type { Finding } from '../budget/report.js';
import type { Percentiles, ReserveFlag, UsageAnalysis } from '../budget/usage-report.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../common/format.js';
import { findingText, plural } from './labels.js';

/** One sentence per flag, names as code: "support-chat: reserve.history 8,000 is below the p99 of 11,400 seen in production (250 calls)". */
function flagFinding(flag: ReserveFlag, calls: number, unusedShare: number): Finding {
  const head: Finding = [{ code: flag.request }, ': ', { code: `reserve.${flag.reserve}` }, ` ${formatTokens(flag.limit)} `];
  return flag.kind === 'exceeded'
    ? [...head, `is below the p99 of ${formatTokens(flag.observed)} seen in production (${plural(calls, 'call')})`]
    : [...head, `is never approached in production: the largest of ${plural(calls, 'call')} was ${formatTokens(flag.observed)}, under ${formatPercent(unusedShare * 100)} of it`];
}

/** Every flag of the analysis as a sentence, requests in its order. */
export function usageFindings(analysis: UsageAnalysis): { kind: ReserveFlag['kind']; finding: Finding }[] {
  return analysis.requests.flatMap((r) => r.flags.map((flag) => ({ kind: flag.kind, finding: flagFinding(flag, r.calls, analysis.unusedShare) })));
}

const COLUMNS = ['reserve', 'p50', 'p95', 'p99', 'max'] as const;

/**
 * Plain text for a terminal: per request a table of the reserves and the nearest-rank
 * percentiles of what was seen, then the flags. The caller escapes it for its channel.
 */
export function renderUsageTerminal(analysis: UsageAnalysis): string {
  const lines = [`${plural(analysis.records, 'usage record')} from ${analysis.files.join(', ')}; nearest-rank percentiles per request.`];
  for (const r of analysis.requests) {
    lines.push('', `${r.request}: ${plural(r.calls, 'call')} (${r.models.join(', ')})${r.reserve ? '' : '; not a request of budgets.yml, so no reserves to compare'}`);
    const flagOf = (name: string) => r.flags.find((f) => f.reserve === name);
    const rows: string[][] = [['', ...COLUMNS, '']];
    const row = (label: string, reserve: number | undefined, seen: Percentiles | null, sign = false, flagName?: string) => {
      const shown = (n: number) => (sign ? formatSignedTokens(n) : formatTokens(n));
      const flag = flagName ? flagOf(flagName) : undefined;
      rows.push([label, reserve === undefined ? '' : formatTokens(reserve), ...(seen ? [seen.p50, seen.p95, seen.p99, seen.max].map(shown) : ['-', '-', '-', '-']), flag ? `← ${flag.kind}` : '']);
    };
    row('history', r.reserve?.history, r.history, false, 'history');
    row('user_input', r.reserve?.user_input, r.userInput, false, 'user_input');
    row('output', r.reserve?.output, r.output, false, 'output');
    row('count delta', undefined, r.countDelta, true);
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((cells) => cells[i]!.length)));
    for (const cells of rows) lines.push(`  ${cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`.trimEnd());
  }
  const findings = usageFindings(analysis);
  lines.push('', findings.length === 0 ? 'No reserve flagged.' : `${plural(findings.length, 'reserve')} flagged:`);
  for (const { finding } of findings) lines.push(`  ${findingText(finding)}`);
  return `${lines.join('\n')}\n`;
}
