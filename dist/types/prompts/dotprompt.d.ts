import type { LineIndex } from '../common/line-index.js';
import type { TemplateReading } from './types.js';
export declare function readDotprompt(text: string, path: string, lines: LineIndex): TemplateReading;
