/**
 * budgets.yml as a YAML syntax tree with positions: the loader reads the tree, not plain JS
 * values, so that every complaint can name the line and column to fix.
 */
import { LineCounter, type Alias, type Node } from 'yaml';
import { type SourceLocation } from '../common/errors.js';
export declare class YamlSource {
    readonly path: string;
    readonly text: string;
    readonly root: Node;
    private readonly lines;
    private readonly aliasTargets;
    constructor(path: string, text: string, root: Node, lines: LineCounter, aliasTargets: ReadonlyMap<Alias, Node>);
    /** 1-based line and column of a node's first character (or of a plain offset). */
    locate(at: Node | number): SourceLocation;
    /** The node an alias stands for; any other node is itself. */
    resolve(node: Node): Node;
    /** The rest of the line after a node, where a YAML comment that cut a plain scalar would sit. */
    restOfLine(node: Node): string;
}
/**
 * Parses the text into one YAML document. Throws UserErrors for what stops reading the file at
 * all: syntax errors, no content, aliases that point nowhere or expand without bound.
 */
export declare function readYaml(text: string, path: string): YamlSource;
/** How a value reads in "got …": enough to recognise it, never the whole of a long text. */
export declare function describeValue(node: Node): string;
