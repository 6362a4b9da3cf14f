import type { ComponentConfig } from '../config/types.js';
import { asProblem, UserError } from '../errors.js';
import { countHere, type TokenCounter } from '../tokenize/counter.js';
import { FileCounts } from './file-counts.js';
import type { Measurement } from './report.js';
import type { RevisionReader } from './revision.js';
import { selectFiles } from './select.js';
import { decodePrompt } from './text.js';

/**
 * Counts every component at one revision. Each file is read and decoded once, and counted once
 * per way of reading it, however many components share it.
 */
export async function measureRevision(
  reader: RevisionReader,
  components: readonly ComponentConfig[],
  counter: TokenCounter = countHere,
): Promise<Map<string, Measurement>> {
  const allPaths = await reader.listFiles();
  const selections = components.map((component) => ({ component, paths: selectFiles(component.files, allPaths) }));

  const needed = [...new Set(selections.flatMap((s) => s.paths))];
  const bytes = await reader.readFiles(needed);
  // A file that cannot be read as text is that file's problem, reported with it; the rest go on.
  const texts = new Map(
    needed.map((path) => {
      const content = bytes.get(path) ?? new Uint8Array();
      return [path, content instanceof UserError ? content : asProblem(() => decodePrompt(content, path))];
    }),
  );

  const plan = new FileCounts();
  const selected = selections.map(({ component, paths }) => ({ component, files: paths.map((path) => plan.add(path, texts.get(path) ?? '', component)) }));
  await plan.count(counter);

  const measurements = new Map<string, Measurement>();
  for (const { component, files } of selected) {
    measurements.set(component.name, {
      files,
      tokens: files.reduce((sum, f) => sum + f.tokens, 0),
      overhead: files.reduce((sum, f) => sum + (f.overhead ?? 0), 0),
      estimated: files.some((f) => f.overheadExact === false),
      unreadable: files.filter((f) => f.problem !== undefined).length,
    });
  }
  return measurements;
}

