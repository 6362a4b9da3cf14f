import type { ComponentResult, CountingMethod, FileDelta, Finding, Report, RequestResult, Revision } from '../budget/report.js';
import { fileChanges, type FileChange } from '../budget/changes.js';
import { formatMoney } from '../catalog/money.js';
import { formatSignedTokens, formatTokens } from '../common/format.js';
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
  requestIcon,
  assumedModels,
  REQUEST_WORDS,
  rowLoosening,
  STATUS_ICON,
  statusText,
  countingText,
  verdictIcon,
  reportOnlyText,
  verdictText,
} from './labels.js';
import { focus } from './focus.js';
import { codeSpan, escapeText } from './markdown-escape.js';
import { unbudgetedMarkdown } from './unbudgeted.js';
import { usageFindings } from './usage.js';
import type { UsageAnalysis } from '../budget/usage-report.js';

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** A first line that lets the action find its own comment again (an HTML comment, invisible). */
  marker?: string;
  /** Keep the result under this many characters, dropping detail first. */
  maxLength?: number;
  /** Where the full report can be read when detail is dropped. */
  fullReportHint?: string;
  /** A link to a file at head (e.g. on github.com), for the per-file detail. */
  fileUrl?: (path: string) => string;
}

/** The PR comment and the job summary: verdict first, then what changed, then folded detail. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = options.maxLength ?? Infinity;
  // Drop detail until it fits: files first, then unchanged rows, then cap the main table.
  const attempts: Detail[] = [
    { files: true, unchanged: true, rows: Infinity },
    { files: false, unchanged: true, rows: Infinity },
    { files: false, unchanged: false, rows: Infinity },
    { files: false, unchanged: false, rows: 200 },
    { files: false, unchanged: false, rows: 20 },
  ];
  for (const detail of attempts) {
    const body = render(report, options, detail);
    if (body.length <= limit) return body;
  }
  return render(report, options, { files: false, unchanged: false, rows: 0 }).slice(0, limit);
}

interface Detail {
  files: boolean;
  unchanged: boolean;
  rows: number;
}

/** Relaxed rules listed under the verdict; the rest are in the report JSON and the job summary. */
const LOOSENINGS_SHOWN = 5;

function render(report: Report, options: MarkdownOptions, detail: Detail): string {
  const { shown: main, folded: quiet, notes, foldedNotes, requests, foldedRequests } = focus(report);
  const shown = main.slice(0, detail.rows);
  const omitted = main.length - shown.length + (detail.unchanged ? 0 : quiet.length);
  const fileRows = fileChanges(report.components);
  const withBase = report.base !== null;

  const lines: string[] = [];
  if (options.marker) lines.push(options.marker);
  lines.push(`### ${verdictIcon(report)} prompt-budget: ${verdictText(report)}`, '', contextLine(report), '');
  // Our own words, no text from the repository: nothing to escape.
  if (report.reportOnly) lines.push(`_${reportOnlyText(report)}_`, '');
  lines.push(...unbudgetedMarkdown(report));
  if (report.loosened.length > 0) lines.push(...looseningSection(report), '');
  if (shown.length > 0) lines.push(...componentTable(shown, withBase, report), '');
  if (omitted > 0 || (!detail.files && fileRows.length > 0)) {
    lines.push(`_Detail left out to fit GitHub's comment limit${omitted > 0 ? ` (${formatTokens(omitted)} more component rows)` : ''}: ${escapeText(options.fullReportHint ?? 'see the job summary')}._`, '');
  }

  if (requests.length > 0) lines.push('**Requests**: fixed components plus reserves (history, user input, output) against the context window', '', ...requestTable(requests), '');

  const todo = [...findingLines(main), ...requestFindingLines(requests)];
  if (todo.length > 0) lines.push('**What to do**', '', ...todo, '');

  if (report.production) lines.push(...productionSection(report.production), '');

  const lower = lowerAllotmentNotes(report);
  if (lower.length > 0) lines.push('**Allotments to lower** (optional: keeps the budget tight after a prompt shrank)', '', ...lower.map((note) => `- 📉 ${renderFinding(note)}`), '');

  if (notes.length > 0) lines.push(...notes.map((note) => `<sub>${renderFinding(note)}</sub>  `), '');

  if (detail.unchanged && quiet.length > 0) {
    lines.push(...folded(foldedSummary(quiet), [...componentTable(quiet, withBase, report), '', ...findingLines(quiet)]));
  }
  if (detail.unchanged && foldedRequests.length > 0) {
    const summary = `${plural(foldedRequests.length, 'unchanged request')}${foldedRequests.every((r) => r.status === 'fits') ? ', all fit' : ''}`;
    lines.push(...folded(summary, [...requestTable(foldedRequests), '', ...requestFindingLines(foldedRequests)]));
  }
  if (detail.unchanged && foldedNotes.length > 0) {
    const summary = `How ${foldedNotes.length === 1 ? 'a component was' : 'the components were'} counted (${plural(foldedNotes.length, 'note')})`;
    lines.push(...folded(summary, foldedNotes.map((note) => `- ${renderFinding(note)}`)));
  }
  if (detail.files && fileRows.length > 0) lines.push(...folded(`${plural(fileRows.length, 'changed file')}`, fileTable(fileRows, options.fileUrl)));
  lines.push(footer(report));
  return lines.join('\n') + '\n';
}

