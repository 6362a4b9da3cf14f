/**
 * Renders the bench's results as Markdown and checks the targets. Reads only the report that
 * run.mjs assembled; computes nothing but formatting, ratios and the PASS/FAIL of each target.
 *
 * A cell is one library on one input:
 *   { status: 'ok', seconds, tokens, runs }   median of `runs` timed runs
 *   { status: 'timeout' }                     killed at the limit
 *   { status: 'skipped' }                     not run: it passed the limit on a smaller input of the same family
 *   { status: 'error', message }
 * and, after verification, `mismatch: { oracle }` (ours disagrees with tiktoken) or
 * `differs: { oracle }` (a reference library disagrees with tiktoken).
 */

/** Target (b): the worst input may cost this many times the time per MB of ordinary prose. */
export const ADVERSARIAL_FACTOR = 5;

const MB = 1e6;
const sig3 = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const int = (value) => value.toLocaleString('en-US');

export function formatSeconds(seconds) {
  return seconds >= 1 ? `${sig3(seconds)} s` : `${sig3(seconds * 1000)} ms`;
}

function formatRatio(ratio) {
  const text = ratio >= 10 ? ratio.toFixed(0) : ratio >= 0.095 ? ratio.toFixed(1) : ratio.toPrecision(1);
  return ratio >= 1.05 ? `${text}× faster` : `${text}×`;
}

/** What a cell says: a rate for throughput rows, a time otherwise. */
function formatValue(row, cell) {
  if (row.kind === 'files') return `${int(Math.round(row.files / cell.seconds))} files/s, ${sig3(row.bytes / MB / cell.seconds)} MB/s`;
  if (row.kind === 'rate') return `${sig3(row.bytes / MB / cell.seconds)} MB/s`;
  return formatSeconds(cell.seconds);
}

/** Ours against the fastest reference that finished; a bound when one side hit the limit. */
function compare(row, limit) {
  const ours = row.cells.ours;
  const others = Object.entries(row.cells).filter(([id]) => id !== 'ours').map(([, cell]) => cell);
  const fastest = Math.min(...others.filter((cell) => cell.status === 'ok').map((cell) => cell.seconds));
  const slow = (cell) => cell.status === 'timeout' || cell.status === 'skipped';
  if (!ours || ours.mismatch) return '—';
  if (ours.status === 'ok') {
    if (Number.isFinite(fastest)) return formatRatio(fastest / ours.seconds);
    if (others.some(slow)) return `> ${formatRatio(limit / ours.seconds)}`;
  } else if (slow(ours) && Number.isFinite(fastest)) {
    return `< ${formatRatio(fastest / limit)}`;
  }
  return '—';
}

/** Collects footnotes while cells are rendered, numbering distinct texts once. */
class Notes {
  constructor() {
    this.texts = [];
  }
  mark(text) {
    let index = this.texts.indexOf(text);
    if (index < 0) index = this.texts.push(text) - 1;
    return `[${index + 1}]`;
  }
}

function renderCell(row, cell, options, notes) {
  if (!cell) return 'not run';
  if (cell.status === 'timeout') return `> ${options.limit} s`;
  if (cell.status === 'skipped') return `> ${options.limit} s ${notes.mark('Not run: it passed the limit on a smaller input of the same kind, and a larger one takes longer.')}`;
  if (cell.status === 'error') return `error ${notes.mark(cell.message.split('\n')[0].slice(0, 200))}`;
  if (cell.mismatch) return `✗ ${int(cell.tokens)} tokens, tiktoken ${int(cell.mismatch.oracle)}`;
  const value = formatValue(row, cell);
  if (cell.differs) return `${value} ${notes.mark(`${int(cell.tokens)} tokens where tiktoken counts ${int(cell.differs.oracle)} (${row.label}).`)}`;
  return value;
}

function renderTable(report, notes) {
  const { libraries, options, rows } = report;
  const header = ['input', ...libraries.map((library) => library.label), 'ours vs fastest other'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of rows) {
    const cells = libraries.map((library) => renderCell(row, row.cells[library.id], options, notes));
    lines.push(`| ${[row.label, ...cells, compare(row, options.limit)].join(' | ')} |`);
  }
  return lines.join('\n');
}

