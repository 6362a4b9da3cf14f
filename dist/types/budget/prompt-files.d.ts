export type PromptKind = 
/** An agent instruction file (AGENTS.md, CLAUDE.md, .cursorrules, ...): read whole into every session. */
'agent'
/** A file in a directory of prompts or rules (prompts/, .github/prompts/, .cursor/rules/, ...). */
 | 'directory'
/** A prompt file on its own: by format (.prompt.yml, .prompty, .prompt) or by name (system_prompt.md). */
 | 'file';
export interface PromptFile {
    path: string;
    kind: PromptKind;
    /** For `directory`: the directory that holds the prompts (`prompts`, `.cursor/rules`). */
    root?: string;
}
/**
 * Above this a "prompt" is data (a corpus, an export), not text sent on every request. Far below
 * the 16 MB check refuses; a real prompt this large can still be budgeted by hand.
 */
export declare const MAX_DISCOVERED_BYTES: number;
/**
 * Directories never searched: dependencies, vendored code, build output, caches and test fixtures.
 * Git already leaves out what .gitignore names; these are what repositories often commit anyway.
 */
export declare const SKIPPED_DIRECTORIES: ReadonlySet<string>;
/** The kind of prompt a path is by its path alone, or undefined when it is none. */
export declare function classify(path: string): PromptFile | undefined;
/**
 * What coverage calls a prompt: what `classify` finds, or what the user's `prompts` globs name,
 * and none of the `exclude` globs (compiled once, with components' glob options).
 */
export declare function promptMatcher(declared?: readonly string[], exclude?: readonly string[]): (path: string) => boolean;
/** Code-point order, the same on every machine (localeCompare is not). */
export declare function compareText(a: string, b: string): number;
