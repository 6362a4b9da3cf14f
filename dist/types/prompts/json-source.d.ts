import { LineIndex } from '../common/line-index.js';
import type { SourceNode, StructuredSource } from './source-tree.js';
/** Parses a whole JSON file. */
export declare function readJson(text: string, path: string): StructuredSource;
/**
 * Parses the JSON in `text` between `start` and `end` (one line of a JSONL file), with
 * offsets and error locations relative to the whole text.
 */
export declare function parseJsonValue(text: string, path: string, lines: LineIndex, start: number, end: number): SourceNode;
