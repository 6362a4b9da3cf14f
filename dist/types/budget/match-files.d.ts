import { type SourceLocation } from '../common/errors.js';
/**
 * The most glob tests one revision's selection may take: patterns × the paths each is tested
 * against, summed over the distinct globs. A test takes well under a microsecond, so this keeps
 * selecting files to seconds; a real configuration, even with a hundred `**` globs over a
 * 100,000-file repository, stays below it.
 */
export declare const MAX_GLOB_TESTS = 20000000;
/** Whose globs these are, for the message when there are too many. */
export interface GlobOwner {
    files: readonly string[];
    declaredName?: string;
    location?: SourceLocation;
}
/**
 * Which files a component's globs select. Order-independent, as in most CI path filters: a file
 * is selected when some positive glob matches it and no `!` glob does.
 */
export declare function fileSelector(globs: readonly string[]): (path: string) => boolean;
export declare function selectFiles(globs: readonly string[], paths: readonly string[]): string[];
/**
 * The files each owner's globs select, sorted. Each distinct glob is compiled and tested once,
 * however many components share it, and only against the paths whose first directory it can
 * match; when that is still more than MAX_GLOB_TESTS tests, a UserError at the component with
 * the most, before any is run.
 */
export declare function selectEach(owners: readonly GlobOwner[], paths: readonly string[]): string[][];
