import type { ComponentConfig } from '../config/types.js';
import type { Counted } from './count-texts.js';
import type { HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import { FileCounts } from './file-counts.js';
import type { Measurement } from './report.js';
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
/** Applies counts made for `revisions`' jobs, concatenated in order. */
export declare function applyCounts(revisions: readonly PlannedRevision[], counts: readonly Counted[]): void;
