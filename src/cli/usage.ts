/**
 * `prompt-budget usage FILE...`: production's usage records (JSON lines, as the run-time library
 * writes them) against the reserves in budgets.yml. Reads the files and budgets.yml, prints; the
 * statistics are src/limits/usage.ts's, the table src/render/usage.ts's.
 */
import { parseArgs } from 'node:util';
import { parse } from './args.js';
import { UserError } from '../common/errors.js';
import { analyzeUsage, MAX_USAGE_BYTES, parseUsageLines, type UsageProblem } from '../limits/usage.js';
import type { UsageRecord } from '../limits/types.js';
import { renderUsageTerminal } from '../render/usage.js';
import { readChosenText, readConfigFile } from '../run/config-file.js';
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
  const requests = (await readConfigFile(values.config, { hint: 'Point --config at the budgets file.' })).requests;
  const records: UsageRecord[] = [];
  const problems: UsageProblem[] = [];
  for (const path of positionals) {
    const read = parseUsageLines(await readChosenText(path, MAX_USAGE_BYTES, `usage files are read up to ${MAX_USAGE_BYTES / 1024 / 1024} MiB each; split it`, 'Give files of usage records, one JSON object a line.'), path);
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
