import type { ComponentConfig } from '../config/types.js';
import { loadEncoder, type EncodingName } from '../tokenize/encodings.js';
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
): Promise<Map<string, Measurement>> {
  const allPaths = await reader.listFiles();
  const selections = components.map((component) => ({ component, paths: selectFiles(component.files, allPaths) }));

  const needed = [...new Set(selections.flatMap((s) => s.paths))];
  const bytes = await reader.readFiles(needed);
  const texts = new Map(needed.map((path) => [path, decodePrompt(bytes.get(path) ?? new Uint8Array(), path)]));

  const counts = new Map<string, number>();
  const countOf = async (path: string, encoding: EncodingName): Promise<number> => {
    const key = `${encoding}\0${path}`;
    let tokens = counts.get(key);
    if (tokens === undefined) {
      tokens = (await loadEncoder(encoding)).count(texts.get(path) ?? '');
      counts.set(key, tokens);
    }
    return tokens;
  };

  const measurements = new Map<string, Measurement>();
  for (const { component, paths } of selections) {
    const files: FileCount[] = [];
    for (const path of paths) files.push({ path, tokens: await countOf(path, component.encoding) });
    measurements.set(component.name, { files, tokens: files.reduce((sum, f) => sum + f.tokens, 0) });
  }
  return measurements;
}
