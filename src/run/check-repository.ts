/**
 * The one flow both entry points run: read budgets.yml from the checkout, read head from the
 * working tree (or the index, for a pre-commit hook) and base from a git commit, and build the report. Adapters (CLI, action) differ
 * only in where the inputs come from and where the report goes.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { checkBudgets } from '../budget/check.js';
import type { Report, Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { catalogPathOf, MAX_CATALOG_BYTES, parseConfig } from '../config/load.js';
import type { BudgetConfig } from '../config/types.js';
import { UserError } from '../common/errors.js';
import { readInRepository, refusalText } from '../files/confined.js';
import { commitRevision } from '../git/commit.js';
import { ensureCommit, repositoryRoot, resolveCommit } from '../git/repository.js';
import { worktreeRevision } from '../git/worktree.js';
import { readStaged, stagedRevision } from '../git/staged.js';
import type { Engines } from '../budget/count-texts.js';
import { countHere, type TokenCounter } from '../tokenize/tiktoken/batch.js';
import { changedRuleFiles } from './rule-changes.js';
import { loadTokenizerFiles, type RepositoryRead } from './tokenizer-files.js';

export interface RepositoryCheck {
  /** Where to start looking for the repository. */
  cwd: string;
  /** budgets.yml path, relative to cwd or absolute. */
  configPath: string;
  head: Revision;
  /** The base to compare with; absent to check head against allotments only. */
  base?: {
    /** A ref or SHA. */
    ref: string;
    label: string;
    /** Fetch the commit from origin when the checkout lacks it (CI's shallow clones). */
    fetch: boolean;
  };
  log: (line: string) => void;
  /** How to count many texts with OpenAI's encodings; on this thread when absent. */
  counter?: TokenCounter;
  /** Counting APIs, for the vendors whose key was given. */
  vendors?: Engines['vendors'];
  /** Where the user gives each vendor's key, for messages (see Engines). */
  keyNames?: Engines['keyNames'];
  /**
   * Head is the index (what `git commit` would record) instead of the working tree: prompts,
   * budgets.yml and the files it names are all read as staged. Without a base, HEAD is the base
   * (none before the first commit), so growth limits compare with the last commit.
   */
  staged?: boolean;
  /** Budgets reported, not enforced: the report says so and a failing verdict does not fail the run (see failsTheRun). */
  reportOnly?: boolean;
}

export async function checkRepository(options: RepositoryCheck): Promise<{ config: BudgetConfig; report: Report }> {
  const root = await repositoryRoot(options.cwd);
  const readFile: RepositoryRead = options.staged ? readStaged : readInRepository;
  const config = await loadConfig(root, resolve(options.cwd, options.configPath), readFile);

  const head = options.staged ? stagedRevision(root, options.head) : worktreeRevision(root, options.head);
  let base = null;
  const lastCommit = options.staged && !options.base ? await resolveCommit(root, 'HEAD') : undefined;
  if (lastCommit) base = commitRevision(root, lastCommit, { label: 'HEAD', sha: lastCommit });
  if (options.base) {
    const { ref, label, fetch } = options.base;
    const sha = fetch ? await ensureCommit(root, ref, options.log) : await resolveCommit(root, ref);
    if (!sha) throw new UserError(`The base ${JSON.stringify(ref)} is not a commit in this repository`, 'Pass a branch, tag or SHA that exists here (e.g. --base origin/main), after `git fetch`.');
    base = commitRevision(root, sha, { label, sha });
  }
  const engines: Engines = {
    encodings: options.counter ?? countHere,
    huggingface: await loadTokenizerFiles(root, config, readFile),
    ...(options.vendors && { vendors: options.vendors }),
    ...(options.keyNames && { keyNames: options.keyNames }),
  };
  // Both configs and the rule files this change edits are known before anything is counted.
  const baseConfig = base ? await readBaseConfig(base, config.path) : null;
  const ruleChanges = base?.revision.sha ? await changedRuleFiles(root, config, base.revision.sha, options.staged) : [];
  const report = await checkBudgets(config, head, base, { engines, ruleChanges, baseConfig });
  return { config, report: options.reportOnly ? { ...report, reportOnly: true } : report };
}

/**
 * The base's budgets.yml, parsed; null when it cannot be read (missing, over MAX_CONFIG_BYTES, invalid):
 * then nothing counts as declared at base, so nothing is carried over.
 */
export async function readBaseConfig(base: RevisionReader, path: string): Promise<BudgetConfig | null> {
  const bytes = (await base.readFiles([path])).get(path);
  if (!(bytes instanceof Uint8Array) || bytes.length === 0 || bytes.length > MAX_CONFIG_BYTES) return null;
  try {
    return parseConfig(new TextDecoder().decode(bytes), path);
  } catch {
    return null;
  }
}

/** Budgets files are a few kilobytes; a megabyte is a wrong path or a generated mistake, not a config. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

async function loadConfig(root: string, absolutePath: string, readFile: RepositoryRead): Promise<BudgetConfig> {
  // Show the path as the user knows it: relative to the repository root, with forward slashes.
  const inside = relative(root, absolutePath).split(sep).join('/');
  if (inside === '' || inside === '..' || inside.startsWith('../') || isAbsolute(inside)) {
    throw new UserError(`${absolutePath} is outside the repository ${root}`, 'Keep budgets.yml in the repository it budgets, and point `config` / --config at it.');
  }
  const read = await readFile(root, inside, MAX_CONFIG_BYTES);
  if ('refused' in read) {
    const { refused } = read;
    const hint =
      refused.kind === 'missing' ? "Run `npx prompt-budget init` to write one from the prompts in this repository (or see the README's budgets.yml reference), or point `config` / --config at your budgets file."
      : refused.kind === 'too-large' ? 'A budgets file lists components and requests: a few kilobytes. Check that `config` points at the right file.'
      : 'Point `config` / --config at the budgets YAML file itself, a regular file inside the repository.';
    throw new UserError(refusalText(inside, refused, 'a budgets file may be at most 1 MB'), hint);
  }
  const text = new TextDecoder().decode(read.bytes);
  return parseConfig(text, inside, await readCatalogFile(readFile, root, text, inside));
}

/** The litellm-format file budgets.yml's `catalog:` names, read like every repository file: confined and bounded. */
async function readCatalogFile(readFile: RepositoryRead, root: string, configText: string, configPath: string): Promise<Parameters<typeof parseConfig>[2]> {
  const named = catalogPathOf(configText, configPath);
  if (!named) return {};
  const read = await readFile(root, named.path, MAX_CATALOG_BYTES);
  if ('refused' in read) {
    const { refused } = read;
    const hint =
      refused.kind === 'missing' ? "Commit the file (litellm's model_prices_and_context_window.json format) at that path, or fix `catalog:` in budgets.yml."
      : refused.kind === 'too-large' ? 'Keep only the models this repository uses in the file.'
      : '`catalog:` must name a regular JSON file inside the repository.';
    throw new UserError(refusalText(named.path, refused, `a catalog file may be at most ${MAX_CATALOG_BYTES / 1024 / 1024} MB`), hint, named.location);
  }
  return { catalogFile: { path: named.path, text: new TextDecoder().decode(read.bytes) } };
}
