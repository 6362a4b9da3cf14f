/**
 * Prompt files outside every component that the change added or grew (report.unbudgeted), named
 * at the top of the comment, the job summary and the terminal: a prompt nobody budgets is the
 * first thing a reviewer should see, whether it fails the check (`coverage.unbudgeted: fail`) or
 * is only named (`warn`, the default without a coverage block). Self-contained, so the layout of
 * the rest of the report can change around it.
 */
import type { FileCount, Report, UnbudgetedFile } from '../budget/report.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../common/format.js';
import { codeSpan } from './markdown-escape.js';

/** At most this many files are named; the rest are counted (the report lists them all). */
const SHOWN = 5;

/** "`prompts/new.md`: added, 11,480 tokens"; `path` as the channel shows it. */
function fileText(file: UnbudgetedFile, path: string): string {
  const tokens = file.high !== undefined ? `≈${formatTokens(file.head)} (≤${formatTokens(file.high)})` : formatTokens(file.head);
  return file.base === null ? `${path}: added, ${tokens} tokens` : `${path}: grew by ${formatSignedTokens(file.delta)} to ${tokens} tokens`;
}

/** The sentence naming the problem; `code` shows a setting or path as the channel shows code. */
function heading(report: Report, code: (text: string) => string): string | undefined {
  const files = report.unbudgeted;
  if (files.length === 0) return undefined;
  const them = files.length === 1 ? 'it' : 'them';
  const count = `${files.length} prompt file${files.length === 1 ? '' : 's'} outside every component ${files.length === 1 ? 'was' : 'were'} added or grew`;
  return files.some((f) => f.failed)
    ? `${count}: no budget checks ${them}, and ${code('coverage.unbudgeted: fail')} fails the check.`
    : `${count}: no budget checks ${them} (${code('coverage.unbudgeted: warn')}).`;
}

function advice(report: Report, code: (text: string) => string): string {
  const them = report.unbudgeted.length === 1 ? 'it' : 'them';
  return `Add ${them} to a component in ${code(report.configPath)} (the glob of a ${code('per_file: true')} family, or a component of its own), or list ${them} under ${code('coverage.exclude')} when not a prompt.`;
}

/** Markdown lines for the top of the comment and the summary; none when every new or grown prompt is budgeted. */
export function unbudgetedMarkdown(report: Report): string[] {
  const title = heading(report, codeSpan);
  if (title === undefined) return [];
  const icon = report.unbudgeted.some((f) => f.failed) ? '❌' : '⚠️';
  const lines = [`${icon} **Unbudgeted prompts.** ${title}`, ''];
  for (const file of report.unbudgeted.slice(0, SHOWN)) lines.push(`- ${fileText(file, codeSpan(file.path))}`);
  if (report.unbudgeted.length > SHOWN) lines.push(`- and ${report.unbudgeted.length - SHOWN} more (see the report)`);
  lines.push('', advice(report, codeSpan), '');
  return lines;
}

/** Terminal lines (before the table); `plain` escapes text from the repository, `paint` colours. */
export function unbudgetedTerminal(report: Report, plain: (text: string) => string, paint: (tone: 'red' | 'yellow', text: string) => string): string[] {
  const title = heading(report, plain);
  if (title === undefined) return [];
  const tone = report.unbudgeted.some((f) => f.failed) ? 'red' : 'yellow';
  return [
    paint(tone, `Unbudgeted prompts: ${title}`),
    ...report.unbudgeted.slice(0, SHOWN).map((file) => `  ${fileText(file, plain(file.path))}`),
    ...(report.unbudgeted.length > SHOWN ? [`  and ${report.unbudgeted.length - SHOWN} more (see --json)`] : []),
    `  ${advice(report, plain)}`,
    '',
  ];
}

/** The verdict with the unbudgeted files: first when they fail the check, last when they are only named. */
export function withUnbudgeted(report: Report, verdict: string): string {
  const files = report.unbudgeted;
  if (files.length === 0) return verdict;
  const text = `${files.length} unbudgeted prompt file${files.length === 1 ? '' : 's'} added or grown`;
  return files.some((f) => f.failed) ? `${text}; ${verdict}` : `${verdict}; ${text}`;
}

/**
 * A `per_file: true` component's allotment cell: each file has the allotment, so the row shows how
 * many there are and the share the largest takes (its upper bound for an estimate).
 */
export function perFileAllotmentText(files: number, largest: FileCount, maxTokens: number): string {
  const share = formatPercent(((largest.high ?? largest.tokens) / maxTokens) * 100);
  return `${files} file${files === 1 ? '' : 's'}, largest ${largest.high !== undefined ? '≤' : ''}${share} of ${formatTokens(maxTokens)} each`;
}
