/**
 * The files that decide how a PR is counted and judged: budgets.yml, and the tokenizer files it
 * names. Both revisions are counted and judged by the head's copies, so a PR that edits them
 * changes the ruler as well as what it measures. A tokenizer.json is megabytes that GitHub folds
 * in the diff; the comment says when one changed.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { RevisionReader } from './budget/revision.js';
import type { BudgetConfig } from './config/types.js';

/** The rule files that differ between base and head (added at head included), in config order. */
export async function changedRuleFiles(root: string, config: BudgetConfig, base: RevisionReader): Promise<string[]> {
  const tokenizers = config.components.flatMap((c) => (c.tokenizer.kind === 'huggingface' ? [c.tokenizer.path] : []));
  const beside = tokenizers.flatMap((path) => ['tokenizer_config.json', 'chat_template.jinja', 'chat_template.json'].map((name) => join(dirname(path), name)));
  const paths = [...new Set([config.path, ...tokenizers, ...beside])];
  const atBase = await base.readFiles(paths.filter((path) => !path.startsWith('..')));
  const changed: string[] = [];
  for (const path of paths) {
    const head = await readFile(join(root, path)).catch(() => undefined);
    const before = atBase.get(path);
    const baseBytes = before instanceof Uint8Array ? before : undefined;
    if (head === undefined && baseBytes === undefined) continue;
    if (head === undefined || baseBytes === undefined || !Buffer.from(baseBytes).equals(head)) changed.push(path);
  }
  return changed;
}
