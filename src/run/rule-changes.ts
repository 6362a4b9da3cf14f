/**
 * The files that decide how a PR is counted and judged: budgets.yml, its `catalog:` price file,
 * the tokenizer files it names, and every .gitattributes (which decides what a checkout holds: an
 * `lfs` filter turns a prompt into a pointer, an `eol` or `working-tree-encoding` rule changes its
 * bytes). Both revisions are counted and judged by the head's copies, so a PR that edits them
 * changes the ruler as well as what it measures. A tokenizer.json is megabytes that GitHub folds
 * in the diff; the comment says when one changed.
 */
import type { BudgetConfig } from '../config/types.js';
import { git, splitNul } from '../git/run.js';
import { tokenizerFilesOf } from '../tokenize/huggingface/files.js';

/**
 * The rule files that differ between the base commit and the working tree, or the index when
 * `staged` (added at head included), in config order. Git compares them by blob id: nothing is read or hashed here.
 */
export async function changedRuleFiles(root: string, config: BudgetConfig, baseSha: string, staged = false): Promise<string[]> {
  const tokenizers = config.components.flatMap((c) => (c.tokenizer.kind === 'huggingface' ? [c.tokenizer.path] : []));
  const beside = tokenizers.flatMap((path) => tokenizerFilesOf(path).slice(1));
  const paths = [...new Set([config.path, ...(config.catalog ? [config.catalog] : []), ...tokenizers, ...beside])].filter((path) => !path.startsWith('..'));
  const pathspecs = ['--', ...paths.map((path) => `:(literal)${path}`), ATTRIBUTES];
  // Staged: the index against the base; an untracked file is not part of the commit.
  const [changed, untracked] = await Promise.all([
    git(root, ['diff', '--name-only', '-z', '--no-renames', ...(staged ? ['--cached'] : []), baseSha, ...pathspecs]),
    staged ? Buffer.alloc(0) : git(root, ['ls-files', '-z', '--others', '--exclude-standard', ...pathspecs]),
  ]);
  const differ = new Set([...splitNul(changed), ...splitNul(untracked)]);
  const attributes = [...differ].filter((path) => path === '.gitattributes' || path.endsWith('/.gitattributes')).sort();
  return [...paths.filter((path) => differ.has(path)), ...attributes];
}

/** Every .gitattributes file of the repository, at any depth. */
const ATTRIBUTES = ':(glob)**/.gitattributes';
