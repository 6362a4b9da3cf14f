/**
 * The model catalog: what a model's context window, output limit, prices and tokenizer are, from
 * a vendored snapshot (openai.ts) plus what the user writes under `models:` in budgets.yml.
 *
 * Lookups are by exact name. A dated snapshot or a fine-tune ("gpt-4o-2024-05-13",
 * "ft:gpt-4o-mini:acme::x") does not inherit its family's prices or limits, because they differ
 * (gpt-4o-2024-05-13 is priced above gpt-4o; fine-tunes are priced apart): it gets only the
 * encoding src/tokenize/models.ts knows, and the user adds the rest.
 *
 * Pure: no I/O, no clock. Merging never throws: budgets.yml's loader validates `models:` and
 * points at the line of what is wrong.
 */
import { isEncodingName, type EncodingName } from '../tokenize/tiktoken/encoding-names.js';
import { countingVendorOf, findModel } from '../tokenize/models.js';
import { ANTHROPIC_MODELS } from './anthropic.js';
import { GEMINI_MODELS } from './gemini.js';
import { OPEN_MODELS } from './open-models.js';
import { OPENAI_AS_OF, OPENAI_MODELS, OPENAI_PROMPT_CACHING, OPENAI_SOURCE, type SourceModel } from './openai.js';
import { namesOf, type VendorModel } from './source-model.js';
import type { CatalogSource, ModelMode, PromptCaching } from './source-types.js';
import { XAI_MODELS } from './xai.js';

export interface ModelPrices {
  currency: 'USD';
  inputPerMillion: number;
  /** Absent when the vendor lists no cached-input price for the model. */
  cachedInputPerMillion?: number;
  outputPerMillion: number;
}

export interface ModelSpec {
  name: string;
  vendor: string;
  /** Absent only while merging an override that names none (mergeCatalog reports it). */
  encoding?: EncodingName;
  /** The context window: input and output together must fit in it. */
  contextWindow?: number;
  /** A cap on input below the window, where the vendor sets one (GPT-5: 272,000 of 400,000). */
  maxInput?: number;
  maxOutput?: number;
  prices?: ModelPrices;
  mode?: ModelMode;
  /**
   * Where the facts come from: the vendored catalog, only the tokenizer's model map (an encoding
   * and nothing else), budgets.yml, or the catalog with fields overridden in budgets.yml.
   */
  origin: 'catalog' | 'tokenizer' | 'user' | 'catalog+user';
  /** The fields budgets.yml set, so a report can say a price is the user's, not the list price. */
  userFields?: readonly OverrideField[];
  /** The repository's litellm-format file (budgets.yml `catalog:`) the user's prices come from; absent: budgets.yml. */
  pricesFrom?: string;
}

export interface Catalog {
  vendor: string;
  /** The date (or ISO 8601 interval) of the data, not of the build. */
  asOf: string;
  source: CatalogSource;
  promptCaching?: PromptCaching;
  /** A Map, not an object: a model named "constructor" must not find Object.prototype's. */
  models: ReadonlyMap<string, ModelSpec>;
}

/** A model under `models:` in budgets.yml; every field but the name is optional. */
export interface ModelOverride {
  name: string;
  encoding?: string;
  /** A tokenizer.json path: the model is counted by it, so it needs no encoding. */
  tokenizer?: string;
  contextWindow?: number;
  maxOutput?: number;
  /** USD per million tokens. */
  prices?: { input?: number; cachedInput?: number; output?: number };
  /** The litellm-format file (budgets.yml `catalog:`) these prices come from; absent when budgets.yml wrote them. */
  pricesFrom?: string;
}

export type OverrideField = 'encoding' | 'contextWindow' | 'maxOutput' | 'prices.input' | 'prices.cachedInput' | 'prices.output';

/** The tokenizer map's encoding for a name (findModel knows no Object.prototype member). */
function tokenizerEncoding(name: string): EncodingName | undefined {
  return findModel(name)?.encoding;
}

function buildCatalog(
  meta: Omit<Catalog, 'models'>,
  models: readonly SourceModel[],
): Catalog {
  const specs = new Map<string, ModelSpec>();
  for (const m of models) {
    const encoding = tokenizerEncoding(m.name);
    specs.set(m.name, {
      name: m.name,
      vendor: meta.vendor,
      ...(encoding && { encoding }),
      contextWindow: m.contextWindow ?? m.maxInput,
      ...(m.contextWindow !== undefined && { maxInput: m.maxInput }),
      ...(m.maxOutput !== undefined && { maxOutput: m.maxOutput }),
      prices: {
        currency: 'USD',
        inputPerMillion: m.input,
        ...(m.cachedInput !== undefined && { cachedInputPerMillion: m.cachedInput }),
        outputPerMillion: m.output,
      },
      mode: m.mode,
      origin: 'catalog',
    });
  }
  return { ...meta, models: specs };
}

