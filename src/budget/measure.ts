import type { ComponentConfig } from '../config/types.js';
import { asProblem, UserError } from '../common/errors.js';
import { countTexts, type CountingOptions, type Engines } from './count-texts.js';
import { tokenizerKey, tokenizerLabel, type TokenizerSpec } from '../tokenize/spec.js';
import type { HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import { digestOf, FileCounts } from './file-counts.js';
import type { CountingMethod, FileCount, Measurement } from './report.js';
import type { RevisionReader } from './revision.js';
import { selectEach } from './match-files.js';
import { decodePrompt } from './text.js';

/** One revision's files, read and planned for counting; `measure` turns the counts into measurements. */
export interface PlannedRevision {
  plan: FileCounts;
  /** Call after `plan.apply`. */
  measure(): Map<string, Measurement>;
}

/**
 * Reads every component's files at one revision and plans their counts. Each file is read and
 * decoded once, and counted once per way of reading it, however many components share it.
 */
export async function planRevision(
  reader: RevisionReader,
  components: readonly ComponentConfig[],
  tokenizers?: ReadonlyMap<string, HuggingFaceTokenizer>,
): Promise<PlannedRevision> {
  const allPaths = await reader.listFiles();
  const matched = selectEach(components, allPaths);
  const selections = components.map((component, i) => ({ component, paths: matched[i]! }));

  const needed = [...new Set(selections.flatMap((s) => s.paths))];
  const bytes = await reader.readFiles(needed);
  // A file that cannot be read as text is that file's problem, reported with it; the rest go on.
  const texts = new Map(
    needed.map((path) => {
      const content = bytes.get(path) ?? new Uint8Array();
      return [path, content instanceof UserError ? content : asProblem(() => decodePrompt(content, path))];
    }),
  );

  const plan = new FileCounts(tokenizers);
  // A file that is not text gets a digest of its bytes, to tell one left alone from one edited.
  const digests = new Map([...texts].filter(([, text]) => text instanceof UserError).flatMap(([path]) => {
    const content = bytes.get(path);
    return content instanceof Uint8Array ? [[path, digestOf(content)] as const] : [];
  }));
  const selected = selections.map(({ component, paths }) => ({ component, files: paths.map((path) => plan.add(path, texts.get(path) ?? '', component, digests.get(path))) }));
  return {
    plan,
    measure: () => new Map(selected.map(({ component, files }) => [component.name, measurementOf(files)])),
  };
}

function measurementOf(files: FileCount[]): Measurement {
  const sum = (of: (f: FileCount) => number) => files.reduce((total, f) => total + of(f), 0);
  const tokens = sum((f) => f.tokens);
  const high = sum((f) => f.high ?? f.tokens);
  return {
    files,
    tokens,
    ...(high > tokens && { high }),
    overhead: sum((f) => f.overhead ?? 0),
    estimated: files.some((f) => f.overheadExact === false),
    unreadable: files.filter((f) => f.problem !== undefined).length,
  };
}

/**
 * Counts every plan's texts in one batch, so a text several plans hold (a file at base and head)
 * is counted once, and fills the plans in; returns how each tokenizer counted, by tokenizerKey.
 */
export async function countPlans(plans: readonly FileCounts[], engines: Engines, options?: CountingOptions): Promise<Map<string, CountingMethod>> {
  const { counts, methods } = await countTexts(plans.flatMap((plan) => plan.jobs), engines, options);
  let from = 0;
  for (const plan of plans) {
    plan.apply(counts.slice(from, from + plan.jobs.length));
    from += plan.jobs.length;
  }
  return methods;
}

/** How `tokenizer` counted; one that had no text to count (no files) counted exactly, as 0. */
export function methodFor(methods: ReadonlyMap<string, CountingMethod>, tokenizer: TokenizerSpec): CountingMethod {
  return methods.get(tokenizerKey(tokenizer)) ?? { tokenizer, exact: true, label: tokenizerLabel(tokenizer) };
}
