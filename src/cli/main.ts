#!/usr/bin/env node
/**
 * `prompt-budget`: the same engine as the action, for a terminal or any CI.
 * Exit status: 0 within budgets (or --report-only, unless something could not be measured), 1 a budget
 * broke, 2 the invocation or configuration is wrong.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from './args.js';
import packageJson from '../../package.json' with { type: 'json' };
import { countPlans, methodFor } from '../budget/measure.js';
import { init, ratchet } from './adopt.js';
import { usage } from './usage.js';
import { FileCounts } from '../budget/file-counts.js';
import { decodePrompt, tooLarge } from '../budget/text.js';
import { MAX_PROMPT_BYTES } from '../common/prompt-size.js';
import { readRegularFile, refusalText, writeReplacing } from '../files/confined.js';
import { detectFormat, isPromptFormat, PROMPT_FORMATS, type PromptFormat } from '../prompts/formats.js';
import { checkRepository } from '../run/check-repository.js';
import { failsTheRun } from '../budget/report.js';
import { countingApisFromEnv, KEY_VARIABLES } from '../run/vendor-apis.js';
import { addSecret } from '../common/secrets.js';
import { asProblem, isUserError, UserError } from '../common/errors.js';
import { bundledWorkerUrl, describeCounting, poolCounter } from '../parallel/pool.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTerminal } from '../render/terminal.js';
import { logLine, print, printRendered, safe } from './output.js';
import { catalogVendorOf } from '../catalog/catalog.js';
import { tokenizerOfModel } from '../config/tokenizer-setting.js';
import { ENCODING_NAMES, isEncodingName } from '../tokenize/tiktoken/encoding-names.js';
import { findModel } from '../tokenize/models.js';
import { loadTokenizerFileFromDisk } from '../run/tokenizer-files.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import { countingText, findingText } from '../render/labels.js';

const USAGE = `Usage:
  prompt-budget check [--config budgets.yml] [--base REF] [--staged] [--report-only] [--json FILE] [--markdown FILE] [--threads N] [--count-cache FILE]
      Check the components in budgets.yml: head is the working tree, base a git ref.
      Exit 0 within budgets, 1 when a budget broke, 2 on a usage or configuration error.
      --staged: head is the index (what git commit would record), base HEAD unless --base: for
      a pre-commit hook; unstaged edits are ignored.
      --report-only: show what would fail but exit 0 when a budget broke (a usage or
      configuration error still exits 2; a component that matches no files or cannot be
      counted still exits 1).
      Claude and Gemini models are counted exactly through their vendors' counting APIs when
      ANTHROPIC_API_KEY or GEMINI_API_KEY is set (answers kept in --count-cache FILE), and
      otherwise estimated (marked ≈, checked at their upper bound).
  prompt-budget count [--encoding E | --model M] [--tokenizer tokenizer.json] [--format F] [--json] [--threads N] [FILE ...]
      Count the tokens of files (standard input when no FILE) as the model receives them: chat files
      (.json, .yaml, .jsonl, .prompt.yml, .prompty, .prompt) as their messages plus the chat overhead
      of --model (or the chat template beside --tokenizer); --format overrides the extension.
      Exact for OpenAI models and tokenizer.json files; Claude and Gemini through their counting
      APIs with ANTHROPIC_API_KEY / GEMINI_API_KEY, else estimated (shown as ≈N (≤upper bound)).
      Default encoding: o200k_base. Encodings: ${ENCODING_NAMES.join(', ')}.
  prompt-budget init [--model M] [--headroom 10%] [--config budgets.yml] [--dry-run] [--force] [--count-cache FILE]
      Write budgets.yml for the prompt files found here (agent instructions such as AGENTS.md and
      CLAUDE.md, prompts/ directories, .prompt.yml, .prompty, .prompt files), each allotment at
      today's count plus headroom, rounded up: check passes at once. --dry-run prints it instead;
      an existing file is kept unless --force. Default model: gpt-4.1. An estimated model is
      allotted from its upper bound; ANTHROPIC_API_KEY / GEMINI_API_KEY make it exact.
  prompt-budget ratchet [--headroom 10%] [--config budgets.yml] [--dry-run] [--count-cache FILE]
      Lower max_tokens to today's count plus headroom, rounded up, where that saves over 10% of it,
      changing nothing else in the file. Never raises one; skips a component that cannot be counted
      or is only estimated (give ANTHROPIC_API_KEY / GEMINI_API_KEY to count it exactly).
  prompt-budget usage [--config budgets.yml] [--json] [--fail-on-exceeded] FILE...
      Production's usage records (JSON lines, one per call, as the run-time library's onUsage gives
      them) per request: history offered, user input and output at p50/p95/p99/max (nearest rank)
      against the reserves in budgets.yml, flagging a reserve the p99 exceeds or the largest call
      stays below 25% of. Exit 0 (1 with --fail-on-exceeded when a reserve is exceeded), 2 when a
      line is not a usage record (each named at file:line) or a file cannot be read.
  --threads N: most threads to count on (default: the machine's cores; used only for megabytes
      of text, where starting a thread pays off).
  prompt-budget --help | --version`;

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

/** The CLI reads the vendors' keys from these variables, and messages name them. */
const CLI_KEY_NAMES = { anthropic: 'ANTHROPIC_API_KEY', gemini: 'GEMINI_API_KEY' } as const;

