import type { VendorCounter } from '../budget/count-texts.js';
import { type VendorCounterOptions } from './api-counter.js';
export declare function anthropicCounter(options: VendorCounterOptions): VendorCounter;
