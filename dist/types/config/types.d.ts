import type { SourceLocation } from '../common/errors.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import type { Volume } from '../catalog/money.js';
import type { PromptFormat } from '../prompts/formats.js';
import type { EncodingName } from '../tokenize/tiktoken/encoding-names.js';
/** A model as budgets.yml declares it; fields left out come from the catalog. */
export interface UserModel {
    name: string;
    /** Absent for a model counted by its tokenizer file or by its vendor's counting API. */
    encoding?: EncodingName;
    /** `encoding:` is written in budgets.yml (else it is the catalog's, which may be assumed from the family). */
    encodingDeclared?: boolean;
    /** A Hugging Face tokenizer.json in the repository, for open models. */
    tokenizer?: string;
    /** Where `tokenizer:` is written. */
    tokenizerLocation?: SourceLocation;
    contextWindow?: number;
    maxOutput?: number;
    /** USD per million tokens. */
    prices?: {
        input?: number;
        cachedInput?: number;
        output?: number;
    };
    /** The `catalog:` file the prices come from, when budgets.yml itself sets none. */
    pricesFrom?: string;
    /** Where the model is declared: under `models:`, or its entry in the `catalog:` file. */
    location: SourceLocation;
}
/** A limit on growth in one PR: absolute tokens or a percentage of the base count. */
export type Growth = {
    tokens: number;
} | {
    percent: number;
};
/** When to warn: at a share of the allotment or at an absolute token count. */
export type WarnAt = {
    tokens: number;
} | {
    percent: number;
};
/** The smallest change worth showing: absolute tokens or a percentage of the base count. */
export type MinChange = {
    tokens: number;
} | {
    percent: number;
};
/**
 * Which components fail the check. `made-worse` (the default): a component or request that
 * already broke its budget at base fails only when the PR makes it worse; otherwise it is
 * reported as pre-existing. `any-over`: every broken budget fails, whatever its history.
 */
export type FailOn = 'made-worse' | 'any-over';
export declare const FAIL_ON_VALUES: readonly FailOn[];
/**
 * What a prompt file outside every component does to the check (`coverage.unbudgeted`): `fail`
 * it, `warn` (named in the report, the check passes), or `off` (not looked for).
 */