/** A `<details>` block: one line until unfolded. `summary` is HTML of our own words. */
function folded(summary: string, body: readonly string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', ...body, ...(body.at(-1) === '' ? [] : ['']), '</details>', ''];
}

function requestFindingLines(requests: readonly RequestResult[]): string[] {
  return requests.flatMap((r) => r.findings.map((finding) => `- ${requestIcon(r)} ${renderFinding(finding)}`));
}

/** What each component's findings say (why it fails or warns, what to do), with the team's own message when it fails. */
function findingLines(components: readonly ComponentResult[]): string[] {
  return components.flatMap((c) => [
    ...c.findings.map((finding) => `- ${STATUS_ICON[c.status]} ${renderFinding(finding)}`),
    ...(c.failed && c.message ? [`  > ${escapeText(c.message)}`] : []),
  ]);
}

/** "13 unchanged components within budget", or what else they are: "without failures: 2 near the limit, …". HTML for `<summary>`, our own words only. */
function foldedSummary(quiet: readonly ComponentResult[]): string {
  const near = quiet.filter((c) => c.status === 'warn').length;
  const carried = quiet.filter((c) => c.status === 'pre-existing').length;
  const noise = quiet.some((c) => c.noise) ? ' (or changed by less than <code>min_change</code>)' : '';
  const also = [near > 0 ? `${near} near the limit` : '', carried > 0 ? `${carried} broken at base, not made worse` : ''].filter(Boolean);
  return `${plural(quiet.length, 'unchanged component')}${noise} ${also.length > 0 ? `without failures: ${also.join(', ')}` : 'within budget'}`;
}

/** Rules of the base's budgets.yml this change relaxes, where the eye lands: under the verdict. */
function looseningSection(report: Report): string[] {
  const listed = report.loosened.slice(0, LOOSENINGS_SHOWN);
  const more = report.loosened.length - listed.length;
  return [
    `**🔓 This change loosens the budgets it is judged by.** Have an owner of ${codeSpan(report.configPath)} review it:`,
    '',
    ...listed.map((l) => `- ${renderFinding(looseningFinding(l, report.configPath))}`),
    ...(more > 0 ? [`- and ${more} more (the job summary and the report JSON list them all).`] : []),
  ];
}

function contextLine(report: Report): string {
  const total = `**${formatTokens(report.totals.head)} tokens**`;
  const delta = report.totals.delta !== null ? ` (${formatSignedTokens(report.totals.delta)})` : '';
  const head = revisionText(report.head);
  const against = report.base ? ` vs base ${revisionText(report.base)}` : ' (no base: checked against allotments only)';
  return `${total}${delta} at ${head}${against} · config ${codeSpan(report.configPath)}`;
}

function revisionText(revision: Revision): string {
  const sha = revision.sha ? ` @ ${codeSpan(revision.sha.slice(0, 7))}` : '';
  return `${codeSpan(revision.label)}${sha}`;
}

function componentTable(components: readonly ComponentResult[], withBase: boolean, report: Report): string[] {
  const header = withBase
    ? ['| | Component | Base | Head | Change | Allotment | Status |', '|:-:|:--|--:|--:|--:|--:|:--|']
    : ['| | Component | Tokens | Allotment | Status |', '|:-:|:--|--:|--:|:--|'];
  const rows = components.map((c) => {
    const cell = allotmentCell(c, report.loosened);
    const allotment = cell.raised ? `**${cell.text}**` : cell.text;
    const status = [statusText(c), ...rowLoosening(c, report.loosened).status.map((s) => `**${s}**`)].join(', ');
    const cells = withBase
      ? [STATUS_ICON[c.status], codeSpan(c.name, true), measurementText(c.base), measurementText(c.head), changeText(c), allotment, status]
      : [STATUS_ICON[c.status], codeSpan(c.name, true), measurementText(c.head), allotment, status];
    return `| ${cells.join(' | ')} |`;
  });
  return [...header, ...rows];
}

