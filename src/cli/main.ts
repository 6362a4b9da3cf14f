#!/usr/bin/env node
/**
 * `prompt-budget`: the same engine as the action, for a terminal or any CI.
 * Exit status: 0 within budgets, 1 a budget broke, 2 the invocation or configuration is wrong.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { countTexts } from '../budget/counting.js';
import { init, ratchet } from './adopt.js';
import { FileCounts } from '../budget/file-counts.js';
import { decodePrompt } from '../budget/text.js';
import { detectFormat, isPromptFormat, PROMPT_FORMATS, type PromptFormat } from '../prompts/formats.js';
import { checkRepository } from '../check-repository.js';
import { openCountingApis } from '../counting-apis.js';
import { asProblem, isUserError, UserError } from '../errors.js';
import { bundledWorkerUrl, describeCounting, poolCounter } from '../parallel/pool.js';
import { renderMarkdown } from '../render/markdown.js';
import { plain, renderTerminal } from '../render/terminal.js';
import { ENCODING_NAMES, isEncodingName, type EncodingName } from '../tokenize/encodings.js';
import { findModel } from '../tokenize/models.js';

const USAGE = `Usage:
  prompt-budget check [--config budgets.yml] [--base REF] [--json FILE] [--markdown FILE] [--threads N] [--count-cache FILE]
      Check the components in budgets.yml: head is the working tree, base a git ref.
      Exit 0 within budgets, 1 when a budget broke, 2 on a usage or configuration error.
      Claude and Gemini models are counted exactly through their vendors' counting APIs when
      ANTHROPIC_API_KEY or GEMINI_API_KEY is set (answers kept in --count-cache FILE), and
      otherwise estimated (marked ≈, checked at their upper bound).
  prompt-budget count [--encoding E | --model M] [--format F] [--json] [--threads N] [FILE ...]
      Count the tokens of files (standard input when no FILE) as the model receives them, exactly as
      OpenAI's tokenizer does: chat files (.json, .yaml, .jsonl, .prompt.yml, .prompty, .prompt) as
      their messages plus the chat overhead of --model; --format overrides the extension.
      Default encoding: o200k_base. Encodings: ${ENCODING_NAMES.join(', ')}.
  prompt-budget init [--model M] [--headroom 10%] [--config budgets.yml] [--dry-run] [--force]
      Write budgets.yml for the prompt files found here (agent instructions such as AGENTS.md and
      CLAUDE.md, prompts/ directories, .prompt.yml, .prompty, .prompt files), each allotment at
      today's count plus headroom, rounded up: check passes at once. --dry-run prints it instead;
      an existing file is kept unless --force. Default model: gpt-4.1.
  prompt-budget ratchet [--headroom 10%] [--config budgets.yml] [--dry-run]
      Lower max_tokens to today's count plus headroom, rounded up, where that saves over 10% of it,
      changing nothing else in the file. Never raises one; skips a component that cannot be counted.
  --threads N: most threads to count on (default: the machine's cores; used only for megabytes
      of text, where starting a thread pays off).
  prompt-budget --help | --version`;

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

async function main(argv: string[]): Promise<number> {
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
      throw new UserError(`Unknown command ${JSON.stringify(command)}`, 'Use `prompt-budget check`, `count`, `init` or `ratchet` (see --help).');
  }
}

/** parseArgs, with its complaints (unknown option, missing value) as usage errors. */
function parse<T>(parser: () => T): T {
  try {
    return parser();
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), 'See `prompt-budget --help`.');
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
      },
    }),
  );
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const apis = await openCountingApis({
    anthropicApiKey: process.env.ANTHROPIC_API_KEY,
    geminiApiKey: process.env.GEMINI_API_KEY || process.env.GOOGLE_API_KEY,
    cacheFile: values['count-cache'],
    log,
  });
  const { report } = await checkRepository({
    cwd: process.cwd(),
    configPath: values.config,
    head: { label: 'working tree' },
    ...(values.base !== undefined && { base: { ref: values.base, label: values.base, fetch: false } }),
    log,
    counter: counter(values.threads),
    vendors: apis.vendors,
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
  (toStdout ? process.stdout : process.stderr).write(table);
  return report.verdict === 'fail' ? EXIT.fail : EXIT.pass;
}

async function emit(target: string, text: string): Promise<void> {
  if (target === '-') process.stdout.write(text);
  else await writeFile(target, text);
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
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        threads: { type: 'string' },
      },
    }),
  );
  const encoding = chooseEncoding(values.encoding, values.model);
  const files = positionals.length > 0 ? positionals : ['-'];
  const texts: (string | UserError)[] = [];
  for (const path of files) {
    const bytes = path === '-' ? await readStdin() : await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw new UserError(`${path}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.message}`, 'Pass paths of text files, or - for standard input.');
    });
    texts.push(asProblem(() => decodePrompt(bytes, path === '-' ? 'standard input' : path)));
  }
  const format = values.format === undefined ? undefined : chooseFormat(values.format);
  const plan = new FileCounts();
  // Standard input has no extension to go by: it is text unless --format says otherwise.
  const planned = files.map((path, i) => plan.add(path, texts[i]!, { tokenizer: { kind: 'encoding', encoding }, ...(values.model !== undefined && { model: values.model }), format: format ?? (path === '-' ? 'text' : detectFormat(path)) }));
  const unreadable = planned.find((file) => file.problem !== undefined);
  if (unreadable) throw new UserError(unreadable.problem!, 'Count text files: UTF-8 (or UTF-16 with a byte order mark), well-formed for their format.');
  plan.apply((await countTexts(plan.jobs, { encodings: counter(values.threads) })).counts);
  const counted = files.map((path, i) => ({ path, tokens: planned[i]!.tokens }));
  const total = counted.reduce((sum, f) => sum + f.tokens, 0);

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ encoding, files: counted, total })}\n`);
  } else {
    const width = Math.max(...counted.map((f) => String(f.tokens).length), String(total).length);
    for (const f of counted) process.stdout.write(`${String(f.tokens).padStart(width)}  ${plain(f.path)}\n`);
    if (counted.length > 1) process.stdout.write(`${String(total).padStart(width)}  total (${encoding})\n`);
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
      if (stats.threads > 1) process.stderr.write(`${describeCounting(stats)}\n`);
    },
  });
}

function chooseFormat(format: string): PromptFormat {
  if (isPromptFormat(format)) return format;
  throw new UserError(`Unknown format ${JSON.stringify(format)}`, `Use one of ${PROMPT_FORMATS.join(', ')} (default: by the file's extension).`);
}

function chooseEncoding(encoding: string | undefined, model: string | undefined): EncodingName {
  if (encoding !== undefined && model !== undefined) throw new UserError('Give --encoding or --model, not both');
  if (model !== undefined) {
    const found = findModel(model);
    if (!found) throw new UserError(`Unknown model ${JSON.stringify(model)}`, `Use --encoding with one of ${ENCODING_NAMES.join(', ')}, or a known OpenAI model name.`);
    return found.encoding;
  }
  if (encoding === undefined) return 'o200k_base';
  if (!isEncodingName(encoding)) throw new UserError(`Unknown encoding ${JSON.stringify(encoding)}`, `Use one of ${ENCODING_NAMES.join(', ')}.`);
  return encoding;
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
    if (isUserError(error)) process.stderr.write(`prompt-budget: ${error.format()}\n`);
    else process.stderr.write(`prompt-budget: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = EXIT.usage;
  },
);