/**
 * Another vendor's snapshot, in the same shape: one spec per name a model answers to (its id and
 * its aliases). Long-context price tiers are left out (costs use the base price), and so is
 * prompt caching, which these vendors apply per request or with their own minimums.
 */
function buildVendorCatalog(vendor: string, models: readonly VendorModel[]): Map<string, ModelSpec> {
  const specs = new Map<string, ModelSpec>();
  for (const m of models) {
    const spec: ModelSpec = {
      name: m.name,
      vendor: m.vendor ?? vendor,
      contextWindow: m.maxInput,
      ...(m.maxOutput !== undefined && { maxOutput: m.maxOutput }),
      ...(m.prices && {
        prices: {
          currency: 'USD',
          inputPerMillion: m.prices.input,
          ...(m.prices.cachedInput !== undefined && { cachedInputPerMillion: m.prices.cachedInput }),
          outputPerMillion: m.prices.output,
        },
      }),
      mode: m.mode,
      origin: 'catalog',
    };
    for (const name of namesOf(m)) specs.set(name, { ...spec, name });
  }
  return specs;
}

export const OPENAI_CATALOG: Catalog = buildCatalog(
  { vendor: 'openai', asOf: OPENAI_AS_OF, source: OPENAI_SOURCE, promptCaching: OPENAI_PROMPT_CACHING },
  OPENAI_MODELS,
);

/**
 * Every vendor's models. All come from the same copy of litellm's file as OpenAI's (the generated
 * litellm.generated.ts), so one date and one source describe them; `vendor` on each spec says
 * whose model it is.
 */
export const CATALOG: Catalog = {
  ...OPENAI_CATALOG,
  models: new Map([
    ...OPENAI_CATALOG.models,
    ...buildVendorCatalog('anthropic', ANTHROPIC_MODELS),
    ...buildVendorCatalog('gemini', GEMINI_MODELS),
    ...buildVendorCatalog('open', OPEN_MODELS),
    ...buildVendorCatalog('xai', XAI_MODELS),
  ]),
};

/**
 * The facts for one model: the catalog's entry with the user's overrides for that name applied
 * field by field; for a name only the tokenizer knows, its encoding alone; undefined when nothing
 * is known (or an override of an unknown model names no encoding: mergeCatalog leaves it out).
 */
export function findModelSpec(name: string, overrides: readonly ModelOverride[] = [], base: Catalog = CATALOG): ModelSpec | undefined {
  const own = overrides.filter((o) => o.name === name);
  const catalog = own.length > 0 ? mergeCatalog(base, own) : base;
  const spec = catalog.models.get(name);
  if (spec) return spec;
  const encoding = tokenizerEncoding(name);
  return encoding && { name, vendor: 'openai', encoding, origin: 'tokenizer' };
}

/**
 * The catalog with the user's models added or overridden. budgets.yml's loader has said what is
 * wrong with an override; here an invalid value is ignored, a model with no encoding the catalog
 * knows is left out (nothing could count its tokens), and half a price list is no prices.
 */
export function mergeCatalog(base: Catalog, userModels: readonly ModelOverride[]): Catalog {
  const models = new Map(base.models);
  for (const override of userModels) {
    const merged = mergeOne(models.get(override.name), override, base.vendor);
    if (merged) models.set(override.name, merged);
  }
  return { ...base, models };
}

