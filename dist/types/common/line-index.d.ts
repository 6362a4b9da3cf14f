/** Offsets in a text as the 1-based line and column every located message names. */
import type { SourceLocation } from './errors.js';
/** Line starts of a text, for offsets to 1-based line and column (UTF-16 code units, as YAML's). */
export declare class LineIndex {
    private readonly starts;
    constructor(text: string);
    locate(path: string, offset: number): SourceLocation;
}
