/**
 * `npm run bench`: our tokenizer against js-tiktoken, tiktoken (WASM) and gpt-tokenizer, all with
 * o200k_base, on a realistic corpus, prose, adversarial inputs, load time, a tree of prompt files
 * and peak memory. Prints a Markdown report to stdout and progress to stderr.
 *
 * Method: ours is bundled from src/ with esbuild first, so the bench measures the code as
 * shipped. Every timed run is a child process (child.mjs) killed at the time limit, because the
 * references merge long pieces in quadratic time, and a fresh one, because caches would turn a
 * repeated run into lookups. Libraries take turns going first. Each count of ours is checked
 * against tiktoken's; a mismatch is printed and exits 1.
 *
 * Flags: --quick (small inputs, one run each), --limit SECONDS, --only ours,tiktoken,...,
 *        --api encode|count, --no-tree (skip the tree of files), --no-processes (skip the whole
 *        `prompt-budget count` processes on many files and on one, processes.mjs), --no-hf (skip
 *        the open models' tokenizer.json rows of huggingface.mjs, which compare ours with Rust
 *        `tokenizers`), --no-limits (skip the limit stores' admissions per second and latency,
 *        limits.mjs, which starts a local redis-server when one is installed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SetupError, adversarialInputs, buildCorpus, buildProse, utf8Bytes, writeTree } from './inputs.mjs';
import { LIBRARIES, ORACLE } from './libraries.mjs';
import { bundleFromSrc } from './bundle.mjs';
import { benchHuggingFace } from './huggingface.mjs';
import { benchProcesses } from './processes.mjs';
import { benchGuard } from './guard.mjs';
import { benchLimits } from './limits.mjs';
import { measureRow, runChild } from './measure.mjs';
import { formatSeconds, renderReport } from './report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run bench -- [--quick] [--limit SECONDS] [--only ours,js-tiktoken,tiktoken,gpt-tokenizer]
                        [--api encode|count] [--no-tree] [--no-processes] [--no-hf] [--no-guard]
                        [--no-limits]`;

/** parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
function parseUsage(parse) {
  try {
    return parse();
  } catch (error) {
    if (String(error?.code).startsWith('ERR_PARSE_ARGS')) throw new SetupError(`${error.message}\n${HELP}`);
    throw error;
  }
}

function parseOptions(args) {
  const { values } = parseUsage(() => parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      limit: { type: 'string' },
      only: { type: 'string' },
      api: { type: 'string', default: 'encode' },
      'no-tree': { type: 'boolean', default: false },
      'no-processes': { type: 'boolean', default: false },
      'no-hf': { type: 'boolean', default: false },
      'no-guard': { type: 'boolean', default: false },
      'no-limits': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const limit = Number(values.limit ?? (values.quick ? 2 : 20));
  if (!(limit > 0)) throw new SetupError(`--limit expects a number of seconds, got "${values.limit}"\n${HELP}`);
  if (!['encode', 'count'].includes(values.api)) throw new SetupError(`--api expects encode or count, got "${values.api}"\n${HELP}`);
  const only = values.only?.split(',').map((id) => id.trim());
  const unknown = only?.filter((id) => !LIBRARIES.some((library) => library.id === id));
  if (unknown?.length) throw new SetupError(`--only: unknown ${unknown.join(', ')}; expected ${LIBRARIES.map((l) => l.id).join(', ')}\n${HELP}`);
  const quick = values.quick;
  return {
    quick,
    limit,
    api: values.api,
    libraries: LIBRARIES.filter((library) => !only || only.includes(library.id)),
    tree: !values['no-tree'],
    processes: !values['no-processes'],
    hf: !values['no-hf'],
    guard: !values['no-guard'],
    limits: !values['no-limits'],
    // Timed runs per measurement: a median of up to `runs`, no new run after `seconds` of them.
    budget: quick ? { runs: 1, seconds: 0 } : { runs: 5, seconds: 3 },
    loadRounds: quick ? 3 : 7,
    sizes: quick ? { corpus: 0.5e6, prose: 0.25e6, tree: 5e6 } : { corpus: 3.4e6, prose: 1e6, tree: 50e6 },
  };
}

const progress = (text) => process.stderr.write(`${text}\n`);

const describe = (cell) => (cell.status === 'ok' ? `${formatSeconds(cell.seconds)} (${cell.tokens} tokens)` : cell.status);

/** Marks counts that disagree with tiktoken's; true when ours disagrees. */
function verify(row, unverified) {
  const oracle = row.cells[ORACLE];
  const ours = row.cells.ours;
  if (ours?.status !== 'ok') return false;
  if (oracle?.status !== 'ok') {
    unverified.push(row.label);
    return false;
  }
  for (const [id, cell] of Object.entries(row.cells)) {
    if (cell.status !== 'ok' || cell.tokens === oracle.tokens) continue;
    if (id === 'ours') cell.mismatch = { oracle: oracle.tokens };
    else cell.differs = { oracle: oracle.tokens };
  }
  if (ours.mismatch) progress(`✗ ${row.label}: ours counts ${ours.tokens} tokens, tiktoken ${oracle.tokens}`);
  return Boolean(ours.mismatch);
}

