/**
 * Usage records after the call (issue 17, items 5 and 6): handed to the application's callback
 * and a metrics sink, written as JSON lines, and read back to compare real traffic with the
 * reserves in budgets.yml. Pure: the callers read and write the files.
 *
 * Percentiles are nearest-rank (see Percentiles): always a value that was observed, no
 * interpolation, so "p99 of 11,400" names a call that happened. A reserve is flagged when real
 * traffic exceeds it (p99 above it: more than 1% of calls did not fit) or never approaches it
 * (the largest call below a quarter of it).
 */
import type { UsageAnalysis } from '../budget/usage-report.js';
import type { RequestConfig } from '../config/types.js';
import type { UsageRecord } from './types.js';
/** A reserve whose largest call stays below this share of it is flagged `unused`. */
export declare const UNUSED_SHARE = 0.25;
/** Where records go besides the callback: `otelMetrics(meter)` from the library is one. */
export interface UsageSink {
    record(record: UsageRecord): void;
}
/**
 * One `onUsage` for the guard that hands each record to the application's callback and to a
 * sink. A throwing consumer does not stop the other, nor the call it records: its error is
 * passed to `onError` (by default, rethrown after both ran).
 */
export declare function usageRecorder(options: {
    onRecord?: (record: UsageRecord) => void;
    meter?: UsageSink;
    onError?: (error: unknown) => void;
}): (record: UsageRecord) => void;
/** One record as one line of JSON, newline included: append it to a file or a log stream. */
export declare function toJsonLine(record: UsageRecord): string;
/** A line that is not a usage record: where it is and what is wrong, quoting no more than its field names. */
export interface UsageProblem {
    file: string;
    line: number;
    message: string;
}
/** A usage file is read up to this many bytes (about 150,000 records of ~400 bytes): split larger logs. */
export declare const MAX_USAGE_BYTES: number;
/**
 * The records of a JSON-lines file. Blank lines are skipped; a line that is not a record is a
 * problem at file:line and the rest are still read, so one torn write does not hide a day.
 */
export declare function parseUsageLines(text: string, path: string): {
    records: UsageRecord[];
    problems: UsageProblem[];
};
/** Nearest-rank: the ⌈p/100 × n⌉-th smallest of `sorted` (ascending, not empty). */
export declare function nearestRank(sorted: readonly number[], p: number): number;
/** The count delta a record carries, or the one its reported usage gives. */
export declare function deltaOf(record: UsageRecord): number | undefined;
/**
 * Per request (in order of first appearance), the percentiles of the history offered (kept plus
 * dropped) and the user input the guard counted, the output the API reported and the count delta, each compared with the
 * request's reserves in `requests` (budgets.yml's).
 */
export declare function analyzeUsage(records: readonly UsageRecord[], requests: readonly Pick<RequestConfig, 'name' | 'reserve'>[], files?: string[]): UsageAnalysis;
