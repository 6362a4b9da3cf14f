import type { PromptFormat } from '../prompts/formats.js';
import { type HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import { type TokenizerSpec } from '../tokenize/spec.js';
import type { Counted, TextJob } from './count-texts.js';
import { UserError } from '../common/errors.js';
import type { FileCount } from './report.js';
/** How a component (or `prompt-budget count`) reads its files. */
export interface Reading {
    tokenizer: TokenizerSpec;
    /** Picks the chat overhead; absent: the cookbook's current numbers, as an estimate. */
    model?: string;
    format?: PromptFormat;
    select?: string;
    /** `generation_prompt:`: whether the model is asked for the next turn; absent, by format (see addsGenerationPrompt). */
    generationPrompt?: boolean;
}
export declare class FileCounts {
    private readonly tokenizers;
    private readonly planned;
    /** The texts to count, in planning order; `apply` takes their counts in the same order. */
    readonly jobs: TextJob[];
    /** By model: the same for every file a component reads. */
    private readonly overheads;
    /** `tokenizers`: the loaded tokenizer.json files, whose chat templates frame chat files exactly. */
    constructor(tokenizers?: ReadonlyMap<string, HuggingFaceTokenizer>);
    /**
     * Plans the count of one file; the returned FileCount is filled in by `count`. A file that
     * could not be decoded, or does not parse as its format, is counted as 0 with its problem.
     */
    add(path: string, text: string | UserError, reading: Reading, bytesDigest?: string): FileCount;
    /** Fills in every planned file from the counts of `jobs`, in order. */
    apply(counts: readonly Counted[]): void;
}
/** The upper bound of a chat framing estimated with OpenAI's formula for another vendor's model, as a multiple. */
export declare const OVERHEAD_BOUND = 2;
/**
 * SHA-256 of a text (as UTF-8), or of the bytes of a file that is not text: whether a file that
 * vanished from one path and appeared at another holds the same text, or a file is as it was.
 * The second decides whether a PR made a broken file worse, so it must not be forgeable: a
 * cryptographic hash, not a fast one (it costs far less than tokenizing the text).
 */
export declare function digestOf(text: string | Uint8Array): string;
