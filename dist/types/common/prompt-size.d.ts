/**
 * The largest prompt file counted: four times the text of the largest context window in the
 * catalog (about a million tokens, ~4 MB). A bigger file cannot be sent whole to any model, and
 * tokenizing hundreds of megabytes would take the job's memory; it is refused with the reason.
 * Here, below every layer, because the readers (src/git, src/cli), the check (src/budget) and a
 * chat template's rendering (src/tokenize/huggingface) all hold to it.
 */
export declare const MAX_PROMPT_BYTES: number;
