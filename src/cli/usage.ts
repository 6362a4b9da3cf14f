/**
 * `prompt-budget usage FILE...`: production's usage records (JSON lines, as the run-time library
 * writes them) against the reserves in budgets.yml. Reads the files and budgets.yml, prints; the
 * statistics are src/limits/usage.ts's, the table src/render/usage.ts's.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from './args.js';
import { UserError } from '../common/errors.js';
import { catalogPathOf, MAX_CATALOG_BYTES, parseConfig } from '../config/load.js';
import { readRegularFile, refusalText } from '../files/confined.js';
import { analyzeUsage, MAX_USAGE_BYTES, parseUsageLines, type UsageProblem } from '../limits/usage.js';
import type { UsageRecord } from '../limits/types.js';
import { renderUsageTerminal } from '../render/usage.js';
import { MAX_CONFIG_BYTES } from '../run/check-repository.js';
import { logLine, print } from './output.js';

type Exit = 0 | 1 | 2;

const OPTIONS = {
  config: { type: 'string', default: 'budgets.yml' },
  json: { type: 'boolean', default: false },
  'fail-on-exceeded': { type: 'boolean', default: false },
} as const;

export async function usage(args: string[]): Promise<Exit> {
  const { values, positionals } = parse(() => parseArgs({ args, strict: true, allowPositionals: true, options: OPTIONS }));
  if (positionals.length === 0) throw new UserError('prompt-budget usage needs at least one file of usage records', 'Give the JSON-lines files the run-time library wrote, e.g. `prompt-budget usage logs/usage-*.jsonl`.');
  const requests = (await readConfig(values.config)).requests;
  const records: UsageRecord[] = [];
  const problems: UsageProblem[] = [];
  for (const path of positionals) {
    const read = parseUsageLines(await readText(path, MAX_USAGE_BYTES, `usage files are read up to ${MAX_USAGE_BYTES / 1024 / 1024} MiB each; split it`, 'Give files of usage records, one JSON object a line.'), path);
    records.push(...read.records);
    problems.push(...read.problems);
  }
  const analysis = analyzeUsage(records, requests, positionals);
  if (values.json) print(`${JSON.stringify({ ...analysis, problems })}\n`);
  else print(renderUsageTerminal(analysis));
  // Problems last, on standard error: the table of the good records is still worth reading.
  for (const problem of problems) logLine(`${problem.file}:${problem.line}: ${problem.message}`);
  if (problems.length > 0) {
    logLine(`${problems.length} line${problems.length === 1 ? ' is' : 's are'} not usage records (left out above); fix or remove ${problems.length === 1 ? 'it' : 'them'}.`);
    return 2;
  }
  return values['fail-on-exceeded'] && analysis.requests.some((r) => r.flags.some((f) => f.kind === 'exceeded')) ? 1 : 0;
}

/** budgets.yml (and the price file it names, which may declare the requests' models), as `check` reads them. */
async function readConfig(configPath: string) {
  const text = await readText(configPath, MAX_CONFIG_BYTES, 'budgets.yml is at most 1 MiB', 'Point --config at the budgets file.');
  const named = catalogPathOf(text, configPath);
  const catalogPath = named && (isAbsolute(named.path) ? named.path : join(dirname(resolve(configPath)), named.path));
  const catalogFile = named && catalogPath && { path: named.path, text: await readText(catalogPath, MAX_CATALOG_BYTES, 'a price file is at most 16 MiB', 'Fix `catalog:` in budgets.yml.') };
  return parseConfig(text, configPath, { ...(catalogFile && { catalogFile }) });
}

/** A file named on the command line, the user's choice: read as a regular file to a bound, as UTF-8. */
async function readText(path: string, maxBytes: number, limitText: string, hint: string): Promise<string> {
  const read = await readRegularFile(path, maxBytes);
  if ('refused' in read) throw new UserError(refusalText(path, read.refused, limitText), hint);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw new UserError(`${path} is not UTF-8 text`, hint);
  }
}
