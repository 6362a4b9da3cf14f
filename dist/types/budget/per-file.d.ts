/**
 * `per_file: true`: a family of prompts (one system prompt per folder, `patterns/<name>/system.md`)
 * under one allotment that each file must keep on its own. Each file is judged as a component of
 * one file would be, with the same rules (estimates at their upper bound, growth from the file's
 * own base count, failures carried over from base), so a new member is budgeted the day it lands
 * and a grown one is named. The component's row keeps the family's totals (its change is the sum
 * of its files'), and its status, findings and share of the allotment are its worst file's.
 */
import type { ComponentConfig } from '../config/types.js';
import { type Judging } from './evaluate.js';
import { type ComponentResult, type CountingMethod, type FileCount, type Measurement } from './report.js';
/** Judges a per-file component: each file at head against the allotment, the family as one row. */
export declare function evaluatePerFile(component: ComponentConfig, head: Measurement, base: Measurement | null, configPath: string, counting: CountingMethod, judging: Judging): ComponentResult;
/** A measurement of the given files (one, or none for a member the base lacks). */
export declare function single(files: readonly FileCount[]): Measurement;
/**
 * What a request sends of a component: all its files, or for a per-file component one member,
 * its largest (a request sends one prompt of a family, and the largest is the one that must fit).
 */
export declare function sentPart(c: ComponentResult, side: 'head' | 'base'): Measurement | null;
/** The tokens a budget compares for a component: its upper bound, or for a per-file one its largest file's. */
export declare function budgetedTokens(c: ComponentResult): number;
