/**
 * What a change relaxes in the rules it is judged by. Both revisions are judged by the PR's
 * budgets.yml (the head's), so a PR that pastes 8,000 tokens and raises `max_tokens` to match is
 * within budget by its own rules. Comparing with the base's budgets.yml once, here, lets every
 * renderer and output say so without judging anything themselves.
 */
import type { BudgetConfig } from '../config/types.js';
import type { Loosening, Measurement } from './report.js';
/** A component's files at base: matched by the PR's globs, and by the base's when they differ. */
export interface BaseFiles {
    withHeadGlobs?: Measurement;
    withBaseGlobs?: Measurement;
}
/**
 * The rules of `baseConfig` that `config` relaxes, in budgets.yml's order: raised allotments and
 * growth limits, components dropped, files left out, and `fail_on` relaxed. A component counted
 * for several models is listed once, by its name in budgets.yml.
 */
export declare function loosenedRules(config: BudgetConfig, baseConfig: BudgetConfig | null, filesAtBase: (name: string) => BaseFiles): Loosening[];
