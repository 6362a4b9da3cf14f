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
  if (pattern.length > MAX_GLOB_LENGTH) {
    return { problem: `is ${count(pattern.length)} characters long, more than ${count(MAX_GLOB_LENGTH)}`, hint: 'A glob names paths in the repository: shorten it, or split it into several globs in a list.' };
  }
  if (pattern.includes('\\')) {
    return { problem: 'uses backslashes', hint: `Use forward slashes, on every OS: \`${glob.replaceAll('\\', '/')}\` (to match a literal \`*\`, \`?\` or \`[\`, use a class such as \`[*]\`).` };
  }
  const patterns = braceExpansionCount(pattern);
  if (patterns > MAX_GLOB_PATTERNS) {
    return {
      problem: `expands to ${patterns >= COUNT_CAP ? `more than ${count(COUNT_CAP)}` : count(patterns)} patterns, more than ${MAX_GLOB_PATTERNS}`,
      hint: `Each \`{a,b}\` set or \`{1..9}\` range multiplies the patterns that are compiled and tested against every file of the repository, so a glob may expand to at most ${MAX_GLOB_PATTERNS}: list the files, or use a wildcard (e.g. \`prompts/*.md\`).`,
    };
  }
  return undefined;
}

/** 12,345: counts in messages. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** True when every glob is a `!` exclusion, so nothing can ever be included. */
export function onlyExclusions(globs: readonly string[]): boolean {
  return globs.length > 0 && globs.every((glob) => glob.startsWith('!'));
}

/**
 * The most patterns one glob may expand to through braces. minimatch compiles and tests one
 * pattern per expansion, and expands up to 100,000 of them: 17 `{a,b}` groups in a glob made a
 * run of 400 components take minutes. A real glob lists a handful of alternatives (`{md,txt}`,
 * `{en,fr,de}`); past 256, listing the files or a wildcard says the same thing for less work.
 */
export const MAX_GLOB_PATTERNS = 256;

/** The longest glob, in characters: a path is far shorter, and this bounds brace parsing too. */
export const MAX_GLOB_LENGTH = 1024;

/**
 * The most patterns all globs of one budgets.yml may expand to together (each distinct glob once),
 * so that hundreds of components with 256 patterns each cannot add up to the same unbounded run.
 */
export const MAX_CONFIG_PATTERNS = 10_000;

/** Counts above this are not told apart (they are far past every limit anyway). */
const COUNT_CAP = 1_000_000_000;

/** How many patterns `glob` expands to, from its braces as minimatch expands them, without expanding them. */
export function braceExpansionCount(glob: string): number {
  // minimatch's own shortcut: nothing expands unless a `{` is followed by a `}` on the same line.
  if (!/\{(?:(?!\{).)*\}/.test(glob)) return 1;
  // `\{`, `\}`, `\,` and `\.` are literal, as is each `\\` pair (minimatch keeps them paired).
  let text = glob.replace(/\\[\\{},.]/g, LITERAL + LITERAL);
  // Bash (and brace-expansion) keep a leading `{}` as it is.
  if (text.startsWith('{}')) text = LITERAL + LITERAL + text.slice(2);
  return countIn(text, 0, { rewrites: 0 });
}

/** Stands in for a character that is never a brace, a comma or a dot. */
const LITERAL = '\u0000';
/** brace-expansion's bounds on nesting and on the `{a},b}` rewrite, which end expansion the same way. */
const MAX_DEPTH = 1_000;
const MAX_REWRITES = 1_000;

const capped = (n: number) => Math.min(n, COUNT_CAP);

/** The expansions of `text`: the product, over its brace sets left to right, of each set's alternatives. */
function countIn(text: string, depth: number, state: { rewrites: number }): number {
  if (depth > MAX_DEPTH) return 1;
  let count = 1;
  let rest = text;
  for (;;) {
    const group = firstGroup(rest);
    if (!group) return count;
    const { pre, body, post } = group;
    let alternatives: number;
    if (pre.endsWith('$')) {
      // `${...}` is a variable to Bash, left as it is.
      alternatives = 1;
    } else if (sequenceLength(body) !== undefined) {
      alternatives = sequenceLength(body)!;
    } else if (body.includes(',')) {
      const parts = commaParts(body);
      alternatives = parts.length === 1 ? countIn(parts[0]!, depth + 1, state) : capped(parts.reduce((sum, part) => capped(sum + countIn(part, depth + 1, state)), 0));
    } else if (state.rewrites < MAX_REWRITES && commaSetFollows(post)) {
      // `{a},b}`: Bash reads the first `}` as literal and the set as `{a},b}`.
      state.rewrites++;
      rest = `${pre}{${body}${LITERAL}${post}`;
      continue;
    } else {
      // `{a}`: a set that does not expand leaves the rest of the glob literal.
      return count;
    }
    count = capped(count * alternatives);
    if (post === '') return count;
    rest = post;
  }
}

/** The first `{` that has a matching `}` (unmatched ones are literal), with what is before, in and after it. */
function firstGroup(text: string): { pre: string; body: string; post: string } | undefined {
  const opens: number[] = [];
  const matched = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') opens.push(i);
    else if (text[i] === '}' && opens.length > 0) matched.set(opens.pop()!, i);
  }
  if (matched.size === 0) return undefined;
  const start = Math.min(...matched.keys());
  const end = matched.get(start)!;
  return { pre: text.slice(0, start), body: text.slice(start + 1, end), post: text.slice(end + 1) };
}

/** `{1..10}`, `{01..10..2}`, `{a..z}`: the number of values, or undefined when `body` is not a sequence. */
function sequenceLength(body: string): number | undefined {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  const alpha = numeric ? undefined : /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  const match = numeric ?? alpha;
  if (!match) return undefined;
  const value = (s: string) => (numeric ? parseInt(s, 10) : s.charCodeAt(0));
  const from = value(match[1]!);
  const to = value(match[2]!);
  const step = match[3] === undefined ? 1 : Math.max(Math.abs(parseInt(match[3], 10)), 1);
  const length = Math.floor(Math.abs(to - from) / step) + 1;
  return Number.isFinite(length) ? capped(length) : COUNT_CAP;
}

/** The alternatives of a set's body: split at its commas outside nested sets. */
function commaParts(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // A body has no unmatched `{`: every `{` in it is closed inside it.
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/**
 * Whether a `,` (not followed by another) has a `}` after it on the same line: brace-expansion's
 * test for the `{a},b}` form, in one pass from the end.
 */
function commaSetFollows(text: string): boolean {
  let close = false;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '}') close = true;
    else if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') close = false;
    else if (c === ',' && close && text[i + 1] !== ',') return true;
  }
  return false;
}
