import type { SourceLocation } from '../errors.js';
import type { EncodingName } from '../tokenize/encodings.js';

/** A limit on growth in one PR: absolute tokens or a percentage of the base count. */
export type Growth = { tokens: number } | { percent: number };

/** When to warn: at a share of the allotment or at an absolute token count. */
export type WarnAt = { tokens: number } | { percent: number };

/** One budgeted prompt component, fully resolved (defaults applied). */
export interface ComponentConfig {
  name: string;
  /** Globs relative to the repository root, minimatch semantics; `!` negates. */
  files: string[];
  /** The allotment. */
  maxTokens: number;
  warnAt: WarnAt;
  maxGrowth?: Growth;
  /** The model named in the config, if any (for display); the encoding follows from it. */
  model?: string;
  encoding: EncodingName;
  /** A team's own guidance, shown when the component fails. */
  message?: string;
  /** Where the component is declared, for annotations and "raise max_tokens (line N)". */
  location: SourceLocation;
  /** Where `max_tokens` is written, the line to edit. */
  maxTokensLocation: SourceLocation;
}

export interface BudgetConfig {
  /** Path of budgets.yml as given (relative to the repository root when possible). */
  path: string;
  version: 1;
  components: ComponentConfig[];
}