function mergeOne(spec: ModelSpec | undefined, o: ModelOverride, vendor: string): ModelSpec | undefined {
  const userFields: OverrideField[] = [...(spec?.userFields ?? [])];
  const take = <T>(field: OverrideField, value: T | undefined, valid: (v: T) => boolean): T | undefined => {
    if (value === undefined || !valid(value)) return undefined;
    if (!userFields.includes(field)) userFields.push(field);
    return value;
  };

  const known = tokenizerEncoding(o.name);
  const encoding = take<string>('encoding', o.encoding, isEncodingName) ?? spec?.encoding ?? known;
  // A model the vendored catalog lists is counted as the catalog says (an open model: estimated).
  const countedOtherwise = o.tokenizer !== undefined || countingVendorOf(o.name) !== undefined || spec?.origin === 'catalog';
  if (!countedOtherwise && (encoding === undefined || !isEncodingName(encoding))) return undefined;

  const contextWindow = take('contextWindow', o.contextWindow, isPositiveInteger) ?? spec?.contextWindow;
  const maxOutput = take('maxOutput', o.maxOutput, isPositiveInteger) ?? spec?.maxOutput;
  const price = (field: 'input' | 'cachedInput' | 'output') => take(`prices.${field}`, o.prices?.[field], isPrice);
  const pricedBefore = userFields.filter((f) => f.startsWith('prices.')).length;
  const input = price('input') ?? spec?.prices?.inputPerMillion;
  const cachedInput = price('cachedInput') ?? spec?.prices?.cachedInputPerMillion;
  const output = price('output') ?? spec?.prices?.outputPerMillion;
  const pricesFrom = userFields.filter((f) => f.startsWith('prices.')).length > pricedBefore ? o.pricesFrom : spec?.pricesFrom;

  // A partial price list is kept out rather than completed with guesses.
  const prices: ModelPrices | undefined =
    input !== undefined && output !== undefined
      ? { currency: 'USD', inputPerMillion: input, ...(cachedInput !== undefined && { cachedInputPerMillion: cachedInput }), outputPerMillion: output }
      : undefined;

  return {
    name: o.name,
    // Every encoding here is OpenAI's, so a model the tokenizer map lacks (a deployment name, a
    // new release) is taken to be billed like the catalog's vendor.
    vendor: spec?.vendor ?? countingVendorOf(o.name) ?? vendor,
    ...(encoding !== undefined && isEncodingName(encoding) && { encoding }),
    ...(contextWindow !== undefined && { contextWindow }),
    ...(maxOutput !== undefined && { maxOutput }),
    ...(prices && { prices }),
    ...(spec?.mode && { mode: spec.mode }),
    origin: spec && spec.origin !== 'user' ? 'catalog+user' : 'user',
    userFields,
    ...(pricesFrom !== undefined && { pricesFrom }),
  };
}

function isPositiveInteger(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

function isPrice(n: number): boolean {
  return Number.isFinite(n) && n >= 0;
}

/**
 * The vendor's prompt caching, when it applies to this model: OpenAI caches for gpt-4o and newer,
 * which in the catalog are exactly the models with a cached-input price.
 */
export function promptCachingFor(spec: ModelSpec, catalog: Catalog = CATALOG): PromptCaching | undefined {
  return spec.vendor === catalog.vendor && spec.prices?.cachedInputPerMillion !== undefined ? catalog.promptCaching : undefined;
}

/** How many leading tokens of a prompt can be served from the cache: 0 below the minimum, else whole steps. */
export function cacheableTokens(promptTokens: number, caching: PromptCaching): number {
  if (promptTokens < caching.minTokens) return 0;
  return caching.minTokens + Math.floor((promptTokens - caching.minTokens) / caching.incrementTokens) * caching.incrementTokens;
}

/**
 * The facts a request's evaluation needs, shaped like src/budget/report.ts `ModelFacts` (without
 * importing it, so the catalog stays below the budget layer). A user's price is dated by its file
 * (budgets.yml, or the litellm-format file its `catalog:` names).
 */
export function toModelFacts(spec: ModelSpec, catalog: Catalog = CATALOG) {
  const caching = promptCachingFor(spec, catalog);
  const userPrices = spec.userFields?.some((f) => f.startsWith('prices.')) ?? false;
  return {
    ...(spec.contextWindow !== undefined && { contextWindow: spec.contextWindow }),
    ...(spec.maxInput !== undefined && { maxInput: spec.maxInput }),
    ...(spec.maxOutput !== undefined && { maxOutput: spec.maxOutput }),
    ...(spec.prices && { prices: spec.prices }),
    ...(caching && { promptCaching: { minTokens: caching.minTokens } }),
    asOf: userPrices ? (spec.pricesFrom ?? 'budgets.yml') : catalog.asOf,
  };
}

/**
 * The vendor of a model the catalog lists that neither an OpenAI encoding nor a counting API
 * counts (an open model): without a tokenizer file, its tokens can only be estimated.
 */
export function catalogVendorOf(name: string, catalog: Catalog = CATALOG): string | undefined {
  const spec = catalog.models.get(name);
  return spec && !spec.encoding && !countingVendorOf(name) ? spec.vendor : undefined;
}
