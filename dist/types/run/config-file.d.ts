import type { BudgetConfig } from '../config/types.js';
/** `text` when the caller has budgets.yml's text already (`openBudgets({ yaml })`); `path` then only names it. */
export declare function readConfigFile(path: string, options: {
    text?: string;
    root?: string;
    hint: string;
}): Promise<BudgetConfig>;
/** A file its user named (on the command line, in code): a regular file read to a bound, as UTF-8. */
export declare function readChosenText(path: string, maxBytes: number, limitText: string, hint: string): Promise<string>;
