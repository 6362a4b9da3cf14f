/**
 * The files that decide how a PR is counted and judged: budgets.yml, its `catalog:` price file,
 * the tokenizer files it names, and every .gitattributes (which decides what a checkout holds: an
 * `lfs` filter turns a prompt into a pointer, an `eol` or `working-tree-encoding` rule changes its
 * bytes). Both revisions are counted and judged by the head's copies, so a PR that edits them
 * changes the ruler as well as what it measures. A tokenizer.json is megabytes that GitHub folds
 * in the diff; the comment says when one changed.
 */
import type { BudgetConfig } from '../config/types.js';
/**
 * The rule files that differ between the base commit and the working tree, or the index when
 * `staged` (added at head included), in config order. Git compares them by blob id: nothing is read or hashed here.
 */
export declare function changedRuleFiles(root: string, config: BudgetConfig, baseSha: string, staged?: boolean): Promise<string[]>;
