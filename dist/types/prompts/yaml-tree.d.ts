import { LineIndex } from '../common/line-index.js';
import type { SourceNode, StructuredSource } from './source-tree.js';
/** Parses a whole YAML file. */
export declare function readYamlFile(text: string, path: string): StructuredSource;
/**
 * Parses the YAML between `start` and `end` (a frontmatter block), with offsets and error
 * locations relative to the whole text. An empty document is a null scalar.
 */
export declare function parseYamlRange(text: string, path: string, lines: LineIndex, start: number, end: number): SourceNode;