/** Secrets a CLI run may hold: redacted from all it prints, whichever command runs. */
const SECRET_VARIABLES = [...KEY_VARIABLES, 'GITHUB_TOKEN', 'GH_TOKEN'];

async function main(argv: string[]): Promise<number> {
  for (const name of SECRET_VARIABLES) addSecret(process.env[name]);
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return check(rest);
    case 'count':
      return count(rest);
    case 'init':
      return init(rest);
    case 'ratchet':
      return ratchet(rest);
    case 'usage':
      return usage(rest);
    case '--version':
    case '-v':
      process.stdout.write(`${packageJson.version}\n`);
      return EXIT.pass;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? EXIT.usage : EXIT.pass;
    default:
      throw new UserError(`Unknown command ${JSON.stringify(command)}`, 'Use `prompt-budget check`, `count`, `init`, `ratchet` or `usage` (see --help).');
  }
}

async function check(args: string[]): Promise<number> {
  const { values } = parse(() =>
    parseArgs({
      args,
      strict: true,
      options: {
        config: { type: 'string', default: 'budgets.yml' },
        base: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        threads: { type: 'string' },
        'count-cache': { type: 'string' },
        staged: { type: 'boolean', default: false },
        'report-only': { type: 'boolean', default: false },
      },
    }),
  );
  const apis = await countingApisFromEnv(values['count-cache'], logLine);
  const { report } = await checkRepository({
    cwd: process.cwd(),
    configPath: values.config,
    head: { label: values.staged ? 'staged' : 'working tree' },
    staged: values.staged,
    reportOnly: values['report-only'],
    ...(values.base !== undefined && { base: { ref: values.base, label: values.base, fetch: false } }),
    log: logLine,
    counter: counter(values.threads),
    vendors: apis.vendors,
    keyNames: CLI_KEY_NAMES,
  });
  await apis.save();

  const json = `${JSON.stringify(report, null, 2)}\n`;
  const markdown = renderMarkdown(report);
  await Promise.all([
    values.json !== undefined && emit(values.json, json),
    values.markdown !== undefined && emit(values.markdown, markdown),
  ]);
  // With a report on stdout, keep stdout machine-readable and show the table on stderr.
  const toStdout = values.json !== '-' && values.markdown !== '-';
  const table = renderTerminal(report, { color: (toStdout ? process.stdout : process.stderr).isTTY === true && !process.env.NO_COLOR });
  printRendered(table, toStdout ? 'stdout' : 'stderr');
  return failsTheRun(report) ? EXIT.fail : EXIT.pass;
}

async function emit(target: string, text: string): Promise<void> {
  if (target === '-') print(text);
  else await writeReplacing(resolve(target), safe(text));
}

