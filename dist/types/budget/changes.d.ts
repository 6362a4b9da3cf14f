/**
 * What a change touched, grouped once for every reader of the report: whether a component
 * changed, each changed file with the components that count it, and the files several
 * components share. Renderers and the report's own fields use these; none groups files itself.
 */
import type { ComponentResult, FileDelta, SharedFile } from './report.js';
/** A component changed when its count or its set of files did, by more than its `min_change`. */
export declare function isChanged(c: ComponentResult): boolean;
/** One change of one file, with every component that counts it alike. */
export interface FileChange {
    file: FileDelta;
    /** The components counting this change (several for a shared file, or one counted for several models). */
    components: string[];
    /** Distinct names in budgets.yml among them: more than one is a shared file. */
    shared: number;
}
/**
 * One entry per changed file and change: a file shared by several components, whose change they
 * count alike, is one change naming them all, not one regression per component. Changes below
 * `min_change` are left out with their components.
 */
export declare function fileChanges(components: readonly ComponentResult[]): FileChange[];
/**
 * Files matched by components with different names in budgets.yml (the models one component is
 * counted for do not make a file shared), each with the components that count it.
 */
export declare function sharedFiles(components: readonly ComponentResult[]): SharedFile[];
