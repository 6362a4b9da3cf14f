import { failsTheRun, type ComponentResult, type Report, type Status } from '../budget/report.js';
import { escapeControl, formatSignedTokens, formatTokens } from '../common/format.js';
import { focus, needsAttention } from './focus.js';
import {
  allotmentCell,
  changeText,
  costText,
  countText,
  findingText,
  fixedText,
  headroomText,
  looseningFinding,
  lowerAllotmentNotes,
  measurementText,
  plural,
  REQUEST_WORDS,
  rowLoosening,
  statusText,
  reportOnlyText,
  verdictText,
} from './labels.js';

import { unbudgetedTerminal } from './unbudgeted.js';

export interface TerminalOptions {
  /** ANSI colours; only for a TTY. */
  color: boolean;
}

/**
 * Text from the repository shown in a terminal or a CI log: control characters (escape
 * sequences, newlines that could start a `::workflow-command::` line) become visible escapes.
 */
export function plain(text: string): string {
  return escapeControl(text);
}

const MARK: Record<Status, string> = {
  ok: '✓',
  new: '+',
  warn: '!',
  over: '✗',
  'grew-too-much': '✗',
  'no-files-matched': '✗',
  removed: '✗',
  unreadable: '✗',
  'pre-existing': '!',
};

/** The table lists every component when there are at most this many. */
const ALL_ROWS = 10;
/** Names in the line that stands for the rows not listed. */
const NAMES_LISTED = 3;
/** Relaxed rules listed under the verdict. */
const LOOSENINGS_SHOWN = 5;

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint = painter(options.color);
  const tone = (status: Status) => (status === 'ok' || status === 'new' ? 'green' : status === 'warn' || status === 'pre-existing' ? 'yellow' : 'red');
  const verdictTone = report.verdict === 'fail' ? (failsTheRun(report) ? 'red' : 'yellow') : report.counts.warned > 0 || report.counts.preExisting > 0 ? 'yellow' : 'green';

  const lines = [
    paint(verdictTone, `prompt-budget: ${verdictText(report)}`),
    `  ${formatTokens(report.totals.head)} tokens${report.totals.delta !== null ? ` (${formatSignedTokens(report.totals.delta)})` : ''}` +
      ` at ${plain(report.head.label)}${report.base ? ` vs ${plain(report.base.label)}${report.base.sha ? ` @ ${report.base.sha.slice(0, 7)}` : ''}` : ''}` +
      ` · config ${plain(report.configPath)}`,
    ...(report.reportOnly ? [paint('yellow', `  ${reportOnlyText(report)}`)] : []),
    '',
  ];
  lines.push(...unbudgetedTerminal(report, plain, paint));

  if (report.loosened.length > 0) {
    const listed = report.loosened.slice(0, LOOSENINGS_SHOWN);
    lines.push(
      paint('yellow', `This change loosens the budgets it is judged by; have an owner of ${report.configPath} review it:`),
      ...listed.map((l) => paint('yellow', `  - ${findingText(looseningFinding(l, report.configPath), plain)}`)),
      ...(report.loosened.length > listed.length ? [paint('yellow', `  - and ${formatTokens(report.loosened.length - listed.length)} more (see --json)`)] : []),
      '',
    );
  }

  // A few components fit the screen whole; past that, the rows that need attention and one line for the rest.
  const listAll = report.components.length <= ALL_ROWS;
  const { shown, folded: rest, notes, foldedNotes, requests, foldedRequests } = focus(report, listAll);
  const withBase = report.base !== null;
  const header = withBase ? ['Component', 'Base', 'Head', 'Change', 'Allotment', 'Status'] : ['Component', 'Tokens', 'Allotment', 'Status'];
  const rows = shown.map((c) => {
    const allotment = allotmentCell(c, report.loosened).text;
    const status = [`${MARK[c.status]} ${statusText(c)}`, ...rowLoosening(c, report.loosened).status].join(', ');
    return withBase
      ? [plain(c.name), measurementText(c.base), measurementText(c.head), changeText(c), allotment, status]
      : [plain(c.name), measurementText(c.head), allotment, status];
  });
  if (shown.length > 0) {
    const [headerLine, ...rowLines] = table(header, rows, (i) => i > 0 && i < header.length - 1);
    lines.push(paint('bold', headerLine!));
    shown.forEach((c, i) => {
      const text = rowLines[i]!;
      lines.push(c.status === 'ok' && !needsAttention(c, report) ? paint('dim', text) : paint(tone(c.status), text));
    });
  }
  if (rest.length > 0) lines.push(paint('dim', `  ${restLine(rest, withBase)}`));

  if (notes.length > 0) lines.push('', ...notes.map((note) => paint('dim', `  ${findingText(note, plain)}`)));
  // What the Markdown folds, the terminal counts: one line saying where it is.
  const moreNotes = listAll ? 0 : foldedNotes.length;
  const warnings = rest.reduce((sum, c) => sum + c.findings.length, 0);
  const more = [moreNotes > 0 ? `${plural(moreNotes, 'note')} on how the components were counted` : '', warnings > 0 ? `${plural(warnings, 'warning')} of the components not listed` : ''].filter(Boolean);
  if (more.length > 0) lines.push(paint('dim', `  In the Markdown report (--markdown, or the job summary): ${more.join(', ')}.`));

  if (requests.length > 0) {
    const requestHeader = ['Request', 'Model', 'Fixed', 'Reserved', 'Headroom', 'Cost/request', 'Status'];
    const requestRows = requests.map((r) => [
      plain(r.name),
      plain(r.model),
      fixedText(r),
      countText(r.reserved),
      headroomText(r),
      costText(r.cost?.perRequest, r.cost?.currency, r.estimated),
      `${r.failed ? '✗' : r.status === 'fits' ? '✓' : r.status === 'pre-existing' ? '!' : '?'} ${REQUEST_WORDS[r.status]}`,
    ]);
    lines.push('', ...table(requestHeader, requestRows, (i) => i > 1 && i < requestHeader.length - 1).map((text, i) =>
      i === 0 ? paint('bold', text) : paint(requests[i - 1]!.failed ? 'red' : 'green', text),
    ));
  }
  if (foldedRequests.length > 0) {
    if (requests.length === 0) lines.push('');
    const names = foldedRequests.slice(0, NAMES_LISTED).map((r) => plain(r.name)).join(', ');
    const more = foldedRequests.length > NAMES_LISTED ? ` and ${formatTokens(foldedRequests.length - NAMES_LISTED)} more` : '';
    lines.push(paint('dim', `  ${plural(foldedRequests.length, 'unchanged request')}${foldedRequests.every((r) => r.status === 'fits') ? ', all fit' : ''}: ${names}${more}.`));
  }

  const withFindings = shown.filter((c) => c.findings.length > 0);
  const requestFindings = requests.filter((r) => r.findings.length > 0);
  if (withFindings.length > 0 || requestFindings.length > 0) {
    lines.push('', paint('bold', 'What to do'));
    for (const c of withFindings) {
      for (const finding of c.findings) lines.push(paint(tone(c.status), `  ${MARK[c.status]} ${findingText(finding, plain)}`));
      if (c.failed && c.message) lines.push(`    ${plain(c.message)}`);
    }
    for (const r of requestFindings) for (const finding of r.findings) lines.push(paint(r.failed ? 'red' : 'yellow', `  ${r.failed ? '✗' : r.status === 'pre-existing' ? '!' : '?'} ${findingText(finding, plain)}`));
  }

  // Locally (no base, so nothing "shrank") one line is enough to say ratchet has work to do.
  const lower = lowerAllotmentNotes(report);
  const others = report.lowerAllotments.filter((l) => !l.shrank);
  if (lower.length > 0 || others.length > 0) {
    lines.push('', paint('bold', 'Allotments to lower'), ...lower.map((note) => `  ${findingText(note, plain)}`));
    if (others.length > 0) {
      const names = others.slice(0, 5).map((l) => `${plain(l.component)} (${formatTokens(l.from)} → ${formatTokens(l.to)})`).join(', ');
      lines.push(paint('dim', `  ${lower.length > 0 ? 'Also w' : 'W'}ell above their counts: ${names}${others.length > 5 ? ` and ${formatTokens(others.length - 5)} more` : ''}; \`npx prompt-budget ratchet\` lowers them in ${plain(report.configPath)}.`));
    }
  }
  return lines.join('\n') + '\n';
}

