/**
 * litellm's price-and-window format (BerriAI/litellm `model_prices_and_context_window.json`): one
 * JSON object whose keys are model names and whose values hold `max_input_tokens`,
 * `max_output_tokens`, `mode` and USD prices per token (`input_cost_per_token`, ...).
 *
 * Two readers use this module, so that both turn an entry into numbers the same way:
 * - scripts/catalog.mjs (`npm run catalog`), which generates src/catalog/litellm.generated.ts from
 *   the committed input data/litellm-prices.json (renderGenerated);
 * - budgets.yml's `catalog: path/to/prices.json`, a repository's own file in the same format
 *   (parseLitellmFile), whose entries override or add to the built-in catalog.
 *
 * Pure: no I/O. Prices are converted from USD per token to USD per million tokens in decimal (the
 * number's shortest text with the point moved six places), never by a float multiplication:
 * 0.00000125 × 10^6 is 1.2499999999999998 in floats, 1.25 here.
 */
import { type SourceLocation } from '../common/errors.js';
import type { ModelMode } from './source-types.js';
/** One entry's numbers, as the catalog uses them; prices in USD per million tokens. */
export interface LitellmNumbers {
    /** litellm's `mode`, when it is one the catalog knows (chat, completion, responses, embedding). */
    mode?: ModelMode;
    /** `max_input_tokens`. */
    maxInput?: number;
    /** `max_output_tokens`. */
    maxOutput?: number;
    /** `input_cost_per_token`. */
    input?: number;
    /** `cache_read_input_token_cost`. */
    cachedInput?: number;
    /** `cache_creation_input_token_cost`. */
    cacheWrite?: number;
    /** `output_cost_per_token`. */
    output?: number;
    /** The `*_above_<N>k_tokens` prices: the whole request is billed at these above N × 1,000 prompt tokens. */
    above?: {
        aboveTokens: number;
        input?: number;
        cachedInput?: number;
        cacheWrite?: number;
        output?: number;
    };
    /** `deprecation_date`. */
    deprecationDate?: string;
    /** `litellm_provider`. */
    provider?: string;
}
/** USD per token → USD per million tokens, in decimal: the shortest text of the number, point moved six places. */
export declare function perMillion(perToken: number): number;
/** What is wrong with one field of an entry. */
export interface FieldProblem {
    field: string;
    message: string;
}
/**
 * The numbers of one litellm entry, and what is wrong with the fields the catalog reads (a window
 * that is not a positive whole number, a price that is not a number ≥ 0). Fields the catalog does
 * not read (audio prices, `supports_*`, ...) are ignored, whatever they hold.
 */
export declare function projectEntry(entry: Record<string, unknown>): {
    numbers: LitellmNumbers;
    problems: FieldProblem[];
};
/** A top-level entry of a litellm file, with where it and each of its fields start. */
export interface LocatedEntry {
    key: string;
    value: unknown;
    at: number;
    fields: ReadonlyMap<string, number>;
}
export interface LitellmFile {
    entries: LocatedEntry[];
    locate(offset: number): SourceLocation;
}
/**
 * Parses a litellm-format file strictly as JSON, remembering where each top-level entry and each
 * of its fields is written. Throws UserErrors (file:line:col) when the text is not JSON or not an
 * object of objects.
 */
export declare function parseLitellmFile(text: string, path: string): LitellmFile;
/** Provenance of the generator's input, as data/litellm-prices.source.json states it. */
export interface GeneratedSource {
    /** The repository and commit the input was taken from, and the file's path there. */
    repository: string;
    commit: string;
    path: string;
    /** The date of the data (ISO 8601), not of the generation. */
    asOf: string;
    note: string;
}
/** Sorted keys, two-space indent: the same text for the same value, whatever order it was built in. */
export declare function stableJson(value: unknown, indent?: string): string;
/**
 * The text of src/catalog/litellm.generated.ts for an input file: every entry's numbers, keys
 * sorted. Throws when the input is not a litellm file or an entry's numbers are wrong: the
 * committed input is data we vouch for, so a problem stops the generator.
 */
export declare function renderGenerated(inputText: string, inputPath: string, source: GeneratedSource): string;
