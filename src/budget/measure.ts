import type { ComponentConfig } from '../config/types.js';
import { chatOverheadFor } from '../prompts/overhead.js';
import { extractPrompt } from '../prompts/extract.js';
import { promptParts, type PromptParts } from '../prompts/count.js';
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

  // Each file is read as each component reads it (format, select, the model's chat overhead), once
  // per distinct reading, however many components share it. All texts go to the counter in one batch.
  const readings = new Map<string, { file: FileCount; parts: PromptParts; first: number }>();
  const jobs: CountJob[] = [];
  const readingOf = (path: string, component: ComponentConfig) => {
    const overhead = chatOverheadFor(component.model);
    const key = [component.encoding, component.format ?? '', component.select ?? '', overhead.perMessage, overhead.perName, overhead.perReply, path].join('\0');
    let reading = readings.get(key);
    if (!reading) {
      const extracted = extractPrompt(texts.get(path) ?? '', path, { ...(component.format && { format: component.format }), ...(component.select !== undefined && { select: component.select }) });
      const parts = promptParts(extracted, overhead);
      const chat = extracted.content.kind === 'messages';
      const file: FileCount = {
        path,
        tokens: 0,
        ...(chat && { format: extracted.format, overhead: 0, overheadExact: overhead.exact }),
        ...(extracted.placeholders.length > 0 && { placeholders: extracted.placeholders.map((p) => p.tag) }),
        ...(extracted.excluded.length > 0 && { excluded: extracted.excluded }),
      };
      reading = { file, parts, first: jobs.length };
      for (const text of [...parts.content, ...parts.overhead]) jobs.push({ encoding: component.encoding, text });
      readings.set(key, reading);
    }
    return reading;
  };
  const selected = selections.map(({ component, paths }) => ({ component, readings: paths.map((path) => readingOf(path, component)) }));
  const counts = await counter(jobs);
  for (const { file, parts, first } of readings.values()) {
    const sum = (from: number, n: number) => counts.slice(from, from + n).reduce((a, b) => a + b, 0);
    const content = sum(first, parts.content.length);
    const overhead = parts.fixedOverhead + sum(first + parts.content.length, parts.overhead.length);
    file.tokens = content + overhead;
    if (file.overhead !== undefined) file.overhead = overhead;
  }

  const measurements = new Map<string, Measurement>();
  for (const { component, readings: read } of selected) {
    const files = read.map((r) => r.file);
    measurements.set(component.name, {
      files,
      tokens: files.reduce((sum, f) => sum + f.tokens, 0),
      overhead: files.reduce((sum, f) => sum + (f.overhead ?? 0), 0),
      estimated: files.some((f) => f.overheadExact === false),
    });
  }
  return measurements;
}
