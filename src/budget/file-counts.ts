/**
 * Counting prompt files as the model receives them, in one batch: each file is extracted once per
 * distinct way of reading it (encoding, format, select, the model's chat overhead), its texts go
 * to the counter together with every other file's, and the counts are summed back per file.
 */
import { addsGenerationPrompt, geminiLocalParts, promptParts, type PromptParts } from '../prompts/parts.js';
import { extractPrompt } from '../prompts/extract.js';
import type { PromptFormat } from '../prompts/formats.js';
import { chatOverheadFor, type ChatOverhead } from '../prompts/overhead.js';
import { RunLimitReached, type HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import type { RenderOptions } from '../tokenize/huggingface/chat.js';
import { tokenizerKey, type TokenizerSpec } from '../tokenize/spec.js';
import type { Counted, TextJob } from './count-texts.js';
import { hash } from 'node:crypto';
import { asProblem, UserError } from '../common/errors.js';
import type { FileCount } from './report.js';

/** How a component (or `prompt-budget count`) reads its files. */
export interface Reading {
  tokenizer: TokenizerSpec;
  /** Picks the chat overhead; absent: the cookbook's current numbers, as an estimate. */
  model?: string;
  format?: PromptFormat;
  select?: string;
  /** `generation_prompt:`: whether the model is asked for the next turn; absent, by format (see addsGenerationPrompt). */
  generationPrompt?: boolean;
}

export class FileCounts {
  private readonly planned = new Map<string, { file: FileCount; parts: PromptParts; first: number; overheadBound?: number }>();
  /** The texts to count, in planning order; `apply` takes their counts in the same order. */
  readonly jobs: TextJob[] = [];
  /** By model: the same for every file a component reads. */
  private readonly overheads = new Map<string | undefined, ChatOverhead>();

  /** `tokenizers`: the loaded tokenizer.json files, whose chat templates frame chat files exactly. */
  constructor(private readonly tokenizers: ReadonlyMap<string, HuggingFaceTokenizer> = new Map()) {}

  /**
   * Plans the count of one file; the returned FileCount is filled in by `count`. A file that
   * could not be decoded, or does not parse as its format, is counted as 0 with its problem.
   */
  add(path: string, text: string | UserError, reading: Reading, bytesDigest?: string): FileCount {
    let overhead = this.overheads.get(reading.model);
    if (!overhead) this.overheads.set(reading.model, (overhead = chatOverheadFor(reading.model)));
    const key = [tokenizerKey(reading.tokenizer), reading.format ?? '', reading.select ?? '', overhead.perMessage, overhead.perName, overhead.perReply, overhead.exact, overhead.tools.funcInit, overhead.tools.exact, String(reading.generationPrompt), path].join('\0');
    const known = this.planned.get(key);
    if (known) return known.file;
    const source = text instanceof UserError ? '' : text;
    const extracted = text instanceof UserError ? text : asProblem(() => extractPrompt(source, path, { ...(reading.format && { format: reading.format }), ...(reading.select !== undefined && { select: reading.select }) }));
    if (extracted instanceof UserError) {
      // The digest of a malformed file tells a file left as it was from one edited and still broken.
      const digest = text instanceof UserError ? bytesDigest : digestOf(source);
      const file: FileCount = { path, tokens: 0, problem: extracted.located(), ...(digest !== undefined && { digest }) };
      this.planned.set(key, { file, parts: { content: [], overhead: [], fixedOverhead: 0 }, first: this.jobs.length });
      return file;
    }
    // A Gemini model counted with a local tokenizer.json is counted as Google's LocalTokenizer
    // counts it: texts only, never through the file's chat template (Gemma's, not Gemini's).
    const geminiLocal = reading.tokenizer.kind === 'huggingface' && reading.tokenizer.gemini !== undefined;
    const template = reading.tokenizer.kind === 'huggingface' && !geminiLocal ? this.tokenizers.get(reading.tokenizer.path)?.renderChat : undefined;
    const content = extracted.content;
    // Rendering can only fail for the chat template (or the run's limits), not for the file.
    const rendered = template !== undefined && content.kind === 'messages';
    const parts = asProblem(() =>
      rendered
        ? {
            content: content.conversations.flatMap((conversation) => conversation.map((message) => message.content)),
            overhead: [],
            fixedOverhead: 0,
            rendered: content.conversations.map((conversation, index) => {
              const tools = content.tools?.[index];
              const options: RenderOptions = { addGenerationPrompt: addsGenerationPrompt(extracted.format, conversation, reading.generationPrompt), ...(tools && { tools }) };
              return template(conversation, options);
            }),
          }
        : geminiLocal
          ? geminiLocalParts(extracted)
          : promptParts(extracted, overhead, reading.generationPrompt, reading.tokenizer.kind === 'vendor' ? 'request' : 'cookbook'),
    );
    if (parts instanceof UserError) {
      const from = parts instanceof RunLimitReached ? 'run-limit' : rendered ? 'tokenizer' : undefined;
      const file: FileCount = { path, tokens: 0, problem: parts.located(), ...(from && { problemFrom: from }), digest: digestOf(source) };
      this.planned.set(key, { file, parts: { content: [], overhead: [], fixedOverhead: 0 }, first: this.jobs.length });
      return file;
    }
    const file: FileCount = {
      path,
      tokens: 0,
      digest: digestOf(source),
      ...(content.kind === 'messages' && { format: extracted.format, overhead: 0, overheadExact: parts.rendered !== undefined || geminiLocal || (overhead.exact && !parts.toolsEstimated) }),
      ...(extracted.placeholders.length > 0 && { placeholders: extracted.placeholders.map((p) => p.tag) }),
      ...(extracted.excluded.length > 0 && { excluded: extracted.excluded }),
    };
    // OpenAI's formula is carried over to other vendors' models as an estimate of their framing;
    // they are documented to frame a message in a similar handful of tokens, so checks take twice
    // the estimate as its upper bound. (OpenAI's own newer models keep ≈ without a bound: their
    // format is the one the formula describes.)
    const framedByGuess = content.kind === 'messages' && parts.rendered === undefined && !geminiLocal && !overhead.exact && reading.tokenizer.kind !== 'encoding';
    this.planned.set(key, { file, parts, first: this.jobs.length, ...(framedByGuess && { overheadBound: OVERHEAD_BOUND }) });
    for (const part of [...parts.content, ...parts.overhead, ...(parts.rendered ?? [])]) this.jobs.push({ tokenizer: reading.tokenizer, text: part });
    return file;
  }

  /** Fills in every planned file from the counts of `jobs`, in order. */
  apply(counts: readonly Counted[]): void {
    const sum = (from: number, n: number, of: 'tokens' | 'high') => counts.slice(from, from + n).reduce((a, b) => a + b[of], 0);
    for (const { file, parts, first, overheadBound = 1 } of this.planned.values()) {
      // A text its tokenizer could not count leaves the whole file uncounted, never undercounted.
      const jobs = parts.content.length + parts.overhead.length + (parts.rendered?.length ?? 0);
      const problem = counts.slice(first, first + jobs).find((c) => c.problem !== undefined)?.problem;
      if (problem) {
        Object.assign(file, { tokens: 0, problem: problem.message, problemFrom: problem.from });
        delete file.high;
        if (file.overhead !== undefined) file.overhead = 0;
        continue;
      }
      const overheadFrom = first + parts.content.length;
      const content = sum(first, parts.content.length, 'tokens');
      if (parts.rendered) {
        // Counted exactly as the template renders it; the content's own count only splits it.
        file.tokens = sum(overheadFrom + parts.overhead.length, parts.rendered.length, 'tokens');
        file.overhead = file.tokens - content;
        continue;
      }
      const overhead = parts.fixedOverhead + sum(overheadFrom, parts.overhead.length, 'tokens');
      const high = sum(first, parts.content.length, 'high') + overheadBound * (parts.fixedOverhead + sum(overheadFrom, parts.overhead.length, 'high'));
      file.tokens = content + overhead;
      if (high > file.tokens) file.high = high;
      if (file.overhead !== undefined) file.overhead = overhead;
    }
  }
}

/** The upper bound of a chat framing estimated with OpenAI's formula for another vendor's model, as a multiple. */
export const OVERHEAD_BOUND = 2;

/**
 * SHA-256 of a text (as UTF-8), or of the bytes of a file that is not text: whether a file that
 * vanished from one path and appeared at another holds the same text, or a file is as it was.
 * The second decides whether a PR made a broken file worse, so it must not be forgeable: a
 * cryptographic hash, not a fast one (it costs far less than tokenizing the text).
 */
export function digestOf(text: string | Uint8Array): string {
  return hash('sha256', text, 'hex');
}
