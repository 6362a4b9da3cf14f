import type { BudgetConfig, ComponentConfig, FailOn, RequestConfig } from '../config/types.js';
import { formatTokensLike } from '../config/quantity.js';
import { suggestAllotment } from './allotment.js';
import { evaluateComponent, type Judging } from './evaluate.js';
import { budgetedTokens, evaluatePerFile } from './per-file.js';
import { findUnbudgeted } from './coverage.js';
import { countPlans, methodFor, planRevision } from './measure.js';
import { REPORT_VERSION, type ComponentResult, type CountingMethod, type LowerAllotment, type Measurement, type ModelFacts, type Report } from './report.js';
import { isChanged, sharedFiles } from './changes.js';
import type { RevisionReader } from './revision.js';
import { findModelSpec, mergeCatalog, CATALOG, toModelFacts } from '../catalog/catalog.js';
import { countHere, countOnce } from '../tokenize/tiktoken/batch.js';
import { tokenizerKey } from '../tokenize/spec.js';
import type { Engines } from './count-texts.js';
import { evaluateRequest } from './requests.js';
import { tokenizerFilesOf } from '../tokenize/huggingface/files.js';
import { loosenedRules, type BaseFiles } from './loosening.js';

export interface CheckOptions {
  /** What counts; OpenAI encodings on this thread, and nothing else, when absent. */
  engines?: Engines;
  /** Context window, maximum output and prices of a model, for requests; the catalog plus budgets.yml's `models:` by default. */
  modelFacts?: (model: string) => ModelFacts | undefined;
  /**
   * The rule files (budgets.yml, tokenizer files) this change edits (see rule-changes.ts). A
   * component whose tokenizer files are among them carries no failure over from base: base was
   * counted with the PR's copies, not its own.
   */
  ruleChanges?: readonly string[];
  /**
   * The base's own budgets.yml, parsed; null or absent when it could not be read. It decides what
   * was already broken at base, and where a moved prompt was; without it nothing is carried over.
   */
  baseConfig?: BudgetConfig | null;
}

/**
 * Measures the components at head (and base, when given), judges each and each request, and
 * builds the report: measure, judge components, judge requests, compare the rules, look for
 * unbudgeted prompts, sum up.
 */
export async function checkBudgets(config: BudgetConfig, head: RevisionReader, base: RevisionReader | null, options: CheckOptions = {}): Promise<Report> {
  const { engines = { encodings: countHere }, modelFacts = catalogFacts(config), ruleChanges = [] } = options;
  const baseConfig = base ? (options.baseConfig ?? null) : null;
  const failOn = config.failOn ?? 'made-worse';
  const measured = await measure(config, baseConfig, head, base, engines);
  const { components, alikeAtBase } = judgeComponents(config, baseConfig, measured, failOn, ruleChanges);
  const requests = config.requests.map((request) =>
    evaluateRequest(request, components, modelFacts(request.model), config.path, failOn, requestDeclaredAtBase(request, baseConfig, alikeAtBase)),
  );
  const loosened = measured.atBase ? loosenedRules(config, baseConfig, measured.atBase) : [];
  const unbudgeted = await findUnbudgeted(config, head, base, components, engines);
  const failed = components.filter((c) => c.failed).length;
  const requestsFailed = requests.filter((r) => r.failed).length;

  return {
    reportVersion: REPORT_VERSION,
    configPath: config.path,
    failOn,
    base: base?.revision ?? null,
    head: head.revision,
    components,
    requests,
    counting: [...measured.methods.values()],
    ...(ruleChanges.length > 0 && { ruleChanges: [...ruleChanges] }),
    loosened,
    sharedFiles: sharedFiles(components),
    lowerAllotments: lowerAllotments(components),
    totals: totals(components, base !== null),
    unbudgeted,
    verdict: failed + requestsFailed > 0 || unbudgeted.some((f) => f.failed) ? 'fail' : 'pass',
    counts: {
      failed,
      requestsFailed,
      warned: components.filter((c) => c.status === 'warn').length,
      preExisting: components.filter((c) => c.status === 'pre-existing').length + requests.filter((r) => r.status === 'pre-existing').length,
      changed: components.filter((c) => isChanged(c)).length,
      total: components.length,
    },
  };
}

