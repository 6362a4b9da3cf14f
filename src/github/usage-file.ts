/**
 * The `usage-file` input: production's usage records, read through the one file door, parsed and
 * compared with the head's reserves by src/limits/usage.ts. A file the workflow supplies is
 * evidence, not a rule: what cannot be read is a warning, and nothing here changes the verdict.
 */
import { resolve } from 'node:path';
import type { Report } from '../budget/report.js';
import type { UsageAnalysis } from '../budget/usage-report.js';
import { readChosenFile, refusalText } from '../files/confined.js';
import { analyzeUsage, MAX_USAGE_BYTES, parseUsageLines } from '../limits/usage.js';

/** Bad lines named one by one in the log, at most; the rest are counted. */
const PROBLEMS_SHOWN = 10;

export async function readUsageFile(path: string, workspace: string, report: Report, warn: (line: string) => void): Promise<UsageAnalysis | undefined> {
  const read = await readChosenFile(workspace, resolve(workspace, path), MAX_USAGE_BYTES);
  if ('refused' in read) {
    warn(`usage-file: ${refusalText(path, read.refused, `usage files are read up to ${MAX_USAGE_BYTES / 1024 / 1024} MiB`)}; the comment says nothing of production usage.`);
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    warn(`usage-file: ${path} is not UTF-8 text; the comment says nothing of production usage.`);
    return undefined;
  }
  const { records, problems } = parseUsageLines(text, path);
  for (const problem of problems.slice(0, PROBLEMS_SHOWN)) warn(`usage-file: ${problem.file}:${problem.line}: ${problem.message}`);
  if (problems.length > PROBLEMS_SHOWN) warn(`usage-file: ${problems.length - PROBLEMS_SHOWN} more lines of ${path} are not usage records.`);
  return analyzeUsage(records, report.requests, [path]);
}
