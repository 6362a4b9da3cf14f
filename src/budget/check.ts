import type { BudgetConfig } from '../config/types.js';
import { evaluateComponent } from './evaluate.js';
import { applyCounts, planRevision } from './measure.js';
import { REPORT_VERSION, type Measurement, type ModelFacts, type Report } from './report.js';
import type { RevisionReader } from './revision.js';
import { findModelSpec, mergeCatalog, CATALOG, toModelFacts } from '../catalog/catalog.js';
import { countHere, countOnce } from '../tokenize/counter.js';
import { tokenizerKey, tokenizerLabel } from '../tokenize/tokenizer.js';
import { countTexts, type Engines } from './counting.js';
import { evaluateRequest } from './requests.js';

export interface CheckOptions {
  /** What counts; OpenAI encodings on this thread, and nothing else, when absent. */
  engines?: Engines;
  /** Context window, maximum output and prices of a model, for requests; the catalog plus budgets.yml's `models:` by default. */
  modelFacts?: (model: string) => ModelFacts | undefined;
}

/** Measures the components at head (and base, when given), judges each and each request, and builds the report. */
export async function checkBudgets(
  config: BudgetConfig,
  head: RevisionReader,
  base: RevisionReader | null,
  { engines = { encodings: countHere }, modelFacts = catalogFacts(config) }: CheckOptions = {},
): Promise<Report> {
  // Both revisions are counted in one go, so each text is counted once and an API that fails
  // turns base and head alike into estimates.
  const plan = (reader: RevisionReader) => planRevision(reader, config.components, engines.huggingface);
  const revisions = [await plan(head), ...(base ? [await plan(base)] : [])];
  const { counts, methods } = await countTexts(
    revisions.flatMap((r) => r.plan.jobs),
    { ...engines, encodings: countOnce(engines.encodings) },
  );
  applyCounts(revisions, counts);
  const headCounts = revisions[0]!.measure();
  const baseCounts = base ? revisions[1]!.measure() : null;
  // A component with no files has no job, so no method was recorded: it is counted exactly (as 0).
  const methodOf = (c: BudgetConfig['components'][number]) =>
    methods.get(tokenizerKey(c.tokenizer)) ?? { tokenizer: c.tokenizer, exact: true, label: tokenizerLabel(c.tokenizer) };

  const components = config.components.map((component) =>
    evaluateComponent(component, headCounts.get(component.name)!, baseCounts?.get(component.name) ?? null, config.path, methodOf(component)),
  );

  const requests = config.requests.map((request) => evaluateRequest(request, components, modelFacts(request.model), config.path));

  const headTotal = distinctFileTokens(components.map((c) => c.head));
  const baseTotal = base ? distinctFileTokens(components.flatMap((c) => (c.base ? [c.base] : []))) : null;
  const failed = components.filter((c) => c.failed).length;
  const requestsFailed = requests.filter((r) => r.failed).length;

  return {
    reportVersion: REPORT_VERSION,
    configPath: config.path,
    base: base?.revision ?? null,
    head: head.revision,
    components,
    requests,
    counting: [...methods.values()],
    totals: { base: baseTotal, head: headTotal, delta: baseTotal === null ? null : headTotal - baseTotal },
    verdict: failed + requestsFailed > 0 ? 'fail' : 'pass',
    counts: {
      failed,
      requestsFailed,
      warned: components.filter((c) => c.status === 'warn').length,
      changed: components.filter((c) => isChanged(c)).length,
      total: components.length,
    },
  };
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

/** A component changed when its count or its set of files did. */
export function isChanged(c: Report['components'][number]): boolean {
  return c.base !== null && (c.delta !== 0 || c.changedFiles.length > 0);
}

/** The vendored catalog with the config's own models applied (the loader has validated them). */
export function catalogFacts(config: BudgetConfig): (model: string) => ModelFacts | undefined {
  const { catalog } = mergeCatalog(CATALOG, config.models);
  return (model) => {
    const spec = findModelSpec(model, [], catalog);
    return spec && toModelFacts(spec, catalog);
  };
}