function describeEnvironment(options) {
  const version = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  let ours = 'src/';
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    // The last commit that changed the tokenizer, not HEAD: later commits elsewhere do not matter.
    const commit = git('log', '-1', '--format=%h %s', '--', 'src/tokenize');
    const dirty = git('status', '--porcelain', '--', 'src/tokenize') ? ' + uncommitted changes' : '';
    ours = `src/tokenize at ${commit.length > 70 ? `${commit.slice(0, 69)}…` : commit}${dirty}`;
  } catch {
    // Not a git checkout: say only where it came from.
  }
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    platform: `${process.platform}-${process.arch}`,
    // Other work on the machine slows every library; the report shows how busy it was.
    loadBefore: loadavg()[0],
    ours,
    versions: options.libraries.filter((l) => l.id !== 'ours').map((l) => `${l.id} ${version(l.id)}`).join(', '),
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const { libraries, limit, budget } = options;
  const work = mkdtempSync(join(tmpdir(), 'prompt-budget-bench-'));
  try {
    const oursDir = join(work, 'ours');
    // src/tokenize/tiktoken/encodings.ts as dist/ has it: rank tables in lazy chunks.
    await bundleFromSrc({ encodings: 'src/tokenize/tiktoken/encodings.ts' }, oursDir);
    const spec = { oursDir, api: options.api };
    const writeInput = (id, texts) => {
      const path = join(work, `${id}.json`);
      writeFileSync(path, JSON.stringify(texts));
      return path;
    };

    progress('Preparing inputs…');
    const corpus = buildCorpus(options.sizes.corpus);
    const prose = buildProse(options.sizes.prose);
    const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
    const inputs = [
      { id: 'corpus', kind: 'rate', label: `realistic corpus, ${mb(corpus.bytes)} in ${corpus.texts.length} files`, texts: corpus.texts, bytes: corpus.bytes },
      { id: 'prose', kind: 'rate', label: `English prose, ${mb(utf8Bytes(prose.text))}`, texts: [prose.text], bytes: utf8Bytes(prose.text) },
      ...adversarialInputs(options.quick).map((input) => ({ ...input, kind: 'time', texts: [input.text] })),
    ];
    const report = {
      env: describeEnvironment(options),
      options,
      libraries,
      rows: [],
      memory: [],
      unverified: [],
      inputs: [
        `Realistic corpus: ${corpus.sources.filter((s) => s.files > 0).map((s) => `${s.label} (${s.files} file${s.files === 1 ? '' : 's'}, ${mb(s.bytes)})`).join(', ')}; encoded file by file.`,
        'English prose: de-duplicated paragraphs of the Markdown in node_modules, the GitHub REST API descriptions and TypeScript lib JSDoc.',
        `Each timed run is a first pass over its input in a fresh process, after a warm-up on 100 KB of random text (a warm JIT, caches that have not seen the input); the median of ${budget.runs === 1 ? '1 run' : `up to ${budget.runs} runs (fewer after ${budget.seconds} s of runs)`}, the libraries taking turns to go first. MB = 10^6 bytes of UTF-8.`,
      ],
    };
    let mismatch = false;
    const finish = (row) => {
      for (const library of libraries) progress(`  ${library.label}: ${describe(row.cells[library.id])}`);
      mismatch = verify(row, report.unverified) || mismatch;
      report.rows.push(row);
    };

    // A library that passed the limit on one size of a family is not run on the larger ones.
    const timedOut = new Set();
    for (const [index, input] of inputs.entries()) {
      progress(`[${index + 1}/${inputs.length}] ${input.label}`);
      const path = writeInput(input.id, input.texts);
      const skip = (library) => Boolean(input.family) && timedOut.has(`${library.id}/${input.family}`);
      const cells = await measureRow(libraries, (library) => ({ ...spec, mode: 'time', lib: library.id, input: path }), budget, limit, index, skip);
      for (const [id, cell] of Object.entries(cells)) {
        if (input.family && cell.status === 'timeout') timedOut.add(`${id}/${input.family}`);
      }
      finish({ id: input.id, label: input.label, kind: input.kind, bytes: input.bytes, files: input.texts.length, target: input.target, cells });
    }

    progress(`load + first count, ${options.loadRounds} processes each`);
    const loadBudget = { runs: options.loadRounds, seconds: Infinity };
    const loadCells = await measureRow(libraries, (library) => ({ ...spec, mode: 'load', lib: library.id }), loadBudget, limit, 0);
    finish({ id: 'load', label: `load + first count of "hello world" (median of ${options.loadRounds} processes)`, kind: 'time', cells: loadCells });

    if (options.tree) {
      progress('Writing the tree of prompt files…');
      const tree = writeTree(join(work, 'tree'), options.sizes.tree, prose.paragraphs);
      const path = writeInput('tree', tree.paths);
      // One row per way of counting a tree; a parallel countFiles would add a row here.
      const label = `many files: ${tree.paths.length.toLocaleString('en-US')} files, ${mb(tree.bytes)}, read and counted on 1 thread`;
      progress(label);
      const cells = await measureRow(libraries, (library) => ({ ...spec, mode: 'tree', lib: library.id, input: path }), budget, limit, 0);
      finish({ id: 'tree', label, kind: 'files', bytes: tree.bytes, files: tree.paths.length, cells });
    }

    if (options.processes && ['ours', 'gpt-tokenizer'].every((id) => libraries.some((library) => library.id === id))) {
      progress(`Whole processes: prompt-budget count and gpt-tokenizer on the corpus as ${corpus.texts.length} files and as one`);
      report.processes = await benchProcesses({ work, texts: corpus.texts, bytes: corpus.bytes, rounds: budget.runs, limit: limit + 30, progress });
      mismatch = report.processes.mismatch || mismatch;
    }

    progress('Peak memory');
    const corpusPath = join(work, 'corpus.json');
    for (const library of [{ id: 'none', label: '(node + corpus, no library)' }, ...libraries]) {
      const cell = await runChild({ ...spec, mode: 'memory', lib: library.id, input: corpusPath }, limit);
      report.memory.push({ id: library.id, label: library.label, cell });
      progress(`  ${library.label} ${cell.status === 'ok' ? `${(cell.peakBytes / 1e6).toFixed(0)} MB` : cell.status}`);
    }

    const hf = options.hf ? await benchHuggingFace({ quick: options.quick, progress }) : undefined;
    mismatch = Boolean(hf?.mismatch) || mismatch;
    const guard = options.guard ? await benchGuard({ quick: options.quick, progress }) : undefined;
    const limits = options.limits ? await benchLimits({ quick: options.quick, progress }) : undefined;

    report.env.loadAfter = loadavg()[0];
    process.stdout.write(renderReport(report));
    if (hf) process.stdout.write(`\n${hf.markdown}`);
    if (guard) process.stdout.write(`\n${guard.markdown}`);
    if (limits) process.stdout.write(`\n${limits.markdown}`);
    if (mismatch) {
      console.error('✗ ours disagrees with the reference (tiktoken, or Rust tokenizers for tokenizer.json): see the ✗ rows. Exit 1.');
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
