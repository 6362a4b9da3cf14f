/**
 * The run-time entry: the budgets.yml the gate checks, opened by the application (no git, no
 * pull request) with every tokenizer its requests need loaded up front, so fitting a request is
 * pure counting. The file is the application's own, read as a regular file of bounded size.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isUserError, UserError } from '../common/errors.js';
import { escapeControl } from '../common/format.js';
import type { BudgetConfig, RequestConfig } from '../config/types.js';
import { didYouMean } from '../common/suggest.js';
import { encodingsFor, MessageCounter } from '../guard/counter.js';
import { RequestGuard, type FittedRequest } from '../guard/fit.js';
import { CATALOG, findModelSpec, mergeCatalog } from '../catalog/catalog.js';
import type { Caller } from '../limits/charges.js';
import { Limiter, type Admission, type LimitCallbacks } from '../limits/limiter.js';
import { MemoryLimitStore } from '../limits/memory-store.js';
import type { LimitStore } from '../limits/types.js';
import { readConfigFile } from '../run/config-file.js';
import { loadTokenizerFileFromDisk } from '../run/tokenizer-files.js';
import { openCountingApis } from '../run/vendor-apis.js';
import { isEncodingName } from '../tokenize/tiktoken/encoding-names.js';
import { loadEncoder, type Encoder } from '../tokenize/tiktoken/encodings.js';
import { RunBudget } from '../tokenize/huggingface/time-limit.js';


export interface Budgets {
  readonly config: BudgetConfig;
  /**
   * Charges a fitted request to the limits of budgets.yml for `caller` before it is sent: throws
   * LimitExceededError, RequestDisabledError or (on_failure: closed) LimitStoreError. Settle the
   * admission with the API's response, or release it when the call failed.
   */
  admit(fitted: FittedRequest, caller?: Caller): Promise<Admission>;
  /** The guard of the request `name` of budgets.yml. */
  request(name: string): RequestGuard;
  /** The requests budgets.yml declares. */
  readonly requests: readonly string[];
}

export interface OpenOptions {
  /** Where the paths in budgets.yml (tokenizer files, `catalog:`) start: the repository root. Default: budgets.yml's folder. */
  root?: string;
  /**
   * Opt in to the vendors' counting APIs for Claude and Gemini models: message texts are counted by
   * the vendor (once each, remembered), the framing stays estimated. Without a key, or when the API
   * fails, they are estimated at their upper bound.
   */
  apiKeys?: { anthropic?: string; gemini?: string };
  /** Where the APIs' retries and failures are reported. Default: nowhere. */
  log?: (line: string) => void;
  /** ANTHROPIC_BASE_URL / GOOGLE_GEMINI_BASE_URL for a proxy (https, or a loopback address). Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Where the limits' counters live. Default: a MemoryLimitStore of this process (one instance). */
  store?: LimitStore;
  /** One usage record per call admitted, refused or released (for logs, metrics, `prompt-budget usage`). */
  onUsage?: LimitCallbacks['onUsage'];
  /** An alert threshold of budgets.yml was crossed in its period. */
  onAlert?: LimitCallbacks['onAlert'];
  /** The store failed and on_failure: open admitted the call, or usage could not be recorded. Default: console.warn. */
  onWarning?: LimitCallbacks['onWarning'];
}

/**
 * Opens budgets.yml: a path, or `{ yaml }` with its text (then `root` defaults to the working
 * directory). Throws a UserError (file:line:col and what to do) for a file the gate would refuse.
 */
export async function openBudgets(source: string | { yaml: string; path?: string }, options: OpenOptions = {}): Promise<Budgets> {
  const path = typeof source === 'string' ? source : (source.path ?? 'budgets.yml');
  const root = options.root ?? (typeof source === 'string' ? dirname(resolve(source)) : process.cwd());
  const inRoot = (file: string) => (isAbsolute(file) ? file : join(root, file));
  const config = await withLocations(() => readConfigFile(path, { ...(typeof source !== 'string' && { text: source.yaml }), root, hint: 'Pass the path of your budgets.yml (or its text as `{ yaml }`).' }));

  const encoders = new Map<string, Encoder>();
  // No budget for the whole process, as the CLI's one check has: an application counts and renders
  // for as long as it runs, and a spent budget would fail every later fit. Each count and each
  // rendering keeps its own time and size limits, and a fit renders O(log n) times (guard/fit.ts).
  const perCallLimitsOnly = { budget: new RunBudget(Infinity, Infinity) };
  const tokenizerFiles = new Map<string, { count(text: string): number }>();
  for (const request of config.requests) {
    for (const name of encodingsFor(request.tokenizer)) if (isEncodingName(name) && !encoders.has(name)) encoders.set(name, await loadEncoder(name));
    if (request.tokenizer.kind === 'huggingface' && !tokenizerFiles.has(request.tokenizer.path)) tokenizerFiles.set(request.tokenizer.path, await loadTokenizerFileFromDisk(inRoot(request.tokenizer.path), perCallLimitsOnly));
  }
  const { vendors } = await openCountingApis({ anthropicApiKey: options.apiKeys?.anthropic, geminiApiKey: options.apiKeys?.gemini, log: options.log ?? (() => {}), ...(options.env && { env: options.env }) });
  const apiFor = (tokenizer: RequestConfig['tokenizer']) => {
    const vendor = tokenizer.kind === 'vendor' ? vendors[tokenizer.vendor] : undefined;
    return vendor && tokenizer.kind === 'vendor' ? (texts: string[]) => vendor.count(tokenizer.model, texts) : undefined;
  };
  // budgets.yml's models over the built-in catalog, merged once: the guards' windows and the limits' prices.
  const catalog = mergeCatalog(CATALOG, config.models);
  const specOf = (model: string) => findModelSpec(model, [], catalog);
  const guards = new Map(
    config.requests.map((request) => {
      const known = specOf(request.model);
      const limits = {
        ...(known?.contextWindow !== undefined && { contextWindow: known.contextWindow }),
        ...(known?.maxInput !== undefined && { maxInput: known.maxInput }),
        ...(known?.maxOutput !== undefined && { maxOutput: known.maxOutput }),
      };
      return [request.name, new RequestGuard(request, new MessageCounter(request.tokenizer, request.model, { encoders, tokenizerFiles }, apiFor(request.tokenizer)), limits)];
    }),
  );
  const requests = [...guards.keys()];
  const limiter = new Limiter(config, options.store ?? new MemoryLimitStore(), (model) => specOf(model)?.prices, {
    ...(options.onUsage && { onUsage: options.onUsage }),
    ...(options.onAlert && { onAlert: options.onAlert }),
    // Request names from budgets.yml and a store's error texts: shown as text, never as terminal controls.
    onWarning: options.onWarning ?? ((message) => console.warn(`prompt-budget: ${escapeControl(message)}`)),
  });
  return {
    config,
    requests,
    admit: (fitted, caller) => limiter.admit(fitted, caller),
    request(name) {
      const guard = guards.get(name);
      if (!guard) throw new UserError(`${path} declares no request \`${name}\`${didYouMean(name, requests)}`, requests.length > 0 ? `Use one of ${requests.join(', ')}.` : 'Declare it under `requests:` with its model, components and reserve.');
      return guard;
    },
  };
}

/**
 * An application logs `error.message`, not the CLI's formatted lines: a mistake in budgets.yml
 * says its file:line:col and what to do in the message itself.
 */
async function withLocations<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUserError(error)) throw Object.defineProperty(error, 'message', { value: error.format() });
    throw error;
  }
}
