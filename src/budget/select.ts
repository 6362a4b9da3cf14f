import { Minimatch } from 'minimatch';

/**
 * Which files a component's globs select. Order-independent, as in most CI path filters: a file
 * is selected when some positive glob matches it and no `!` glob does. Dot files match, because
 * prompts often live under `.github/`.
 */
export function fileSelector(globs: readonly string[]): (path: string) => boolean {
  const options = { dot: true, nocomment: true, nonegate: true };
  const include = globs.filter((g) => !g.startsWith('!')).map((g) => new Minimatch(g, options));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => new Minimatch(g.slice(1), options));
  return (path) => include.some((m) => m.match(path)) && !exclude.some((m) => m.match(path));
}

export function selectFiles(globs: readonly string[], paths: readonly string[]): string[] {
  const selected = fileSelector(globs);
  return paths.filter(selected).sort();
}
