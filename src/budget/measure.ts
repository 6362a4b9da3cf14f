import type { ComponentConfig } from '../config/types.js';
import { countHere, type CountJob, type TokenCounter } from '../tokenize/counter.js';
import type { FileCount, Measurement } from './report.js';
import type { RevisionReader } from './revision.js';
import { selectFiles } from './select.js';
import { decodePrompt } from './text.js';

/**
 * Counts every component at one revision. Each file is read and decoded once, and tokenized
 * once per encoding, however many components share it.
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
  const texts = new Map(needed.map((path) => [path, decodePrompt(bytes.get(path) ?? new Uint8Array(), path)]));

  // One job per file and encoding, however many components share the file.
  const jobIndex = new Map<string, number>();
  const jobs: CountJob[] = [];
  const keyOf = (path: string, component: ComponentConfig) => `${component.encoding}\0${path}`;
  for (const { component, paths } of selections) {
    for (const path of paths) {
      const key = keyOf(path, component);
      if (jobIndex.has(key)) continue;
      jobIndex.set(key, jobs.length);
      jobs.push({ encoding: component.encoding, text: texts.get(path) ?? '' });
    }
  }
  const counts = await counter(jobs);

  const measurements = new Map<string, Measurement>();
  for (const { component, paths } of selections) {
    const files: FileCount[] = paths.map((path) => ({ path, tokens: counts[jobIndex.get(keyOf(path, component))!]! }));
    measurements.set(component.name, { files, tokens: files.reduce((sum, f) => sum + f.tokens, 0) });
  }
  return measurements;
}
