import type { SourceLocation } from '../common/errors.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import type { Entry } from './mapping.js';
import type { UserModel } from './types.js';
import type { Problems } from './problems.js';
/** A tokenizer, and the model it counts for when one is named (which decides windows and prices). */
export interface TokenizerChoice {
    model?: string;
    tokenizer: TokenizerSpec;
    /**
     * The family an OpenAI model's encoding is assumed from (tiktoken names neither the model nor a
     * prefix of it); absent when published, or when budgets.yml says the encoding itself.
     */
    assumedFrom?: string;
    /** Where a tokenizer file's path is written, for errors found when the file is read. */
    location?: SourceLocation;
}
/** Marks a level whose choice was written but wrong (already reported): do not also say "missing". */
export declare const INVALID = "invalid";
/** The keys this module reads; a level lists them among its known keys. */
export declare const TOKENIZER_KEYS: readonly ["model", "models", "encoding", "tokenizer"];
export interface ModelLookup {
    /** Models declared under `models:` in budgets.yml. */
    userModels: ReadonlyMap<string, UserModel>;
    /** Models the catalog knows beyond OpenAI's and the counting APIs' (open models): their vendor. */
    catalogVendorOf?: (model: string) => string | undefined;
    /** Every model name the catalog knows, for "did you mean". */
    catalogNames?: readonly string[];
}
/**
 * The choices a level makes: undefined when it names none, INVALID when what it names is wrong.
 * `path` prefixes keys in messages ("defaults", "components.support-system").
 */
export declare function readTokenizers(entries: Map<string, Entry>, path: string, problems: Problems, lookup: ModelLookup): TokenizerChoice[] | typeof INVALID | undefined;
/** The tokenizer that counts for a model name; undefined when prompt-budget does not know the model. */
export declare function tokenizerOfModel(name: string, lookup: ModelLookup): TokenizerSpec | undefined;
/** `tokenizer: models/llama-3/tokenizer.json`: a repository-relative path, like a glob without wildcards. */
export declare function readTokenizerPath(entry: Entry, path: string, problems: Problems): string | typeof INVALID;
