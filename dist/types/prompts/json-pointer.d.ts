import { type SourceNode, type StructuredSource } from './source-tree.js';
interface ParsedPath {
    segments: string[];
    /** How the path so far reads in the user's own notation, for messages. */
    show(count: number): string;
}
/** The node `select` names under `root`; a UserError at the node where the path stops matching. */
export declare function selectNode(source: StructuredSource, root: SourceNode, select: string): SourceNode;
/** Parses a select expression; a malformed one is a UserError without a location (it sits in the config). */
export declare function parseSelect(select: string): ParsedPath;
export {};
