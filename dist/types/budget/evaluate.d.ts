import type { ComponentConfig, FailOn } from '../config/types.js';
import { type ComponentResult, type CountingMethod, type Measurement } from './report.js';
/** What decides a verdict besides the counts. */
export interface Judging {
    failOn: FailOn;
    /**
     * How the base's own budgets.yml declares the component (same declared name); absent when it
     * does not, or when the base's budgets.yml cannot be read. Only a budget the base's own
     * budgets.yml broke, counted the same way, can be carried over: both revisions are otherwise
     * judged by the PR's budgets.yml, so "broken at base" would mean "broken under the PR's rules".
     */
    atBase?: BaseDeclaration;
    /**
     * The files this component is counted with (its tokenizer.json, chat template, tokenizer_config.json)
     * that this change edits. Base and head are both counted with the PR's copies, so with these
     * edited nothing that depends on them (a count over the allotment, a chat that cannot be
     * rendered) is carried over from base: the PR changed the ruler.
     */
    editedTokenizerFiles?: string[];
}
/** The component as the base's budgets.yml declares it. */
export interface BaseDeclaration {
    /** Its `files` are the PR's, glob for glob. */
    sameFiles: boolean;
    /** It is counted the same way: the same tokenizer, model, format and select. */
    sameCounting: boolean;
    /** The base's own allotment. */
    maxTokens: number;
    /**
     * Set when the PR's globs matched nothing at base and the base was measured with these, its
     * own globs, which did: the prompt moved and the PR pointed `files` at its new path.
     */
    measuredWith?: string[];
}
/** Judges one component from its measurements at head and (when there is one) base. */
export declare function evaluateComponent(component: ComponentConfig, head: Measurement, base: Measurement | null, configPath: string, counting: CountingMethod, judging: Judging): ComponentResult;
/** What a budget check compares: the count, or an estimate's upper bound. */
export declare function upperBound(m: Measurement): number;
