/** The top of the git checkout containing `cwd`. */
export declare function repositoryRoot(cwd: string): Promise<string>;
/** The full SHA a ref names, or undefined when this checkout does not have it. */
export declare function resolveCommit(root: string, ref: string): Promise<string | undefined>;
export declare function isShallow(root: string): Promise<boolean>;
/**
 * Makes sure the commit `ref` names is in the checkout, fetching just that commit from `origin` when
 * actions/checkout made a shallow clone (its default, fetch-depth: 1). GitHub serves any
 * reachable commit by SHA, so one depth-1 fetch is enough to read the base's files.
 */
export declare function ensureCommit(root: string, ref: string, log: (line: string) => void): Promise<string>;
/**
 * The best common ancestor of two commits, or undefined when git cannot tell (a commit is
 * missing, or the histories share no commit). Only trustworthy in a complete clone: a shallow
 * one can cut the history between a commit and its true merge base.
 */
export declare function mergeBase(root: string, a: string, b: string): Promise<string | undefined>;
/**
 * The parents a commit object records, read from the object itself, so they are known even at
 * a shallow clone's boundary, where git pretends the commit has none. Undefined when the
 * commit is not in the checkout.
 */
export declare function recordedParents(root: string, ref: string): Promise<string[] | undefined>;
