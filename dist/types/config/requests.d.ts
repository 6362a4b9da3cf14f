import { type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import { INVALID, type ModelLookup, type TokenizerChoice } from './tokenizer-setting.js';
import { type ComponentConfig, type RequestConfig } from './types.js';
import { type YamlSource } from './yaml-source.js';
export interface RequestDefaults {
    tokenizers: TokenizerChoice[] | typeof INVALID | undefined;
    lookup: ModelLookup;
    /** The most a model writes in one reply, from the catalog and `models:`. */
    maxOutputOf: (model: string) => number | undefined;
    /** Whether the catalog or `models:` prices the model (a dollar limit needs it). */
    hasPrices: (model: string) => boolean;
}
/** The requests section; an empty list when absent. Mistakes are reported to `problems`. */
export declare function readRequests(entry: Entry | undefined, components: readonly ComponentConfig[], defaults: RequestDefaults, source: YamlSource, problems: Problems, readVolume: (entry: Entry, path: string) => RequestConfig['volume'] | typeof INVALID): RequestConfig[];
