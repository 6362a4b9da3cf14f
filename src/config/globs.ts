/**
 * Checks on the globs of `files:`. Globs are matched against paths relative to the repository
 * root, with forward slashes, at two revisions; a glob that could only match outside the
 * repository (or only on one operating system) would silently match nothing.
 */
import type { ValueProblem } from './quantity.js';

/** What is wrong with one glob (`!` negation included), phrased to follow the quoted glob. */
export function globProblem(glob: string): ValueProblem | undefined {
  const negated = glob.startsWith('!');
  const pattern = negated ? glob.slice(1) : glob;
  const example = negated ? '!prompts/drafts/*.md' : 'prompts/support/system.md';
  if (pattern.trim() === '') {
    return { problem: negated ? 'excludes nothing (a `!` with no glob after it)' : 'is empty', hint: `Write a path or glob relative to the repository root, e.g. \`${example}\`.` };
  }
  if (/^[\\/]/.test(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
    return { problem: 'is an absolute path', hint: `Write it relative to the repository root, e.g. \`${example}\`.` };
  }
  if (pattern.split(/[\\/]/).includes('..')) {
    return { problem: 'leaves the repository (a `..` segment)', hint: 'Globs are relative to the repository root and match only files inside it: remove the `..`.' };
  }
  const segments = pattern.split('/');
  if (segments.includes('.')) {
    // minimatch compares segment by segment, and the paths it is given never contain `./`.
    const fixed = (negated ? '!' : '') + segments.filter((s) => s !== '.').join('/');
    return { problem: 'has a `.` segment (`./`), so it matches no file', hint: `Drop it: \`${fixed}\`.` };
  }
  if (pattern.includes('\\')) {
    return { problem: 'uses backslashes', hint: `Use forward slashes, on every OS: \`${glob.replaceAll('\\', '/')}\` (to match a literal \`*\`, \`?\` or \`[\`, use a class such as \`[*]\`).` };
  }
  return undefined;
}

/** True when every glob is a `!` exclusion, so nothing can ever be included. */
export function onlyExclusions(globs: readonly string[]): boolean {
  return globs.length > 0 && globs.every((glob) => glob.startsWith('!'));
}