export type Unbudgeted = 'fail' | 'warn' | 'off';
export declare const UNBUDGETED_VALUES: readonly Unbudgeted[];
/** Which files are prompts, besides the ones components budget (top-level `coverage:`). */
export interface CoverageConfig {
    /** Globs the user declares as prompts, on top of the built-in discovery (src/budget/prompt-files.ts). */
    prompts: string[];
    /** Globs never taken for prompts. */
    exclude: string[];
    unbudgeted: Unbudgeted;
    /** Where `coverage:` is written; absent when budgets.yml has no coverage block (then `warn`). */
    location?: SourceLocation;
}
/** One budgeted prompt component, fully resolved (defaults applied). */
export interface ComponentConfig {
    /**
     * Unique in the config: the name as written, or for a component counted for several models
     * (`models: [...]`), the name and the model: `support-system (claude-sonnet-4-5)`.
     */
    name: string;
    /** The key under `components:`, which requests and messages about budgets.yml refer to. */
    declaredName: string;
    /** Globs relative to the repository root, minimatch semantics; `!` negates. */
    files: string[];
    /** The allotment: of the files together, or with `perFile` of each file on its own. */
    maxTokens: number;
    /**
     * `per_file: true`: each matched file is judged against `max_tokens` and `max_growth` on its own
     * (a family such as `patterns/<name>/system.md`, where a new member is budgeted the day it lands).
     */
    perFile?: boolean;
    warnAt: WarnAt;
    maxGrowth?: Growth;
    /** A change smaller than this is noise: folded with the unchanged components (never when it fails). */
    minChange?: MinChange;
    /** The model named in the config, if any; the tokenizer follows from it unless one is named. */
    model?: string;
    tokenizer: TokenizerSpec;
    /** The family the model's OpenAI encoding is assumed from, when tiktoken does not name the model (see TokenizerChoice). */
    assumedFrom?: string;
    /** Where the tokenizer file's path is written (the component, the defaults or `models:`), when it is one. */
    tokenizerLocation?: SourceLocation;
    /** How to read the files; detected from each file's extension when absent. */
    format?: PromptFormat;
    /** The part of a structured file to count (JSON Pointer or path). */
    select?: string;
    /**
     * `generation_prompt:`: whether chat files are counted with the assistant turn the model is asked
     * to write opened after them; absent, decided by format (see prompts/parts.ts addsGenerationPrompt).
     */
    generationPrompt?: boolean;
    /** A team's own guidance, shown when the component fails. */
    message?: string;
    /** Where the component is declared, for annotations and "raise max_tokens (line N)". */
    location: SourceLocation;
    /** Where `max_tokens` is written, the line to edit. */
    maxTokensLocation: SourceLocation;
    /** `max_tokens` as written (`8k`, `12_000`), so a suggested allotment can be written alike. */
    maxTokensWritten?: string;
}
/** Tokens kept free in a request for what varies per call. */
export interface Reserve {
    history: number;
    userInput: number;
    output: number;
}
export declare const HISTORY_POLICIES: readonly ["trim", "truncate", "summarize", "refuse"];
export declare const USER_INPUT_POLICIES: readonly ["refuse", "truncate"];
/** What the run-time guard does with a part over its reserve (`policy:` of a request). */
export declare const DEFAULT_POLICY: RequestPolicy;
export interface RequestPolicy {
    /** Over `reserve.history`: drop the oldest turns, also cut into the oldest kept user turn, summarize, or refuse. */
    history: (typeof HISTORY_POLICIES)[number];
    /** Over `reserve.user_input`: refuse with a typed error, or keep its start. */
    userInput: (typeof USER_INPUT_POLICIES)[number];
}
/** One request to a model: fixed components plus reserves, which must fit its context window. */
export interface RequestConfig {
    name: string;
    /** Decides the context window, the maximum output and the prices. */
    model: string;
    tokenizer: TokenizerSpec;
    /** Names (ComponentConfig.name) of components of this config, in the order listed. */
    components: string[];
    reserve: Reserve;
    /** Absent: DEFAULT_POLICY. */
    policy?: RequestPolicy;
    volume?: Volume;
    location: SourceLocation;
    /** Where `reserve.output` is written, when it is. */
    reserveOutputLocation?: SourceLocation;
    /** `limits:` of the request (issue 17): what its calls may spend, enforced at run time. */
    limits?: RequestLimits;
}
export interface BudgetConfig {
    /** Path of budgets.yml as given (relative to the repository root when possible). */
    path: string;
    version: 1;
    /** Which broken budgets fail the check (top-level `fail_on`); absent means `made-worse`, the default. */
    failOn?: FailOn;
    components: ComponentConfig[];
    requests: RequestConfig[];
    /** Models declared or overridden under `models:`, and those the `catalog:` file adds or overrides. */
    models: UserModel[];
    /** The top-level `catalog:`: a repository-relative litellm-format price file whose entries override the built-in catalog. */
    catalog?: string;
    /** The top-level `coverage:` block; absent means the default (unbudgeted prompts warn). */
    coverage?: CoverageConfig;
    /** The defaults' tokenizer (and model), which counts prompts no component budgets; absent without defaults. */
    defaultCounting?: {
        tokenizer: TokenizerSpec;
        model?: string;
    };
    /** The top-level `limits:`: over every request together, and how the store is used. */
    limits?: GlobalLimits;
}
/** Spend limits (issue 17, src/limits): a period of a limit or an alert. */
export type Period = 'minute' | 'hour' | 'day' | 'month';
/** Seconds in a period; a month is 30 days, as everywhere in budgets.yml. */
export declare const PERIOD_SECONDS: Record<Period, number>;
/** An amount per period: tokens, or US dollars counted in micro-dollars (whole numbers, so stores add integers). */
export interface Allowance {
    unit: 'tokens' | 'microdollars';
    amount: number;
    period: Period;
    /** As written in budgets.yml (`10k/day`, `$50/day`), for messages. */
    written: string;
}
/** One allowance as declared, with its name in budgets.yml (`requests.support-chat.limits.per_user.pro`). */
export interface LimitRule {
    name: string;
    allowance: Allowance;
    location: SourceLocation;
}
/** The limits of one scope (a request, or every request together). */
export interface LimitSet {
    /** Per user: each rule applies to the users of its tier; a rule without a tier to every user. */
    perUser: {
        tier?: string;
        rule: LimitRule;
    }[];
    /** Over all the scope's calls together. */
    total: LimitRule[];
    /** Thresholds that call `onAlert` once per period when crossed; they never refuse a call. */
    alert: LimitRule[];
}
export interface RequestLimits extends LimitSet {
    /** `kill_switch: true`: refuse the request while the store says it is turned off. */
    killSwitch: boolean;
}
/** What to do when the store fails or is slower than `timeout`: admit with a warning, or refuse. */
export type StoreFailure = 'open' | 'closed';
export interface GlobalLimits extends LimitSet {
    store: {
        timeoutMs: number;
        onFailure: StoreFailure;
    };
}
/** `limits.store` when budgets.yml leaves it out. */
export declare const DEFAULT_STORE_POLICY: GlobalLimits['store'];
