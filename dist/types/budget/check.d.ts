import type { BudgetConfig } from '../config/types.js';
import { type ModelFacts, type Report } from './report.js';
import type { RevisionReader } from './revision.js';
import { type Engines } from './count-texts.js';
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
}
/** Measures the components at head (and base, when given), judges each and each request, and builds the report. */
export declare function checkBudgets(config: BudgetConfig, head: RevisionReader, base: RevisionReader | null, { engines, modelFacts, ruleChanges }?: CheckOptions): Promise<Report>;
/** A component changed when its count or its set of files did, by more than its `min_change`. */
export declare function isChanged(c: Report['components'][number]): boolean;
/** The vendored catalog with the config's own models applied (the loader has validated them). */
export declare function catalogFacts(config: BudgetConfig): (model: string) => ModelFacts | undefined;
