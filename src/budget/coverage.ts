/**
 * Coverage: prompt files that no component budgets. A budget over the files someone remembered to
 * list lets the next prompt in: a PR that adds `patterns/answer_with_kb/system.md` (46 KB) next to
 * a budgeted family was green and never mentioned. So the check finds the prompts at head (the
 * rule `init` finds them by, src/budget/prompt-files.ts, plus `coverage.prompts`, minus
 * `coverage.exclude`) outside every component, and reports those this change added or grew,
 * counted with the defaults' model. Files it left alone are not reported: an old repository with
 * unbudgeted prompts gets no noise on every PR, only on the PRs that touch them.
 */
import type { BudgetConfig, ComponentConfig, Unbudgeted } from '../config/types.js';
import { tokenizerKey } from '../tokenize/spec.js';
import type { Engines } from './count-texts.js';
import { countPlans, planRevision } from './measure.js';
import { MAX_DISCOVERED_BYTES, promptMatcher } from './prompt-files.js';
import type { ComponentResult, UnbudgetedFile } from './report.js';
import type { RevisionReader } from './revision.js';

/** What budgets.yml without a `coverage:` block gets: named, not failed (existing users get a notice, not a red check). */
const DEFAULT_UNBUDGETED: Unbudgeted = 'warn';

/** The policy budgets.yml sets, or the default. */
function unbudgetedPolicy(config: BudgetConfig): Unbudgeted {
  return config.coverage?.unbudgeted ?? DEFAULT_UNBUDGETED;
}

/**
 * The prompt files at head outside every component that this change added or grew, in path
 * order. None without a base (nothing to compare with) or with `unbudgeted: off`.
 */
export async function findUnbudgeted(
  config: BudgetConfig,
  head: RevisionReader,
  base: RevisionReader | null,
  components: readonly ComponentResult[],
  engines: Engines,
): Promise<UnbudgetedFile[]> {
  const policy = unbudgetedPolicy(config);
  const counting = countingComponent(config);
  if (policy === 'off' || base === null || counting === undefined) return [];
  const budgeted = new Set(components.flatMap((c) => c.head.files.map((f) => f.path)));
  const isPrompt = promptMatcher(config.coverage?.prompts, config.coverage?.exclude);
  const candidates = (await head.listFiles()).filter((path) => path !== config.path && !budgeted.has(path) && isPrompt(path));
  if (candidates.length === 0) return [];

  // Only what changed is counted: a file with the same bytes at base is left alone, however large.
  const atBase = new Set(await base.listFiles());
  const [headBytes, baseBytes] = await Promise.all([head.readFiles(candidates), base.readFiles(candidates.filter((path) => atBase.has(path)))]);
  const changed = candidates.filter((path) => {
    const now = headBytes.get(path);
    // Not text, refused, or data rather than a prompt (over 1 MB): not a prompt, as init decides.
    if (!(now instanceof Uint8Array) || now.length > MAX_DISCOVERED_BYTES) return false;
    const before = baseBytes.get(path);
    return !atBase.has(path) || !(before instanceof Uint8Array) || !sameBytes(before, now);
  });
  if (changed.length === 0) return [];

  const only = (reader: RevisionReader, paths: readonly string[]): RevisionReader => ({ revision: reader.revision, listFiles: async () => [...paths], readFiles: (p) => reader.readFiles(p) });
  const probe = { ...counting, name: '\u0000unbudgeted', files: ['**'], perFile: false };
  const revisions = [await planRevision(only(head, changed), [probe], engines.huggingface), await planRevision(only(base, changed.filter((path) => atBase.has(path))), [probe], engines.huggingface)];
  await countPlans(revisions.map((r) => r.plan), engines, { problems: true });
  const [headFiles, baseFiles] = revisions.map((r) => new Map(r.measure().get(probe.name)!.files.map((f) => [f.path, f])));

  const found: UnbudgetedFile[] = [];
  for (const path of changed) {
    const now = headFiles!.get(path);
    // A file that cannot be read as a prompt is skipped, as init skips it: it is not a prompt of this repository's formats.
    if (now === undefined || now.problem !== undefined) continue;
    const before = baseFiles!.get(path);
    const baseTokens = before === undefined || before.problem !== undefined ? null : before.tokens;
    const high = now.high ?? now.tokens;
    if (baseTokens !== null && high <= (before!.high ?? baseTokens)) continue;
    found.push({
      path,
      base: baseTokens,
      head: now.tokens,
      ...(now.high !== undefined && { high: now.high }),
      delta: now.tokens - (baseTokens ?? 0),
      failed: policy === 'fail',
    });
  }
  return found;
}

/**
 * What unbudgeted files are counted with: the defaults' model, read as a component using it reads
 * its files (a component's tokenizer.json is loaded, the defaults' alone might not be); without
 * defaults, the first component's.
 */
function countingComponent(config: BudgetConfig): ComponentConfig | undefined {
  const wanted = config.defaultCounting;
  const alike = wanted && config.components.find((c) => tokenizerKey(c.tokenizer) === tokenizerKey(wanted.tokenizer) && c.model === wanted.model);
  const chosen = alike ?? config.components[0];
  if (!chosen) return undefined;
  // The component's own reading (format, select) is its files', not these: each file is read by its extension.
  return { ...chosen, format: undefined, select: undefined };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
