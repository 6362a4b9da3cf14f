/**
 * What a change relaxes in the rules it is judged by. Both revisions are judged by the PR's
 * budgets.yml (the head's), so a PR that pastes 8,000 tokens and raises `max_tokens` to match is
 * within budget by its own rules. Comparing with the base's budgets.yml once, here, lets every
 * renderer and output say so without judging anything themselves.
 */
import type { BudgetConfig, ComponentConfig, Growth, Unbudgeted } from '../config/types.js';
import { upperBound } from './evaluate.js';
import type { Loosening, Measurement } from './report.js';

/** A component's files at base: matched by the PR's globs, and by the base's when they differ. */
export interface BaseFiles {
  withHeadGlobs?: Measurement;
  withBaseGlobs?: Measurement;
}

/**
 * The rules of `baseConfig` that `config` relaxes, in budgets.yml's order: raised allotments and
 * growth limits, components dropped, files left out, and `fail_on` relaxed. A component counted
 * for several models is listed once, by its name in budgets.yml.
 */
export function loosenedRules(config: BudgetConfig, baseConfig: BudgetConfig | null, filesAtBase: (name: string) => BaseFiles): Loosening[] {
  if (!baseConfig) return [];
  const found: Loosening[] = [];
  const seen = new Set<string>();
  const add = (loosening: Loosening) => {
    const key = JSON.stringify('component' in loosening ? [loosening.kind, loosening.component] : loosening);
    if (seen.has(key)) return;
    seen.add(key);
    found.push(loosening);
  };
  if (baseConfig.failOn === 'any-over' && (config.failOn ?? 'made-worse') === 'made-worse') add({ kind: 'fail-on', from: 'any-over', to: 'made-worse' });
  const coverage = looserCoverage(baseConfig, config);
  if (coverage) add({ kind: 'coverage', ...coverage });

  for (const component of config.components) {
    const atBase = baseConfig.components.find((b) => b.name === component.name);
    if (!atBase) continue;
    const name = component.declaredName;
    if (component.maxTokens > atBase.maxTokens) {
      add({ kind: 'max-tokens', component: name, from: atBase.maxTokens, to: component.maxTokens, location: component.maxTokensLocation });
    }
    const files = filesAtBase(component.name);
    if (atBase.maxGrowth && looserGrowth(atBase.maxGrowth, component.maxGrowth, files.withHeadGlobs)) {
      add({ kind: 'max-growth', component: name, from: atBase.maxGrowth, to: component.maxGrowth ?? null, location: component.location });
    }
    if (component.perFile && !atBase.perFile) add({ kind: 'per-file', component: name, location: component.location });
    if (component.generationPrompt === false && atBase.generationPrompt !== false) add({ kind: 'generation-prompt', component: name, location: component.location });
    const excluded = excludedFiles(component, atBase, files);
    if (excluded) add({ kind: 'files-excluded', component: name, ...excluded, location: component.location });
  }

  const declared = new Set(config.components.map((c) => c.declaredName));
  for (const atBase of baseConfig.components) {
    if (!declared.has(atBase.declaredName)) add({ kind: 'component-removed', component: atBase.declaredName });
  }
  return found;
}

/** How strictly a setting of `coverage.unbudgeted` treats a prompt outside every component; absent is `warn`. */
const STRICTNESS: Record<Unbudgeted, number> = { off: 0, warn: 1, fail: 2 };

/** `coverage.unbudgeted` made less strict, or `coverage.exclude` globs added, when the base looked for unbudgeted prompts at all. */
function looserCoverage(baseConfig: BudgetConfig, config: BudgetConfig): { from: Unbudgeted; to: Unbudgeted; exclude: string[] } | undefined {
  const from = baseConfig.coverage?.unbudgeted ?? 'warn';
  const to = config.coverage?.unbudgeted ?? 'warn';
  const baseExclude = baseConfig.coverage?.exclude ?? [];
  const exclude = from === 'off' ? [] : (config.coverage?.exclude ?? []).filter((glob) => !baseExclude.includes(glob));
  return STRICTNESS[to] < STRICTNESS[from] || exclude.length > 0 ? { from, to, exclude } : undefined;
}

/**
 * A growth limit that lets more through than the base's: removed, or larger. Limits of different
 * kinds (tokens and a percentage) are compared in tokens, against the count at base.
 */
function looserGrowth(from: Growth, to: Growth | undefined, base: Measurement | undefined): boolean {
  if (!to) return true;
  if ('tokens' in from && 'tokens' in to) return to.tokens > from.tokens;
  if ('percent' in from && 'percent' in to) return to.percent > from.percent;
  if (!base || base.files.length === 0) return false;
  const tokens = (growth: Growth) => ('tokens' in growth ? growth.tokens : (upperBound(base) * growth.percent) / 100);
  return tokens(to) > tokens(from);
}

/**
 * `!` globs this change adds, and files at base that the base's globs counted and the PR's no
 * longer match. When the PR's globs match nothing at base, the prompt moved (see check.ts): that
 * is not a file left out.
 */
function excludedFiles(component: ComponentConfig, atBase: ComponentConfig, files: BaseFiles): { globs: string[]; paths: string[] } | undefined {
  const globs = component.files.filter((glob) => glob.startsWith('!') && !atBase.files.includes(glob));
  const kept = new Set(files.withHeadGlobs?.files.map((f) => f.path) ?? []);
  const moved = kept.size === 0;
  const paths = moved ? [] : (files.withBaseGlobs?.files ?? []).map((f) => f.path).filter((path) => !kept.has(path));
  return globs.length > 0 || paths.length > 0 ? { globs, paths } : undefined;
}
