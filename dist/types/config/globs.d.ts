/**
 * Checks on the globs of `files:`. Globs are matched against paths relative to the repository
 * root, with forward slashes, at two revisions; a glob that could only match outside the
 * repository (or only on one operating system) would silently match nothing.
 */
import type { ValueProblem } from './quantity.js';
/** What is wrong with one glob (`!` negation included), phrased to follow the quoted glob. */
export declare function globProblem(glob: string): ValueProblem | undefined;
/** 12,345: counts in messages. */
export declare function count(n: number): string;
/** True when every glob is a `!` exclusion, so nothing can ever be included. */
export declare function onlyExclusions(globs: readonly string[]): boolean;
/**
 * The most patterns one glob may expand to through braces. minimatch compiles and tests one
 * pattern per expansion, and expands up to 100,000 of them: 17 `{a,b}` groups in a glob made a
 * run of 400 components take minutes. A real glob lists a handful of alternatives (`{md,txt}`,
 * `{en,fr,de}`); past 256, listing the files or a wildcard says the same thing for less work.
 */
export declare const MAX_GLOB_PATTERNS = 256;
/** The longest glob, in characters: a path is far shorter, and this bounds brace parsing too. */
export declare const MAX_GLOB_LENGTH = 1024;
/**
 * The most patterns all globs of one budgets.yml may expand to together (each distinct glob once),
 * so that hundreds of components with 256 patterns each cannot add up to the same unbounded run.
 */
export declare const MAX_CONFIG_PATTERNS = 10000;
/** How many patterns `glob` expands to, from its braces as minimatch expands them, without expanding them. */
export declare function braceExpansionCount(glob: string): number;
