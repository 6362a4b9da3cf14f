/**
 * JSON and YAML files as one kind of tree whose nodes know where they start, so that the code
 * reading messages and applying `select` complains with a line and column whatever the syntax.
 */
import type { SourceLocation } from '../common/errors.js';
export type SourceNode = {
    kind: 'map';
    offset: number;
    entries: Map<string, SourceNode>;
} | {
    kind: 'list';
    offset: number;
    items: SourceNode[];
} | {
    kind: 'scalar';
    offset: number;
    value: string | number | boolean | null;
};
export type Syntax = 'json' | 'yaml';
/** A parsed file: its tree, and how to turn an offset into a line and column. */
export interface StructuredSource {
    readonly path: string;
    readonly syntax: Syntax;
    readonly root: SourceNode;
    locate(offset: number): SourceLocation;
}
/** How the file's own syntax names a node kind, so messages read "array" in JSON, "list" in YAML. */
export declare function kindName(kind: SourceNode['kind'], syntax: Syntax): string;
/** "an object", "a list": a node kind with its article. */
export declare function aKind(kind: 'map' | 'list', syntax: Syntax): string;
/** "an array", "the text \"hi\"", "the number 3": what a node is, for "got …". */
export declare function describeNode(node: SourceNode, syntax: Syntax): string;