/** Each request: does it still fit the window, and what its fixed prefix costs. */
function requestTable(requests: readonly RequestResult[]): string[] {
  const withVolume = requests.some((r) => r.cost?.perMonth);
  const header = ['| | Request | Model | Fixed tokens | Reserved | Headroom of window | Cost / request', withVolume ? ' | Cost at volume' : '', ' |'].join('');
  const align = `|:-:|:--|:--|--:|--:|--:|--:|${withVolume ? '--:|' : ''}`;
  const rows = requests.map((r) => {
    const cells = [
      `${requestIcon(r)}`,
      codeSpan(r.name, true),
      codeSpan(r.model, true),
      fixedText(r),
      countText(r.reserved),
      `${headroomText(r)}${r.status === 'fits' ? '' : ` (${REQUEST_WORDS[r.status]})`}`,
      costText(r.cost?.perRequest, r.cost?.currency, r.estimated),
      ...(withVolume
        ? [
            r.cost?.perDay && r.cost.perMonth
              ? `${costText(r.cost.perDay, r.cost.currency, r.estimated)} a day, ${costText(r.cost.perMonth, r.cost.currency, r.estimated)} a month at ${codeSpan(r.volume ?? '', true)}`
              : '–',
          ]
        : []),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const notes = requests.flatMap((r) => (r.cost ? [priceNote(r)] : []));
  return [header, align, ...rows, ...(notes.length > 0 ? ['', ...[...new Set(notes)].map((n) => `<sub>${n}</sub>`)] : [])];
}

/** Where the money comes from: input price of the fixed prefix, its date, and caching. */
function priceNote(r: RequestResult): string {
  const cost = r.cost!;
  const cached = cost.cached ? `; its prefix (${formatTokens(r.fixed.head)} tokens, at least ${formatTokens(cost.cached.minTokens)}) can be cached at ${formatMoney(cost.cached.perMillion, { currency: cost.currency })} per 1M, ${formatMoney(cost.cached.perRequest.head, { currency: cost.currency })} per request` : '';
  return `${codeSpan(r.model)}: fixed prefix at ${formatMoney(cost.inputPerMillion, { currency: cost.currency })} per 1M input tokens (list price as of ${codeSpan(cost.asOf)})${cached}.`;
}

function fileTable(rows: readonly FileChange[], fileUrl?: (path: string) => string): string[] {
  // A removed file has no page at head to link to.
  const pathCell = (file: FileDelta) => (fileUrl && file.head !== null ? `[${codeSpan(file.path, true)}](${linkTarget(fileUrl(file.path))})` : codeSpan(file.path, true));
  return [
    '| Component | File | Base | Head | Change |',
    '|:--|:--|--:|--:|--:|',
    ...rows.map(({ components, shared, file }) => {
      const component = `${shared > 1 ? `shared by ${shared}: ` : ''}${components.map((name) => codeSpan(name, true)).join(', ')}`;
      const change = file.renamedFrom !== undefined
        ? `renamed from ${codeSpan(file.renamedFrom, true)}${file.delta === 0 ? '' : `, ${formatSignedTokens(file.delta)}`}`
        : file.base === null ? 'added' : file.head === null ? 'removed' : formatSignedTokens(file.delta);
      return `| ${component} | ${pathCell(file)} | ${countText(file.base)} | ${countText(file.head)} | ${change} |`;
    }),
  ];
}

/** A URL safe inside `( )` of a Markdown link and a table cell: no spaces, parentheses or pipes left raw. */
function linkTarget(url: string): string {
  return url.replace(/[\s()|<>`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Plain spans are our own words; values from the repository become code spans. */
function renderFinding(finding: Finding): string {
  return findingText(finding, (text) => codeSpan(text));
}

/** One line per flagged reserve (none when traffic fits them all); the percentiles are in the report JSON and `prompt-budget usage`. */
function productionSection(analysis: UsageAnalysis): string[] {
  const findings = usageFindings(analysis);
  const seen = plural(analysis.records, 'usage record');
  if (findings.length === 0) return [`<sub>Production usage (${seen}): every reserve fits its traffic.</sub>`];
  return [`**Seen in production** (${seen}; p99 and max by nearest rank)`, '', ...findings.map(({ kind, finding }) => `- ${kind === 'exceeded' ? '📈' : '📉'} ${renderFinding(finding)}`)];
}

function footer(report: Report): string {
  // An encoding assumed for a model from its family is exact for the encoding, not known for the model: said so.
  const assumedFor = (m: CountingMethod) => {
    const tokenizer = m.tokenizer;
    const names = tokenizer.kind === 'encoding' ? assumedModels(report.components.filter((c) => c.tokenizer.kind === 'encoding' && c.tokenizer.encoding === tokenizer.encoding)) : [];
    return names.length > 0 ? `, assumed for ${names.map((name) => codeSpan(name)).join(', ')}` : '';
  };
  const exact = report.counting.filter((m) => m.exact).map((m) => renderFinding(countingText(m)) + assumedFor(m));
  return `<sub>${exact.length > 0 ? `Counted with ${exact.join(', ')}. ` : ''}Posted by prompt-budget.</sub>`;
}
