import type { BudgetConfig } from '../config/types.js';
import { type ModelFacts, type Report } from './report.js';
import type { RevisionReader } from './revision.js';
import type { Engines } from './count-texts.js';
export interface CheckOptions {
    /** What counts; OpenAI encodings on this thread, and nothing else, when absent. */
    engines?: Engines;
    /** Context window, maximum output and prices of a model, for requests; the catalog plus budgets.yml's `models:` by default. */
    modelFacts?: (model: string) => ModelFacts | undefined;
    /**
     * The rule files (budgets.yml, tokenizer files) this change edits (see rule-changes.ts). A
     * component whose tokenizer files are among them carries no failure over from base: base was
     * counted with the PR's copies, not its own.
     */
    ruleChanges?: readonly string[];
    /**
     * The base's own budgets.yml, parsed; null or absent when it could not be read. It decides what
     * was already broken at base, and where a moved prompt was; without it nothing is carried over.
     */
    baseConfig?: BudgetConfig | null;
}
/**
 * Measures the components at head (and base, when given), judges each and each request, and
 * builds the report: measure, judge components, judge requests, compare the rules, look for
 * unbudgeted prompts, sum up.
 */
export declare function checkBudgets(config: BudgetConfig, head: RevisionReader, base: RevisionReader | null, options?: CheckOptions): Promise<Report>;
