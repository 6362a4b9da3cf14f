import type { BudgetConfig } from '../config/types.js';
import { readInRepository } from '../files/confined.js';
import { type HuggingFaceTokenizer, type TimeLimits } from '../tokenize/huggingface/tokenizer-json.js';
/** How a repository file is read: from the working tree (readInRepository) or, for `--staged`, the index. */
export type RepositoryRead = typeof readInRepository;
export declare function loadTokenizerFiles(root: string, config: BudgetConfig, readFile?: RepositoryRead): Promise<Map<string, HuggingFaceTokenizer>>;
/**
 * A tokenizer.json and the files beside it, read with `read` (undefined for a file that does not
 * exist). The one loader of the action and the CLI, so both read the same files.
 */
export declare function loadTokenizerFile(path: string, read: (file: string) => Promise<string | undefined>, timeLimits?: Partial<TimeLimits>): Promise<HuggingFaceTokenizer>;
/** Reads files from disk for the CLI (named by its user, not a PR): a missing tokenizer.json is a UserError naming it. */
export declare function loadTokenizerFileFromDisk(path: string, timeLimits?: Partial<TimeLimits>): Promise<HuggingFaceTokenizer>;
