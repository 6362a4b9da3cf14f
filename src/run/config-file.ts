/**
 * budgets.yml named by its own user, not by a pull request: `prompt-budget usage --config` and an
 * application's `openBudgets`. Read from disk as regular files, bounded, as UTF-8, with the price
 * file its `catalog:` names resolved against `root` (the repository root; budgets.yml's folder by
 * default), then parsed by the loader `check` uses.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../common/errors.js';
import { catalogPathOf, MAX_CATALOG_BYTES, parseConfig } from '../config/load.js';
import type { BudgetConfig } from '../config/types.js';
import { readRegularFile, refusalText } from '../files/confined.js';
import { MAX_CONFIG_BYTES } from './check-repository.js';

/** `text` when the caller has budgets.yml's text already (`openBudgets({ yaml })`); `path` then only names it. */
export async function readConfigFile(path: string, options: { text?: string; root?: string; hint: string }): Promise<BudgetConfig> {
  const text = options.text ?? (await readChosenText(path, MAX_CONFIG_BYTES, 'budgets.yml is at most 1 MiB', options.hint));
  const root = options.root ?? dirname(resolve(path));
  const named = catalogPathOf(text, path);
  const catalogFile = named && { path: named.path, text: await readChosenText(isAbsolute(named.path) ? named.path : join(root, named.path), MAX_CATALOG_BYTES, 'a price file is at most 16 MiB', 'Fix `catalog:` in budgets.yml.') };
  return parseConfig(text, path, { ...(catalogFile && { catalogFile }) });
}

/** A file its user named (on the command line, in code): a regular file read to a bound, as UTF-8. */
export async function readChosenText(path: string, maxBytes: number, limitText: string, hint: string): Promise<string> {
  const read = await readRegularFile(path, maxBytes);
  if ('refused' in read) throw new UserError(refusalText(path, read.refused, limitText), hint);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw new UserError(`${path} is not UTF-8 text`, hint);
  }
}
