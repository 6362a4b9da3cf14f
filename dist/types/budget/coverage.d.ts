/**
 * Coverage: prompt files that no component budgets. A budget over the files someone remembered to
 * list lets the next prompt in: a PR that adds `patterns/answer_with_kb/system.md` (46 KB) next to
 * a budgeted family was green and never mentioned. So the check finds the prompts at head (the
 * rule `init` finds them by, src/budget/prompt-files.ts, plus `coverage.prompts`, minus
 * `coverage.exclude`) outside every component, and reports those this change added or grew,
 * counted with the defaults' model. Files it left alone are not reported: an old repository with
 * unbudgeted prompts gets no noise on every PR, only on the PRs that touch them.
 */
import type { BudgetConfig } from '../config/types.js';
import type { Engines } from './count-texts.js';
import type { ComponentResult, UnbudgetedFile } from './report.js';
import type { RevisionReader } from './revision.js';
/**
 * The prompt files at head outside every component that this change added or grew, in path
 * order. None without a base (nothing to compare with) or with `unbudgeted: off`.
 */
export declare function findUnbudgeted(config: BudgetConfig, head: RevisionReader, base: RevisionReader | null, components: readonly ComponentResult[], engines: Engines): Promise<UnbudgetedFile[]>;