interface Measured {
  head: ReadonlyMap<string, Measurement>;
  /** Each component's files at base, by its name; null without a base. */
  atBase: ((name: string) => BaseFiles) | null;
  /** How each tokenizer counted, by tokenizerKey. */
  methods: ReadonlyMap<string, CountingMethod>;
}

/** The name under which a component is measured at base with the base's globs. */
const atBaseName = (name: string) => `${name}\u0000at base`;

/**
 * Every component at head and base. A component the base declares with other globs is also
 * measured at base with those: if the PR's match nothing there, the prompt moved, and its growth
 * is measured from where it was. Both revisions are counted in one go, so each text is counted
 * once and an API that fails turns base and head alike into estimates.
 */
async function measure(config: BudgetConfig, baseConfig: BudgetConfig | null, head: RevisionReader, base: RevisionReader | null, engines: Engines): Promise<Measured> {
  const movable = config.components.flatMap((c) => {
    const atBase = baseConfig?.components.find((b) => b.name === c.name);
    return atBase && !sameGlobs(atBase.files, c.files) ? [{ ...c, name: atBaseName(c.name), files: atBase.files }] : [];
  });
  const plan = (reader: RevisionReader, components: BudgetConfig['components']) => planRevision(reader, components, engines.huggingface);
  const revisions = [await plan(head, config.components), ...(base ? [await plan(base, [...config.components, ...movable])] : [])];
  const methods = await countPlans(
    revisions.map((r) => r.plan),
    { ...engines, encodings: countOnce(engines.encodings) },
    // A text a tokenizer.json cannot count fails its file, not the whole run.
    { problems: true },
  );
  const baseCounts = base ? revisions[1]!.measure() : null;
  return {
    head: revisions[0]!.measure(),
    atBase: baseCounts && ((name) => ({ withHeadGlobs: baseCounts.get(name), withBaseGlobs: baseCounts.get(atBaseName(name)) })),
    methods,
  };
}

/**
 * Judges each component against its allotments, and against the base's budgets.yml for what was
 * already broken there. Also returns the components the base declares alike (same files, counted
 * the same way), which decide whether a request's failure at base is the base's own.
 */
function judgeComponents(config: BudgetConfig, baseConfig: BudgetConfig | null, measured: Measured, failOn: FailOn, ruleChanges: readonly string[]): { components: ComponentResult[]; alikeAtBase: Set<string> } {
  const alikeAtBase = new Set<string>();
  const components = config.components.map((component) => {
    const files = measured.atBase?.(component.name);
    let baseCount = files?.withHeadGlobs ?? null;
    const atBase = baseConfig?.components.find((b) => b.name === component.name);
    // The PR's edits to the files this component is counted with: base was counted with them too.
    const edited = component.tokenizer.kind === 'huggingface' ? tokenizerFilesOf(component.tokenizer.path).filter((path) => ruleChanges.includes(path)) : [];
    let judging: Judging = { failOn, ...(edited.length > 0 && { editedTokenizerFiles: edited }) };
    if (atBase) {
      const moved = files?.withBaseGlobs;
      const measuredWith = baseCount?.files.length === 0 && moved !== undefined && moved.files.length > 0 ? atBase.files : undefined;
      if (measuredWith) baseCount = moved!;
      const sameFiles = sameGlobs(atBase.files, component.files);
      const counting = sameCounting(atBase, component);
      if (sameFiles && counting) alikeAtBase.add(component.name);
      judging = {
        ...judging,
        atBase: {
          sameFiles,
          sameCounting: counting,
          maxTokens: atBase.maxTokens,
          ...(measuredWith && { measuredWith }),
        },
      };
    }
    const evaluate = component.perFile ? evaluatePerFile : evaluateComponent;
    return evaluate(component, measured.head.get(component.name)!, baseCount, config.path, methodFor(measured.methods, component.tokenizer), judging);
  });
  return { components, alikeAtBase };
}

