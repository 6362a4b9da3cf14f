import type { LineIndex } from './source-tree.js';
import type { TemplateReading } from './types.js';
export declare function readDotprompt(text: string, path: string, lines: LineIndex): TemplateReading;