const verdict = (pass) => (pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL');
const byId = (report, id) => report.rows.find((row) => row.id === id);
const okSeconds = (cell) => (cell?.status === 'ok' && !cell.mismatch ? cell.seconds : undefined);

/** Target (a) or (c): ours takes no longer than gpt-tokenizer (medians; the runs' spread shown). */
function notSlower(row, what) {
  const ours = okSeconds(row?.cells.ours);
  const theirs = row?.cells['gpt-tokenizer'];
  if (!row || !theirs || !row.cells.ours) return `${verdict(undefined)} ${what}: not measured`;
  const theirSeconds = okSeconds(theirs);
  const pass = ours !== undefined && (theirSeconds === undefined ? theirs.status !== 'error' : ours <= theirSeconds);
  const show = (cell) => {
    if (okSeconds(cell) === undefined) return cell.status;
    if (!cell.spread || cell.runs < 2) return formatValue(row, cell);
    const [fast, slow] = cell.spread.map((seconds) => formatValue(row, { ...cell, seconds }));
    return `${formatValue(row, cell)} (${cell.runs} runs: ${row.kind === 'time' ? `${fast} to ${slow}` : `${slow} to ${fast}`})`;
  };
  const [oursCell, theirCell] = [row.cells.ours, theirs];
  const overlap = oursCell.spread && theirCell.spread && oursCell.spread[0] <= theirCell.spread[1] && theirCell.spread[0] <= oursCell.spread[1];
  const noise = ours !== undefined && theirSeconds !== undefined && overlap ? '; the runs overlap, so this verdict is within the noise of this machine' : '';
  return `${verdict(pass)} ${what}: ours ${show(oursCell)}, gpt-tokenizer ${show(theirCell)}${noise}`;
}

/** Target (b): every adversarial input at the target size, per MB, against prose per MB. */
function adversarialBound(report) {
  const prose = byId(report, 'prose');
  const proseSeconds = okSeconds(prose?.cells.ours);
  const what = `(b) every ${report.options.quick ? '100 KB (quick)' : '1 MB'} adversarial input costs ours ≤ ${ADVERSARIAL_FACTOR}× the time per MB of prose`;
  if (proseSeconds === undefined) return `${verdict(undefined)} ${what}: no prose time for ours`;
  const perMB = proseSeconds / (prose.bytes / MB);
  const checks = report.rows
    .filter((row) => row.target && row.cells.ours)
    .map((row) => {
      const seconds = okSeconds(row.cells.ours);
      const times = seconds === undefined ? undefined : seconds / (row.bytes / MB) / perMB;
      const pass = times !== undefined && times <= ADVERSARIAL_FACTOR;
      return { pass, text: `${pass ? '✓' : '✗'} ${row.label}: ${times === undefined ? row.cells.ours.status : `${times.toFixed(1)}×`}` };
    });
  const lines = [`${verdict(checks.length ? checks.every((check) => check.pass) : undefined)} ${what} (prose: ${formatSeconds(perMB)} per MB)`];
  return [...lines, ...checks.map((check) => `  - ${check.text}`)].join('\n');
}

function renderMemory(report) {
  if (report.memory.length === 0) return '';
  const baseline = report.memory.find((entry) => entry.id === 'none');
  const lines = ['| library | peak RSS | above node + corpus |', '| --- | ---: | ---: |'];
  for (const entry of report.memory) {
    const peak = entry.cell.status === 'ok' ? entry.cell.peakBytes : undefined;
    const above = peak !== undefined && baseline?.cell.peakBytes && entry !== baseline ? `+${sig3((peak - baseline.cell.peakBytes) / MB)} MB` : '—';
    lines.push(`| ${entry.label} | ${peak === undefined ? entry.cell.status : `${sig3(peak / MB)} MB`} | ${above} |`);
  }
  return lines.join('\n');
}

/**
 * Whole processes on many files and on one (processes.mjs): wall time with CPU time beside it,
 * ours over gpt-tokenizer on each row, and many over one for each side.
 */
function renderProcesses({ rows }) {
  const [many, one] = rows;
  const ok = (cell) => cell.status === 'ok';
  const show = (cell) => (ok(cell) ? `${formatSeconds(cell.seconds)} (CPU ${formatSeconds(cell.cpuSeconds)})` : cell.status);
  const ratio = (a, b, of) => (ok(a) && ok(b) ? `${(a[of] / b[of]).toFixed(2)}×` : '—');
  const both = (a, b) => `${ratio(a, b, 'seconds')} (CPU ${ratio(a, b, 'cpuSeconds')})`;
  const lines = ['| input | ours: `prompt-budget count` | gpt-tokenizer: readFileSync + countTokens | ours / gpt-tokenizer |', '| --- | ---: | ---: | ---: |'];
  for (const row of rows) lines.push(`| ${row.label} | ${show(row.cells.ours)} | ${show(row.cells['gpt-tokenizer'])} | ${both(row.cells.ours, row.cells['gpt-tokenizer'])} |`);
  lines.push(`| many files / one file | ${both(many.cells.ours, one.cells.ours)} | ${both(many.cells['gpt-tokenizer'], one.cells['gpt-tokenizer'])} | |`);
  const runs = many.cells.ours.runs ?? 1;
  return [
    `Each a whole process from spawn to exit (Node's start, loading, reading, counting, printing), median of ${runs} run${runs === 1 ? '' : 's'}, taking turns; CPU time is user + system of all its threads. ours: \`count --encoding o200k_base --format text --threads 1\`, bundled from src/.`,
    '',
    ...lines,
  ].join('\n');
}

export function renderReport(report) {
  const notes = new Notes();
  const table = renderTable(report, notes);
  const { env, options } = report;
  const out = [
    '# Tokenizer bench: o200k_base',
    '',
    `Node ${env.node} · ${env.cpu} · ${env.cores} cores · ${env.platform} · ${options.quick ? 'quick run' : 'full run'}`,
    `ours: ${env.ours} · ${env.versions} · API: ${options.api} · limit ${options.limit} s per measurement`,
    `Load average (1 min) before: ${env.loadBefore.toFixed(2)}, after: ${env.loadAfter.toFixed(2)}`,
    '',
    ...report.inputs.map((line) => `- ${line}`),
    '',
    table,
    '',
    ...notes.texts.map((text, i) => `[${i + 1}] ${text}  `),
  ];
  if (report.unverified.length > 0) out.push('', `Not checked against tiktoken (it did not finish): ${report.unverified.join('; ')}.`);
  out.push(
    '',
    '## Targets',
    '',
    ...[
      notSlower(byId(report, 'corpus'), '(a) realistic corpus throughput, ours ≥ gpt-tokenizer'),
      adversarialBound(report),
      notSlower(byId(report, 'load'), '(c) load + first count, ours ≤ gpt-tokenizer'),
    ].map((target) => `- ${target}`),
  );
  if (report.processes) out.push('', '## Many files against one, as whole processes', '', renderProcesses(report.processes));
  const memory = renderMemory(report);
  if (memory) out.push('', '## Peak memory (load, then encode the realistic corpus once)', '', memory);
  return out.join('\n') + '\n';
}
