import type { VendorCounter } from '../budget/count-texts.js';
import { type VendorCounterOptions } from './api-counter.js';
/** A protobuf Duration in its JSON form ("39s", "1.5s") in milliseconds. */
export declare function durationMs(value: unknown): number | undefined;
export declare function geminiCounter(options: VendorCounterOptions): VendorCounter;