/** "13 unchanged components within budget: a, b, c and 10 more." */
function restLine(rest: readonly ComponentResult[], withBase: boolean): string {
  const names = rest.slice(0, NAMES_LISTED).map((c) => plain(c.name)).join(', ');
  const more = rest.length > NAMES_LISTED ? ` and ${formatTokens(rest.length - NAMES_LISTED)} more` : '';
  const near = rest.filter((c) => c.status === 'warn').length;
  const carried = rest.filter((c) => c.status === 'pre-existing').length;
  const also = [near > 0 ? `${near} near the limit` : '', carried > 0 ? `${carried} broken at base, not made worse` : ''].filter(Boolean);
  const what = withBase ? plural(rest.length, 'unchanged component') : plural(rest.length, 'more component');
  return `${what} ${also.length > 0 ? `without failures (${also.join(', ')})` : 'within budget'}: ${names}${more}.`;
}

/** Header and rows as aligned lines; `right(i)` says which columns are numbers. */
function table(header: string[], rows: string[][], right: (i: number) => boolean): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) => '  ' + cells.map((cell, i) => (right(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

type Tone = 'red' | 'yellow' | 'green' | 'bold' | 'dim';
const ANSI: Record<Tone, [number, number]> = { red: [31, 39], yellow: [33, 39], green: [32, 39], bold: [1, 22], dim: [2, 22] };

/** Escapes the text it paints as well, so that the only escape sequences in a line are its colours. */
function painter(color: boolean): (tone: Tone, text: string) => string {
  return (tone, text) => (color ? `\u001b[${ANSI[tone][0]}m${plain(text)}\u001b[${ANSI[tone][1]}m` : plain(text));
}

