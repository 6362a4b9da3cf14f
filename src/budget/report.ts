/**
 * The report: plain, JSON-serialisable data, and the only thing renderers read. Every number a
 * comment, summary or terminal table shows is computed here, so they can never disagree.
 */
import type { FailOn, Growth, MinChange, Reserve, Unbudgeted, WarnAt } from '../config/types.js';
import type { SourceLocation } from '../common/errors.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import type { EstimateMethod } from '../tokenize/estimate.js';
import type { UsageAnalysis } from './usage-report.js';

/**
 * 2: components name their tokenizer and how they were counted (`tokenizer`, `counting`, estimates'
 * `high`) instead of an `encoding`; `fail_on`, pre-existing problems, min_change and shared files.
 */
export const REPORT_VERSION = 2;

export type Status =
  /** Within the allotment and below the warning threshold. */
  | 'ok'
  /** At or above `warn_at`, still within the allotment. */
  | 'warn'
  /** Above `max_tokens` at head. */
  | 'over'
  /** Grew by more than `max_growth` in this change. */
  | 'grew-too-much'
  /** The globs match nothing at head, nor at base. */
  | 'no-files-matched'
  /** Matched nothing at base; within its allotment at head. */
  | 'new'
  /** Matched files at base and none at head: renamed or deleted, so it can no longer be checked. */
  | 'removed'
  /** A file at head cannot be counted (binary, not UTF-8, malformed), so the budget cannot be checked. */
  | 'unreadable'
  /**
   * Broken at base already (over its allotment, not countable, matching nothing) and not made
   * worse by this change; with `fail_on: made-worse` (the default) it does not fail the check.
   */
  | 'pre-existing';

export const FAILING_STATUSES: ReadonlySet<Status> = new Set(['over', 'grew-too-much', 'no-files-matched', 'removed', 'unreadable']);

/** The ways a budget can be broken at base and carried over by a change that does not make it worse. */
export type CarriedFailure = 'over' | 'unreadable' | 'no-files-matched';

/**
 * How a component was already broken at base, by the base's own budgets.yml (its allotment, its
 * globs, counted the same way), and whether this change made it worse.
 */
export interface BrokenAtBase {
  failure: CarriedFailure;
  /**
   * For `over`: tokens over the allotment at base (the base's own) and at head (the PR's), upper
   * bounds for estimates.
   */
  overBy?: { base: number; head: number };
  /**
   * How this change made it worse, when it did: more tokens (the count or, for an estimate, its
   * upper bound), an allotment lowered so it is further over, or a file that cannot be counted
   * added or edited. Absent: not made worse, so it fails only with `fail_on: any-over`.
   */
  worse?: 'more-tokens' | 'lower-allotment' | 'changed-unreadable';
}

/**
 * A piece of a finding: plain text we wrote, or a value that came from the repository (a name,
 * a path, a key) which renderers must show literally: in Markdown, as a code span, so nothing
 * from a PR can become markup, a mention or a link.
 */
export type Span = string | { code: string };

/** One sentence of explanation: why a component failed or warns, and what to do. */
export type Finding = Span[];

export interface FileCount {
  /** Repository-relative path with forward slashes. */
  path: string;
  /** All tokens: content plus chat overhead. */
  tokens: number;
  /** The upper bound when `tokens` is an estimate (see CountingMethod); budget checks use it. */
  high?: number;
  /** A hash of the file's text, to see a file that moved unchanged as a rename. */
  digest?: string;
  /** Why the file could not be counted (not text, malformed for its format); tokens is then 0. */
  problem?: string;
  /** What `problem` comes from, when not the file alone (see ProblemSource). */
  problemFrom?: ProblemSource;
  /** For chat files (messages, JSONL, .prompt.yml, ...): their format. */
  format?: string;
  /** Tokens the chat format adds (roles, names, per-message and per-reply tokens). */
  overhead?: number;
  /** False when the overhead formula is not published for the model: the total is an estimate. */
  overheadExact?: boolean;
  /** Template tags filled in at run time, counted as written: `{{customer_name}}`. */
  placeholders?: string[];
  /** What reaches the model but is not counted (images, tool definitions). */
  excluded?: string[];
}

/**
 * Why a file could not be counted, when it is not the file's own fault (not text, malformed):
 * - `tokenizer`: the component's tokenizer files refuse it (its chat template fails or runs too
 *   long, its tokenizer.json cannot count the text). Both revisions are counted with the PR's
 *   copies, so when the PR changed them this is the PR's failure, never one carried over.
 * - `run-limit`: a bound of the whole run (its time, or the characters chat templates may
 *   produce) ran out before the file was counted. It says nothing of the file, and always fails.
 */
export type ProblemSource = 'tokenizer' | 'run-limit';

