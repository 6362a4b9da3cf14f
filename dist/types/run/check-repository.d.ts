import type { Report, Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import type { BudgetConfig } from '../config/types.js';
import type { Engines } from '../budget/count-texts.js';
import { type TokenCounter } from '../tokenize/tiktoken/batch.js';
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
export declare function checkRepository(options: RepositoryCheck): Promise<{
    config: BudgetConfig;
    report: Report;
}>;
/**
 * The base's budgets.yml, parsed; null when it cannot be read (missing, over MAX_CONFIG_BYTES, invalid):
 * then nothing counts as declared at base, so nothing is carried over.
 */
export declare function readBaseConfig(base: RevisionReader, path: string): Promise<BudgetConfig | null>;
/** Budgets files are a few kilobytes; a megabyte is a wrong path or a generated mistake, not a config. */
export declare const MAX_CONFIG_BYTES: number;
