import type { VendorCounter } from '../budget/count-texts.js';
import { type VendorCounterOptions } from './api-counter.js';
export declare const ANTHROPIC_VERSION = "2023-06-01";
export declare function anthropicCounter(options: VendorCounterOptions): VendorCounter;