/** Tokens of the prompts at head and base, each file once, and the change between them. */
function totals(components: readonly ComponentResult[], withBase: boolean): Report['totals'] {
  const head = distinctFileTokens(components.map((c) => c.head));
  const base = withBase ? distinctFileTokens(components.flatMap((c) => (c.base ? [c.base] : []))) : null;
  return { base, head, delta: base === null ? null : head - base };
}

/**
 * The tokens of every file at one revision, each file once: a file shared by several components,
 * or counted for several models, is counted with the first component (in budgets.yml's order)
 * that has it, so a total is the size of the prompts, not of the budgets.
 */
function distinctFileTokens(measurements: readonly Measurement[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const file of measurements.flatMap((m) => m.files)) {
    if (seen.has(file.path)) continue;
    seen.add(file.path);
    total += file.tokens;
  }
  return total;
}

function sameGlobs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((glob, i) => glob === b[i]);
}

/** Counted alike at base and head: the same tokenizer, model and way of reading the files (generation prompt included). */
function sameCounting(a: ComponentConfig, b: ComponentConfig): boolean {
  return tokenizerKey(a.tokenizer) === tokenizerKey(b.tokenizer) && a.model === b.model && a.format === b.format && a.select === b.select && !a.perFile === !b.perFile && a.generationPrompt === b.generationPrompt;
}

/**
 * A request the base's budgets.yml declares alike (model, components, reserves), over components
 * each declared there with the same files and counted the same way: only then is a request over
 * its window at base the base's own doing.
 */
function requestDeclaredAtBase(request: RequestConfig, baseConfig: BudgetConfig | null, alikeAtBase: ReadonlySet<string>): boolean {
  const atBase = baseConfig?.requests.find((r) => r.name === request.name);
  if (!atBase) return false;
  const { history, userInput, output } = request.reserve;
  const sameReserve = atBase.reserve.history === history && atBase.reserve.userInput === userInput && atBase.reserve.output === output;
  return sameReserve && atBase.model === request.model && sameGlobs(atBase.components, request.components) && request.components.every((name) => alikeAtBase.has(name));
}

/**
 * The allotments `prompt-budget ratchet` would lower (suggestAllotment), one per component of
 * budgets.yml, from the largest count among its models. Only for components within budget whose
 * every file was counted exactly: a suggestion from an estimate, or from a count that misses a
 * file, would invite an allotment the next exact count breaks.
 */
function lowerAllotments(components: readonly ComponentResult[]): LowerAllotment[] {
  const groups = new Map<string, ComponentResult[]>();
  for (const c of components) groups.set(c.declaredName, [...(groups.get(c.declaredName) ?? []), c]);
  const suggestions: LowerAllotment[] = [];
  for (const [name, group] of groups) {
    const eligible = group.every(
      (c) => !c.failed && c.status !== 'pre-existing' && c.counting.exact && c.head.high === undefined && c.head.files.length > 0 && c.head.unreadable === 0,
    );
    if (!eligible) continue;
    const first = group[0]!;
    const tokens = Math.max(...group.map(budgetedTokens));
    const to = suggestAllotment(tokens, first.maxTokens);
    if (to === undefined) continue;
    suggestions.push({
      component: name,
      tokens,
      from: first.maxTokens,
      to,
      line: `max_tokens: ${formatTokensLike(to, first.maxTokensWritten ?? String(first.maxTokens))}`,
      location: first.maxTokensLocation,
      shrank: group.some((c) => c.delta !== null && c.delta < 0 && !c.noise),
    });
  }
  return suggestions;
}

/** The vendored catalog with the config's own models applied (the loader has validated them). */
function catalogFacts(config: BudgetConfig): (model: string) => ModelFacts | undefined {
  const catalog = mergeCatalog(CATALOG, config.models);
  return (model) => {
    const spec = findModelSpec(model, [], catalog);
    return spec && toModelFacts(spec, catalog);
  };
}
