import { type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import type { UserModel } from './types.js';
import { type YamlSource } from './yaml-source.js';
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