/** A component measured at one revision. */
export interface Measurement {
  files: FileCount[];
  tokens: number;
  /** The upper bound, when some file's count is an estimate; budget checks use it. */
  high?: number;
  /** Of `tokens`, what the chat format adds. */
  overhead: number;
  /** Some file's overhead is an estimate (the formula is not published for the model). */
  estimated: boolean;
  /** Files that could not be counted (see FileCount.problem). */
  unreadable: number;
}

/** How a file changed between base and head, for per-file detail. */
export interface FileDelta {
  path: string;
  /** The path at base, when the file was renamed (moved with its text unchanged). */
  renamedFrom?: string;
  base: number | null;
  head: number | null;
  delta: number;
}

/** How one tokenizer's counts were obtained in this run, for the report. */
export interface CountingMethod {
  tokenizer: TokenizerSpec;
  exact: boolean;
  /** "o200k_base", "models/llama/tokenizer.json", "Anthropic's token-counting API". */
  label: string;
  /**
   * For an estimate: the methods used (one per kind of text, see estimate.ts), why no exact count
   * was possible, and for a vendor's model, the setting whose key would give one.
   */
  estimate?: { methods: EstimateMethod[]; reason: Finding; keyName?: string };
  /**
   * A Gemini model counted with a local tokenizer.json (Gemma 3's, as Google's SDK counts offline):
   * exactly what that file gives, which is not Gemini's own count. `reason`: why its API did not
   * count (no key given, or it failed), and `keyName`, the setting whose key would.
   */
  local?: { model: string; reason: Finding; keyName: string };
}

export interface ComponentResult {
  name: string;
  /** The key under `components:` (differs from `name` for a component counted for several models). */
  declaredName: string;
  tokenizer: TokenizerSpec;
  /** How its counts were obtained: exactly, or estimated with a range (and why). */
  counting: CountingMethod;
  model?: string;
  /**
   * The family whose OpenAI encoding counts this model, when OpenAI publishes none for it (tiktoken
   * names neither the model nor a prefix of it): the count is exact for that encoding, assumed for the model.
   */
  assumedFrom?: string;
  maxTokens: number;
  /** The warning threshold in tokens, resolved from `warn_at`. */
  warnAtTokens: number;
  maxGrowth?: Growth;
  /** The growth limit in tokens, resolved against the base count; absent without a base count. */
  maxGrowthTokens?: number;
  /** `max_growth` is a percentage and the base count is 0: a percentage of 0 is undefined, so growth was not limited. */
  growthUnchecked?: boolean;
  warnAt: WarnAt;
  /** Null when there is no base revision (push events, a CLI run without --base). */
  base: Measurement | null;
  /**
   * The globs `base` was measured with, when not the PR's: the PR's matched nothing at base, and
   * the base's budgets.yml declares the component with these, which did (the prompt moved).
   */
  baseMeasuredWith?: string[];
  head: Measurement;
  /** head - base; null without a base. */
  delta: number | null;
  /** delta / base × 100; null without a base or when base is 0. */
  deltaPercent: number | null;
  /** head / maxTokens × 100. */
  percentOfAllotment: number;
  status: Status;
  failed: boolean;
  /** Files whose count changed, largest change first. */
  changedFiles: FileDelta[];
  /**
   * Set when the component was already broken at base in the way it is at head: with status
   * `pre-existing` when the change did not make it worse, else with the failing status.
   */
  brokenAtBase?: BrokenAtBase;
  minChange?: MinChange;
  /** The smallest change `min_change` lets through, in tokens (resolved against the base count). */
  minChangeTokens?: number;
  /** The change is smaller than `min_change`: shown with the unchanged components. Never set on a failure. */
  noise: boolean;
  /** `max_tokens` as written in budgets.yml, for a suggestion written alike. */
  maxTokensWritten?: string;
  /** Why it failed or warns, and what to do, one sentence each. */
  findings: Finding[];
  /** The team's own guidance from budgets.yml, shown when the component fails. */
  message?: string;
  location: SourceLocation;
  maxTokensLocation: SourceLocation;
  /**
   * For `per_file: true` (each file judged against the allotment on its own): how many files, the
   * largest at head and at base (what `percentOfAllotment` and requests use), and the files that fail.
   */
  perFile?: { files: number; largest: FileCount | null; baseLargest: FileCount | null; over: string[] };
}

/** What the catalog (or the user's `models:`) says about a request's model. */
export interface ModelFacts {
  /** Input and output together must fit in it. */
  contextWindow?: number;
  /** A cap on input below the window (GPT-5: 272,000 of a 400,000 window). */
  maxInput?: number;
  maxOutput?: number;
  prices?: {
    currency: string;
    inputPerMillion: number;
    cachedInputPerMillion?: number;
    outputPerMillion?: number;
  };
  /** The vendor caches prompt prefixes of at least this many tokens. */
  promptCaching?: { minTokens: number };
  /** The date of the prices: they change, and a figure without its date misleads. */
  asOf: string;
}

