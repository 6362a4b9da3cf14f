import { Minimatch } from 'minimatch';
import { braceExpansionCount, count, MAX_GLOB_PATTERNS } from '../config/globs.js';
import { UserError, type SourceLocation } from '../common/errors.js';

/**
 * Dot files match, because prompts often live under `.github/`. minimatch stops expanding braces
 * one pattern past the limit budgets.yml is held to, so a glob that got past the check (the
 * counter and minimatch disagreeing) still costs little and is refused below.
 */
const OPTIONS = { dot: true, nocomment: true, nonegate: true, braceExpandMax: MAX_GLOB_PATTERNS + 1 };

/**
 * The most glob tests one revision's selection may take: patterns × the paths each is tested
 * against, summed over the distinct globs. A test takes well under a microsecond, so this keeps
 * selecting files to seconds; a real configuration, even with a hundred `**` globs over a
 * 100,000-file repository, stays below it.
 */
export const MAX_GLOB_TESTS = 20_000_000;

/** Whose globs these are, for the message when there are too many. */
export interface GlobOwner {
  files: readonly string[];
  declaredName?: string;
  location?: SourceLocation;
}

function compile(glob: string): Minimatch {
  const matcher = new Minimatch(glob, OPTIONS);
  if (braceExpansionCount(glob) > MAX_GLOB_PATTERNS || matcher.braceExpand().length > MAX_GLOB_PATTERNS) {
    throw new UserError(`The glob ${JSON.stringify(glob.slice(0, 100))} expands to more than ${MAX_GLOB_PATTERNS} patterns`, 'List the files, or use a wildcard (e.g. `prompts/*.md`).');
  }
  return matcher;
}

/**
 * Which files a component's globs select. Order-independent, as in most CI path filters: a file
 * is selected when some positive glob matches it and no `!` glob does.
 */
export function fileSelector(globs: readonly string[]): (path: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!')).map(compile);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compile(g.slice(1)));
  return (path) => include.some((m) => m.match(path)) && !exclude.some((m) => m.match(path));
}

export function selectFiles(globs: readonly string[], paths: readonly string[]): string[] {
  return selectEach([{ files: globs }], paths)[0]!;
}

/**
 * The files each owner's globs select, sorted. Each distinct glob is compiled and tested once,
 * however many components share it, and only against the paths whose first directory it can
 * match; when that is still more than MAX_GLOB_TESTS tests, a UserError at the component with
 * the most, before any is run.
 */
export function selectEach(owners: readonly GlobOwner[], paths: readonly string[]): string[][] {
  const byFirstSegment = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.indexOf('/');
    const first = slash === -1 ? path : path.slice(0, slash);
    const bucket = byFirstSegment.get(first);
    if (bucket) bucket.push(path);
    else byFirstSegment.set(first, [path]);
  }

  const globs = new Map<string, { matcher: Minimatch; candidates: readonly string[]; tests: number }>();
  let tests = 0;
  const testsOf = owners.map((owner) => {
    let own = 0;
    for (const glob of owner.files) {
      const pattern = glob.startsWith('!') ? glob.slice(1) : glob;
      let compiled = globs.get(pattern);
      if (!compiled) {
        const matcher = compile(pattern);
        const candidates = candidatesOf(matcher, paths, byFirstSegment);
        compiled = { matcher, candidates, tests: Math.max(1, braceExpansionCount(pattern)) * candidates.length };
        globs.set(pattern, compiled);
        tests += compiled.tests;
      }
      own += compiled.tests;
    }
    return own;
  });
  if (tests > MAX_GLOB_TESTS) {
    const worst = testsOf.indexOf(Math.max(...testsOf));
    const owner = owners[worst]!;
    throw new UserError(
      `The globs of the components would take ${count(tests)} tests (patterns × the files each is tested against) over this revision's ${count(paths.length)} files, more than ${count(MAX_GLOB_TESTS)}${owner.declaredName === undefined ? '' : `; component \`${owner.declaredName}\`'s take the most (${count(testsOf[worst]!)})`}`,
      'Start globs with their directory (`prompts/**/*.md` rather than `**/*.md`), and write fewer `{a,b}` alternatives.',
      owner.location,
    );
  }

  const matches = new Map<string, Set<string>>();
  const matched = (pattern: string) => {
    let found = matches.get(pattern);
    if (!found) {
      const { matcher, candidates } = globs.get(pattern)!;
      found = new Set(candidates.filter((path) => matcher.match(path)));
      matches.set(pattern, found);
    }
    return found;
  };
  return owners.map((owner) => {
    const include = owner.files.filter((g) => !g.startsWith('!')).map(matched);
    const exclude = owner.files.filter((g) => g.startsWith('!')).map((g) => matched(g.slice(1)));
    const selected = new Set<string>();
    for (const set of include) for (const path of set) if (!exclude.some((e) => e.has(path))) selected.add(path);
    return [...selected].sort();
  });
}

/**
 * The paths a glob can match: when every pattern it expands to starts with a literal directory or
 * name, only the paths starting with one of them; otherwise all.
 */
function candidatesOf(matcher: Minimatch, paths: readonly string[], byFirstSegment: ReadonlyMap<string, string[]>): readonly string[] {
  const firsts = new Set<string>();
  for (const pattern of matcher.set) {
    const first = pattern[0];
    if (typeof first !== 'string') return paths;
    firsts.add(first);
  }
  return [...firsts].flatMap((first) => byFirstSegment.get(first) ?? []);
}
