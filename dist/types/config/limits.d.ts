import { type Entry } from './mapping.js';
import type { Problems } from './problems.js';
import { type Parsed } from './quantity.js';
import { type Allowance, type GlobalLimits, type RequestLimits } from './types.js';
import { type YamlSource } from './yaml-source.js';
export declare function parseAllowance(text: string): Parsed<Allowance>;
/** `250ms`, `2s`, or a number of milliseconds. */
export declare function parseTimeout(value: unknown): Parsed<number>;
/** What a money limit needs: the models of the calls it charges, and whether the catalog prices them. */
export interface LimitScope {
    /** `requests.support-chat.limits` or `limits`. */
    path: string;
    /** Models without a price among the calls the limits charge. */
    unpriced: readonly string[];
}
export declare function readRequestLimits(entry: Entry | undefined, scope: LimitScope, source: YamlSource, problems: Problems): RequestLimits | undefined | null;
export declare function readGlobalLimits(entry: Entry | undefined, scope: LimitScope, source: YamlSource, problems: Problems): GlobalLimits | undefined | null;