/** An amount of money at base and head; null without a base. */
export interface CostChange {
  base: number | null;
  head: number;
  delta: number | null;
}

export type RequestStatus =
  /** Fixed components plus reserves fit the context window. */
  | 'fits'
  /** They exceed it: the request would fail or be truncated. */
  | 'over-window'
  /** The model's window is not known, so fit is not checked. */
  | 'unknown-window'
  /** Over the window at base already, and no larger now: does not fail with `fail_on: made-worse`. */
  | 'pre-existing'
  /**
   * A component of it has a file that cannot be counted at head: its size is unknown, so it never
   * fits, and it fails (even when that component's own failure is pre-existing). `fixed.head` is
   * then only what could be counted.
   */
  | 'uncountable';

export interface RequestResult {
  name: string;
  model: string;
  components: string[];
  /** Tokens of the fixed components: the prefix sent on every request. */
  fixed: CostChange;
  /** The upper bound of `fixed.head` when some count is an estimate; the fit is checked with it. */
  fixedHigh?: number;
  /** Some component's chat overhead is an estimate, so the fixed tokens are too. */
  estimated: boolean;
  reserve: Reserve;
  /** history + user input + output. */
  reserved: number;
  contextWindow: number | null;
  maxOutput: number | null;
  /** Tokens left in the window after the fixed part and the reserves; null if the window is unknown, or a part could not be counted. */
  headroom: { base: number | null; head: number } | null;
  status: RequestStatus;
  failed: boolean;
  /** For `uncountable`: the components that could not be counted. */
  uncounted?: string[];
  /** For `pre-existing`: tokens over the window (or the input cap) at base and at head. */
  overWindowBy?: { base: number; head: number };
  /** The fixed prefix's input cost, in the catalog's currency; null without prices, or when a part could not be counted. */
  cost: {
    currency: string;
    asOf: string;
    inputPerMillion: number;
    perRequest: CostChange;
    perDay?: CostChange;
    perMonth?: CostChange;
    /** When the prefix is long enough to be cached: its cost per request at the cached price. */
    cached?: { perMillion: number; minTokens: number; perRequest: CostChange };
  } | null;
  /** The request volume as written, e.g. "50000/day". */
  volume?: string;
  findings: Finding[];
  location: SourceLocation;
}

export interface Revision {
  /** What the user called it: a branch name, "HEAD", "working tree". */
  label: string;
  /** Full commit SHA, when the revision is a commit. */
  sha?: string;
}

/** A file that belongs to several components (by their names in budgets.yml): its change counts in each. */
export interface SharedFile {
  path: string;
  /** Declared names, in budgets.yml's order; a component counted for several models is named once. */
  components: string[];
  /** The file's change, when every component counts it the same (the same tokenizer and reading); else null. */
  delta: number | null;
  /** Whether the change of this PR touched it (added, removed, renamed or a different count). */
  changed: boolean;
}

/** An allotment `prompt-budget ratchet` would lower, as a line to paste into budgets.yml. */
export interface LowerAllotment {
  /** The component's name in budgets.yml (one suggestion for all the models it is counted for). */
  component: string;
  /** The count it is based on: the largest of the component's models. */
  tokens: number;
  from: number;
  to: number;
  /** `max_tokens: 1_400`, written in the style of the current value. */
  line: string;
  location: SourceLocation;
  /** It shrank in this change (by at least `min_change`): worth saying in the PR comment. */
  shrank: boolean;
}

/**
 * A rule of the base's budgets.yml that this change relaxes. Both revisions are judged by the
 * PR's budgets.yml, so a PR can pass by loosening the very budget it breaks: these are shown on
 * the row, in the verdict and in the `rules-loosened` output, for a reviewer (or CODEOWNERS of
 * budgets.yml) to approve. Tightening is not listed.
 */
