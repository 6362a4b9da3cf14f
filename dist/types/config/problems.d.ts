/** Collects every mistake found in one pass, so the user can fix them all at once. */
import type { Node } from 'yaml';
import { type SourceLocation } from '../common/errors.js';
import type { YamlSource } from './yaml-source.js';
/**
 * A file that is not a budgets file at all (or aliases one mapping a thousand times) would list
 * thousands of mistakes; the first ones are enough to see what is wrong.
 */
export declare const MAX_REPORTED = 50;
export declare class Problems {
    private readonly source;
    private readonly found;
    constructor(source: YamlSource);
    /** Records a mistake at a node (its first character). */
    add(at: Node, message: string, hint: string): void;
    /** Where a node is, for settings that are checked later (a tokenizer file is read after loading). */
    locate(at: Node): SourceLocation;
    get any(): boolean;
    /** Throws them all (up to MAX_REPORTED), in the order they appear in the file. */
    throwIfAny(): void;
}