async function count(args: string[]): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        encoding: { type: 'string' },
        model: { type: 'string' },
        tokenizer: { type: 'string' },
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        threads: { type: 'string' },
      },
    }),
  );
  const tokenizer = chooseTokenizer(values.encoding, values.model, values.tokenizer);
  // An OpenAI model tiktoken does not name: its encoding is its family's, assumed, and said so.
  const assumedFrom = values.model !== undefined && tokenizer.kind === 'encoding' ? findModel(values.model)?.assumedFrom : undefined;
  const files = positionals.length > 0 ? positionals : ['-'];
  const texts: (string | UserError)[] = [];
  for (const path of files) {
    const bytes = path === '-' ? await readStdin() : await readNamedFile(path);
    texts.push(asProblem(() => decodePrompt(bytes, path === '-' ? 'standard input' : path)));
  }
  const format = values.format === undefined ? undefined : chooseFormat(values.format);
  const huggingface = tokenizer.kind === 'huggingface' ? new Map([[tokenizer.path, await loadTokenizerFileFromDisk(tokenizer.path)]]) : undefined;
  const plan = new FileCounts(huggingface);
  // Standard input has no extension to go by: it is text unless --format says otherwise.
  const planned = files.map((path, i) => plan.add(path, texts[i]!, { tokenizer, ...(values.model !== undefined && { model: values.model }), format: format ?? (path === '-' ? 'text' : detectFormat(path)) }));
  const unreadable = planned.find((file) => file.problem !== undefined);
  if (unreadable) throw new UserError(unreadable.problem!, 'Count text files: UTF-8 (or UTF-16 with a byte order mark), well-formed for their format.');
  const apis = await countingApisFromEnv(undefined, logLine);
  const methods = await countPlans([plan], { encodings: counter(values.threads), ...(huggingface && { huggingface }), vendors: apis.vendors, keyNames: CLI_KEY_NAMES });
  const method = methodFor(methods, tokenizer);
  // A chat file's framing estimated with OpenAI's formula (a model OpenAI publishes none for) makes the total approximate too.
  const exact = method.exact && planned.every((file) => file.overheadExact !== false);
  const counted = files.map((path, i) => ({ path, tokens: planned[i]!.tokens, ...(planned[i]!.high !== undefined && { high: planned[i]!.high }) }));
  const total = counted.reduce((sum, f) => sum + f.tokens, 0);
  const high = counted.reduce((sum, f) => sum + (f.high ?? f.tokens), 0);

  if (values.json) {
    const encoding = tokenizer.kind === 'encoding' ? { encoding: tokenizer.encoding } : {};
    print(`${JSON.stringify({ ...encoding, tokenizer, exact, ...(assumedFrom !== undefined && { assumedFrom }), files: counted, total, ...(!method.exact && { high }) })}\n`);
  } else {
    const shown = (tokens: number, upper: number | undefined) => (method.exact ? `${exact ? '' : '≈'}${tokens}` : `≈${tokens} (≤${upper ?? tokens})`);
    const width = Math.max(...counted.map((f) => shown(f.tokens, f.high).length), shown(total, high).length);
    for (const f of counted) print(`${shown(f.tokens, f.high).padStart(width)}  ${f.path}\n`);
    if (counted.length > 1) print(`${shown(total, high).padStart(width)}  total (${method.label})\n`);
    if (!method.exact) logLine(findingText(countingText(method)));
    else if (!exact) logLine(`≈: the chat formatting is estimated with OpenAI's published formula, which ${values.model ?? 'this model'} is not documented to follow.`);
    if (assumedFrom !== undefined) logLine(`${values.model} is counted with ${method.label}, assumed from its family (${assumedFrom}): OpenAI publishes no encoding for it.`);
  }
  return EXIT.pass;
}

/** Counts on worker threads when there is enough text; says so on stderr when it does. */
function counter(threads: string | undefined) {
  const limit = threads === undefined ? undefined : Number(threads);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) throw new UserError(`--threads ${JSON.stringify(threads)} is not a whole number of threads`, 'Give 1 or more (1 counts on the main thread only).');
  return poolCounter({
    workerUrl: bundledWorkerUrl(import.meta.url),
    ...(limit !== undefined && { threads: limit }),
    onCounted: (stats) => {
      if (stats.threads > 1) logLine(describeCounting(stats));
    },
  });
}

function chooseFormat(format: string): PromptFormat {
  if (isPromptFormat(format)) return format;
  throw new UserError(`Unknown format ${JSON.stringify(format)}`, `Use one of ${PROMPT_FORMATS.join(', ')} (default: by the file's extension).`);
}

/** --encoding, --model (any model prompt-budget knows) and --tokenizer, as budgets.yml reads them. */
function chooseTokenizer(encoding: string | undefined, model: string | undefined, tokenizerPath: string | undefined): TokenizerSpec {
  if (encoding !== undefined && (model !== undefined || tokenizerPath !== undefined)) throw new UserError('Give --encoding alone, or --model (with --tokenizer for a tokenizer.json)');
  if (tokenizerPath !== undefined) return { kind: 'huggingface', path: tokenizerPath };
  if (model !== undefined) {
    const found = tokenizerOfModel(model, { userModels: new Map(), catalogVendorOf });
    if (!found) throw new UserError(`Unknown model ${JSON.stringify(model)}`, `Use --encoding with one of ${ENCODING_NAMES.join(', ')}, --tokenizer with a tokenizer.json, or a model prompt-budget knows (gpt-4.1, claude-sonnet-4-5, gemini-2.5-pro, llama-3.3-70b...).`);
    return found;
  }
  if (encoding === undefined) return { kind: 'encoding', encoding: 'o200k_base' };
  if (!isEncodingName(encoding)) throw new UserError(`Unknown encoding ${JSON.stringify(encoding)}`, `Use one of ${ENCODING_NAMES.join(', ')}.`);
  return { kind: 'encoding', encoding };
}

/**
 * A file named on the command line: the user's choice, so it may lie outside the repository, but
 * it is still a regular file read to a bound (a FIFO or /dev/zero would never end).
 */
async function readNamedFile(path: string): Promise<Uint8Array> {
  const read = await readRegularFile(path, MAX_PROMPT_BYTES);
  if ('bytes' in read) return read.bytes;
  if (read.refused.kind === 'too-large') throw tooLarge(path, read.refused.bytes);
  throw new UserError(refusalText(path, read.refused), 'Pass paths of text files, or - for standard input.');
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (isUserError(error)) print(`prompt-budget: ${error.format()}\n`, 'stderr');
    else print(`prompt-budget: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}\n`, 'stderr');
    process.exitCode = EXIT.usage;
  },
);