export type Loosening =
  /** `max_tokens` raised. */
  | { kind: 'max-tokens'; component: string; from: number; to: number; location: SourceLocation }
  /** `max_growth` raised (compared in tokens against the base count when the kinds differ), or removed (`to` null). */
  | { kind: 'max-growth'; component: string; from: Growth; to: Growth | null; location: SourceLocation }
  /** A component of the base's budgets.yml that the PR's no longer declares: nothing checks its files now. */
  | { kind: 'component-removed'; component: string }
  /**
   * Globs that now leave files out: `!` globs new in this change, and the files the base's globs
   * counted at base that the PR's no longer match (when the prompt did not move).
   */
  | { kind: 'files-excluded'; component: string; globs: string[]; paths: string[]; location: SourceLocation }
  /** `fail_on` from `any-over` to `made-worse`: budgets broken at base stop failing. */
  | { kind: 'fail-on'; from: FailOn; to: FailOn }
  /** `per_file: true` added: each file may now take the whole allotment, not the files together. */
  | { kind: 'per-file'; component: string; location: SourceLocation }
  /** `generation_prompt: false` added: chat files are counted without the reply turn the model is asked to write. */
  | { kind: 'generation-prompt'; component: string; location: SourceLocation }
  /** `coverage.unbudgeted` relaxed (fail → warn → off), or `coverage.exclude` globs added: unbudgeted prompts fail less. */
  | { kind: 'coverage'; from: Unbudgeted; to: Unbudgeted; exclude: string[] };

/**
 * A prompt file at head that no component budgets, which this change added or grew (see
 * coverage.ts), counted with the defaults' model.
 */
export interface UnbudgetedFile {
  path: string;
  /** Tokens at base; null when the change added the file. */
  base: number | null;
  head: number;
  /** The upper bound when `head` is an estimate. */
  high?: number;
  /** head - base (all of head for an added file). */
  delta: number;
  /** `coverage.unbudgeted: fail`: it fails the check; else (`warn`) it is named only. */
  failed: boolean;
}

export interface Report {
  reportVersion: typeof REPORT_VERSION;
  configPath: string;
  /** The policy the verdict followed. */
  failOn: FailOn;
  base: Revision | null;
  head: Revision;
  components: ComponentResult[];
  requests: RequestResult[];
  /** Each way of counting the run used, once. */
  counting: CountingMethod[];
  /**
   * Files that decide how the change is counted and judged (budgets.yml, tokenizer files) and that
   * it edits: both revisions are judged by the head's copies, so these change the ruler too.
   */
  ruleChanges?: string[];
  /** Rules of the base's budgets.yml this change relaxes, in budgets.yml's order; empty without a base or when none. */
  loosened: Loosening[];
  /** Files in more than one component, in path order. */
  sharedFiles: SharedFile[];
  /** Allotments well above today's counts (counted exactly, within budget), by budgets.yml's order. */
  lowerAllotments: LowerAllotment[];
  /** Tokens of all components' files, each file once (see check.ts distinctFileTokens). */
  totals: {
    base: number | null;
    head: number;
    delta: number | null;
  };
  /** Prompt files outside every component that this change added or grew, in path order (coverage). */
  unbudgeted: UnbudgetedFile[];
  /** Pass unless some component or request failed, or an unbudgeted prompt file does under `coverage.unbudgeted: fail`. */
  verdict: 'pass' | 'fail';
  /**
   * Report-only (`report-only: true`, `--report-only`): the verdict is computed and shown as
   * usual, but a broken budget does not fail the run; renderers say "would fail". A component
   * that cannot be measured still fails it (see failsTheRun). Absent: enforced.
   */
  reportOnly?: true;
  /** Production's usage records against the head's reserves, when the action was given a usage file; never changes the verdict. */
  production?: UsageAnalysis;
  /**
   * `changed`: components whose change is not noise (see ComponentResult.noise); `preExisting`:
   * components and requests broken at base and not made worse.
   */
  counts: { failed: number; requestsFailed: number; warned: number; preExisting: number; changed: number; total: number };
}

/**
 * Statuses that say the input is broken, not a budget: globs that match no file (at all, or no
 * longer) and files that cannot be counted. Nothing was measured, so there is nothing to report.
 */
const UNMEASURED: ReadonlySet<Status> = new Set(['no-files-matched', 'removed', 'unreadable']);

/**
 * What failed because it could not be measured: components with a status above, and requests
 * holding a part that cannot be counted (its component may be carried over from base, yet the
 * request's size is still unknown). Report-only excuses neither.
 */
export function unmeasured(report: Pick<Report, 'components' | 'requests'>): { components: ComponentResult[]; requests: RequestResult[] } {
  return {
    components: report.components.filter((c) => c.failed && UNMEASURED.has(c.status)),
    requests: report.requests.filter((r) => r.failed && r.status === 'uncountable'),
  };
}

/**
 * Whether the run fails: the verdict, unless the budgets are only reported. Report-only is about
 * budgets (allotments, growth, windows); what could not be measured never passes, so a failure
 * of that kind fails the run either way. The CLI's exit status and the action's step both ask this.
 */
export function failsTheRun(report: Pick<Report, 'verdict' | 'reportOnly' | 'components' | 'requests'>): boolean {
  if (report.verdict !== 'fail') return false;
  if (report.reportOnly !== true) return true;
  const { components, requests } = unmeasured(report);
  return components.length > 0 || requests.length > 0;
}
