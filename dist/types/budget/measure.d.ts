import type { ComponentConfig } from '../config/types.js';
import { type CountingOptions, type Engines } from './count-texts.js';
import { type TokenizerSpec } from '../tokenize/spec.js';
import type { HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import { FileCounts } from './file-counts.js';
import type { CountingMethod, Measurement } from './report.js';
import type { RevisionReader } from './revision.js';
/** One revision's files, read and planned for counting; `measure` turns the counts into measurements. */
export interface PlannedRevision {
    plan: FileCounts;
    /** Call after `plan.apply`. */
    measure(): Map<string, Measurement>;
}
/**
 * Reads every component's files at one revision and plans their counts. Each file is read and
 * decoded once, and counted once per way of reading it, however many components share it.
 */
export declare function planRevision(reader: RevisionReader, components: readonly ComponentConfig[], tokenizers?: ReadonlyMap<string, HuggingFaceTokenizer>): Promise<PlannedRevision>;
/**
 * Counts every plan's texts in one batch, so a text several plans hold (a file at base and head)
 * is counted once, and fills the plans in; returns how each tokenizer counted, by tokenizerKey.
 */
export declare function countPlans(plans: readonly FileCounts[], engines: Engines, options?: CountingOptions): Promise<Map<string, CountingMethod>>;
/** How `tokenizer` counted; one that had no text to count (no files) counted exactly, as 0. */
export declare function methodFor(methods: ReadonlyMap<string, CountingMethod>, tokenizer: TokenizerSpec): CountingMethod;
