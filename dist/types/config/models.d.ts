import { type SourceLocation } from '../common/errors.js';
import { type EncodingName } from '../tokenize/tiktoken/encodings.js';
import { type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import { type YamlSource } from './yaml-source.js';
/** A model as budgets.yml declares it; fields left out come from the catalog. */
export interface UserModel {
    name: string;
    /** Absent for a model counted by its tokenizer file or by its vendor's counting API. */
    encoding?: EncodingName;
    /** `encoding:` is written in budgets.yml (else it is the catalog's, which may be assumed from the family). */
    encodingDeclared?: boolean;
    /** A Hugging Face tokenizer.json in the repository, for open models. */
    tokenizer?: string;
    /** Where `tokenizer:` is written. */
    tokenizerLocation?: SourceLocation;
    contextWindow?: number;
    maxOutput?: number;
    /** USD per million tokens. */
    prices?: {
        input?: number;
        cachedInput?: number;
        output?: number;
    };
    /** The `catalog:` file the prices come from, when budgets.yml itself sets none. */
    pricesFrom?: string;
    /** Where the model is declared: under `models:`, or its entry in the `catalog:` file. */
    location: SourceLocation;
}
export declare function readUserModels(entry: Entry | undefined, source: YamlSource, problems: Problems): Map<string, UserModel>;
/** budgets.yml's `catalog:` file, as the caller read it from the repository. */
export interface CatalogFile {
    /** Repository-relative, as budgets.yml writes it: for messages and for "prices as of". */
    path: string;
    text: string;
}
/**
 * The models of budgets.yml's `catalog:` file (litellm's `model_prices_and_context_window.json`
 * format) merged with those of `models:`. An entry's window (`max_input_tokens`), output limit and
 * prices override the built-in catalog's, and a model budgets.yml's `models:` also declares keeps
 * every field written there (budgets.yml wins). The tokenizer never comes from the file: an entry is
 * taken when prompt-budget can count the model (an OpenAI encoding it knows, a counting API, a
 * catalog model) or when `models:` declares it with `encoding:` or `tokenizer:`; other entries are
 * skipped. A key `provider/name` whose provider is the entry's `litellm_provider` also answers to
 * `name`, as litellm itself looks models up, unless the file has an entry `name` of its own.
 *
 * Throws UserErrors at file:line:column for a file that is not JSON, or where an entry this
 * repository uses has a window or a price that is not a number (or a price per million, not per
 * token). Entries it cannot use are not looked at.
 */
export declare function readCatalogFile(file: CatalogFile, declared: ReadonlyMap<string, UserModel>, knows: (name: string) => boolean): Map<string, UserModel>;
