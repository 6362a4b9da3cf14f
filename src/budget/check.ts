import type { BudgetConfig } from '../config/types.js';
import { evaluateComponent } from './evaluate.js';
import { measureRevision } from './measure.js';
import { REPORT_VERSION, type ModelFacts, type Report } from './report.js';
import type { RevisionReader } from './revision.js';
import { findModelSpec, mergeCatalog, OPENAI_CATALOG, toModelFacts } from '../catalog/catalog.js';
import { countHere, countOnce, type TokenCounter } from '../tokenize/counter.js';
import { evaluateRequest } from './requests.js';

export interface CheckOptions {
  /** How to count many texts; on this thread when absent. */
  counter?: TokenCounter;
  /** Context window, maximum output and prices of a model, for requests; the catalog plus budgets.yml's `models:` by default. */
  modelFacts?: (model: string) => ModelFacts | undefined;
}

/** Measures the components at head (and base, when given), judges each and each request, and builds the report. */
export async function checkBudgets(
  config: BudgetConfig,
  head: RevisionReader,
  base: RevisionReader | null,
  { counter = countHere, modelFacts = catalogFacts(config) }: CheckOptions = {},
): Promise<Report> {
  const once = countOnce(counter);
  const headCounts = await measureRevision(head, config.components, once);
  const baseCounts = base ? await measureRevision(base, config.components, once) : null;

  const components = config.components.map((component) =>
    evaluateComponent(component, headCounts.get(component.name)!, baseCounts?.get(component.name) ?? null, config.path),
  );

  const requests = config.requests.map((request) => evaluateRequest(request, components, modelFacts(request.model), config.path));

  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const headTotal = sum(components.map((c) => c.head.tokens));
  const baseTotal = base ? sum(components.map((c) => c.base?.tokens ?? 0)) : null;
  const failed = components.filter((c) => c.failed).length;
  const requestsFailed = requests.filter((r) => r.failed).length;

  return {
    reportVersion: REPORT_VERSION,
    configPath: config.path,
    base: base?.revision ?? null,
    head: head.revision,
    components,
    requests,
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

/** A component changed when its count or its set of files did. */
export function isChanged(c: Report['components'][number]): boolean {
  return c.base !== null && (c.delta !== 0 || c.changedFiles.length > 0);
}

/** The vendored catalog with the config's own models applied (the loader has validated them). */
export function catalogFacts(config: BudgetConfig): (model: string) => ModelFacts | undefined {
  const { catalog } = mergeCatalog(OPENAI_CATALOG, config.models);
  return (model) => {
    const spec = findModelSpec(model, [], catalog);
    return spec && toModelFacts(spec, catalog);
  };
}
