/**
 * budgets.yml v1: text in, resolved BudgetConfig out (defaults applied, tokenizers chosen).
 * Pure: no file access. Every mistake is a UserError with file:line:column and a hint, and all
 * the mistakes of a file are reported at once (UserErrors, in file order).
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { UserError, UserErrors } from '../common/errors.js';
import { braceExpansionCount, count, globProblem, MAX_CONFIG_PATTERNS, onlyExclusions } from './globs.js';
import { readEntries, reportUnknownKeys, type Entry } from './mapping.js';
import { Problems } from './problems.js';
import { parsePercent, readShareOrTokens, readTokenCount } from './quantity.js';
import { isPromptFormat, PROMPT_FORMATS, type PromptFormat } from '../prompts/formats.js';
import { readCatalogFile, readUserModels, type CatalogFile } from './models.js';
import { didYouMean } from '../common/suggest.js';
import { readRequests } from './requests.js';
import { readGlobalLimits } from './limits.js';
import { INVALID, readTokenizers, TOKENIZER_KEYS, type ModelLookup, type TokenizerChoice } from './tokenizer-setting.js';
import { catalogVendorOf, findModelSpec, mergeCatalog, CATALOG } from '../catalog/catalog.js';
import { parseVolume, type Volume } from '../catalog/money.js';
import { FAIL_ON_VALUES, UNBUDGETED_VALUES, type BudgetConfig, type ComponentConfig, type CoverageConfig, type FailOn, type Growth, type MinChange, type Unbudgeted, type WarnAt } from './types.js';
import { describeValue, readYaml, type YamlSource } from './yaml-source.js';
import type { SourceLocation } from '../common/errors.js';
import { countingVendorOf, findModel } from '../tokenize/models.js';

const SUPPORTED_VERSION = 1;
const TOP_KEYS = ['version', 'fail_on', 'coverage', 'defaults', 'components', 'requests', 'models', 'catalog', 'limits'] as const;
const COVERAGE_KEYS = ['prompts', 'exclude', 'unbudgeted'] as const;
const DEFAULTS_KEYS = [...TOKENIZER_KEYS, 'warn_at', 'min_change'] as const;
const COMPONENT_KEYS = ['files', 'max_tokens', 'warn_at', 'max_growth', 'min_change', ...TOKENIZER_KEYS, 'format', 'select', 'message', 'per_file', 'generation_prompt'] as const;
const DEFAULT_WARN_AT: WarnAt = { percent: 90 };
/**
 * Blame the PR, not history: a budget already broken at base fails only when the PR makes it
 * worse. A gate that is red for every PR once main is red gets switched off, not obeyed.
 */
const DEFAULT_FAIL_ON: FailOn = 'made-worse';
/** `fail_on` is one policy for the whole file; elsewhere it is a misplaced key. */
const FAIL_ON_HINT = { hint: '`fail_on` is set once for the whole file: write it at the top level, next to `version`.' };

/** What the defaults give every component; INVALID where the defaults are wrong (already reported). */
interface Defaults {
  tokenizers: TokenizerChoice[] | typeof INVALID | undefined;
  warnAt: WarnAt;
  /** undefined: no threshold (every change shows); INVALID: wrong (already reported). */
  minChange: MinChange | undefined | typeof INVALID;
  /** Models declared under `models:` (which any level may name) and the catalog's. */
  lookup: ModelLookup;
}

/**
 * A litellm-format price file is large (litellm's own: 1.5 MB in 2026); a bound keeps a wrong path
 * (a dump, a binary) from being read whole.
 */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

/**
 * Where budgets.yml's top-level `catalog:` points, for the caller to read the file before
 * parseConfig (which reads no files); undefined when it names none or is not even YAML (parseConfig
 * reports that). The path is repository-relative, as written.
 */
export function catalogPathOf(text: string, path: string): { path: string; location: SourceLocation } | undefined {
  let source: YamlSource;
  try {
    source = readYaml(text, path);
  } catch {
    return undefined;
  }
  const root = source.resolve(source.root);
  if (!isMap(root)) return undefined;
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'catalog');
  const value = pair && isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value : undefined;
  if (!value || catalogPathProblem(value.value as string)) return undefined;
  return { path: value.value as string, location: source.locate(value) };
}

function catalogPathProblem(value: string): string | undefined {
  if (value.trim() === '') return 'is empty';
  if (/[*?[\]{}]/.test(value) || value.startsWith('!')) return 'is a glob, not one file';
  if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.split(/[\\/]/).includes('..')) return 'leaves the repository: write a path from the repository root';
  return undefined;
}

/** What parseConfig is given besides budgets.yml's text. */
export interface ParseOptions {
  /**
   * The file budgets.yml's `catalog:` names, read by the caller (catalogPathOf says which). Without
   * it, `catalog:` is validated but its entries are not applied (the base's budgets.yml, `init`).
   */
  catalogFile?: CatalogFile;
}

/** Parses and validates budgets.yml. `path` is only for messages and locations. */
export function parseConfig(text: string, path: string, options: ParseOptions = {}): BudgetConfig {
  const source = readYaml(text, path);
  const root = source.resolve(source.root);
  if (!isMap(root)) {
    throw new UserErrors([
      new UserError(
        `${path} must be a mapping with version, defaults and components, got ${describeValue(root)}`,
        'Start the file with `version: 1`, then `components:` with one entry per component.',
        source.locate(root),
      ),
    ]);
  }

  const problems = new Problems(source);
  const top = readEntries(root, 'the top level', source, problems);
  const misspelt = reportUnknownKeys(top, TOP_KEYS, 'the top level', problems, misplacedAtTopLevel);
  checkVersion(top.get('version'), root, source, problems, misspelt.has('version'));
  const failOn = readFailOn(top.get('fail_on'), problems);
  const declared = readUserModels(top.get('models'), source, problems);
  const catalogPath = readCatalogPath(top.get('catalog'), problems);
  const catalogFile = catalogPath !== undefined && options.catalogFile?.path === catalogPath ? options.catalogFile : undefined;
  const knows = (name: string) => findModel(name) !== undefined || countingVendorOf(name) !== undefined || CATALOG.models.has(name);
  // The file's mistakes are its own (file:line:col in it); budgets.yml's are reported first.
  let models = declared;
  let catalogErrors: unknown;
  if (catalogFile) {
    try {
      models = readCatalogFile(catalogFile, declared, knows);
    } catch (error) {
      catalogErrors = error;
    }
  }
  const lookup: ModelLookup = { userModels: models, catalogVendorOf, catalogNames: [...CATALOG.models.keys()] };
  const defaults = readDefaults(top.get('defaults'), lookup, source, problems);
  const globs = new GlobTally();
  const components = readComponents(top.get('components'), root, defaults, source, problems, misspelt.has('components'), globs);
  const coverage = readCoverage(top.get('coverage'), source, problems, globs);
  const catalog = mergeCatalog(CATALOG, [...models.values()]);
  const maxOutputOf = (model: string) => findModelSpec(model, [], catalog)?.maxOutput;
  const hasPrices = (model: string) => findModelSpec(model, [], catalog)?.prices !== undefined;
  const requests = readRequests(top.get('requests'), components, { tokenizers: defaults.tokenizers, lookup, maxOutputOf, hasPrices }, source, problems, (entry, at) => readVolume(entry, at, problems));
  // Limits over every request charge each request's model.
  const limits = readGlobalLimits(top.get('limits'), { path: 'limits', unpriced: [...new Set(requests.map((r) => r.model).filter((m) => !hasPrices(m)))] }, source, problems);
  problems.throwIfAny();
  if (catalogErrors !== undefined) throw catalogErrors;
  const counting = Array.isArray(defaults.tokenizers) ? defaults.tokenizers[0] : undefined;
  return {
    path,
    version: SUPPORTED_VERSION,
    failOn,
    components,
    requests,
    models: [...models.values()],
    ...(catalogPath !== undefined && { catalog: catalogPath }),
    ...(coverage && { coverage }),
    ...(limits && { limits }),
    ...(counting && { defaultCounting: { tokenizer: counting.tokenizer, ...(counting.model !== undefined && { model: counting.model }) } }),
  };
}

/** `catalog: path/to/prices.json`: a repository-relative path to one litellm-format file. */
function readCatalogPath(entry: Entry | undefined, problems: Problems): string | undefined {
  if (!entry) return undefined;
  const value = isScalar(entry.value) && typeof entry.value.value === 'string' ? entry.value.value : undefined;
  const hint = "Write the path of a JSON file in litellm's model_prices_and_context_window.json format, from the repository root, e.g. `catalog: config/model-prices.json`.";
  if (value === undefined) {
    problems.add(valueAt(entry), `catalog must be the path of a litellm-format JSON file, got ${describeValue(entry.value)}`, hint);
    return undefined;
  }
  const problem = catalogPathProblem(value);
  if (problem) {
    problems.add(valueAt(entry), `catalog ${JSON.stringify(value)} ${problem}`, hint);
    return undefined;
  }
  return value;
}

/**
 * `coverage:`: which files are prompts besides those components budget, and what a prompt file
 * outside every component does to the check. undefined when absent (or wrong, which is reported).
 */
function readCoverage(entry: Entry | undefined, source: YamlSource, problems: Problems, globs: GlobTally): CoverageConfig | undefined {
  if (!entry) return undefined;
  const hint = 'Write e.g. `coverage: { unbudgeted: fail }`, with `prompts:` and `exclude:` globs when needed.';
  if (!isMap(entry.value)) {
    problems.add(valueAt(entry), `coverage must be a mapping (prompts, exclude, unbudgeted), got ${describeValue(entry.value)}`, hint);
    return undefined;
  }
  const fields = readEntries(entry.value, 'coverage', source, problems);
  reportUnknownKeys(fields, COVERAGE_KEYS, 'coverage', problems);
  const prompts = readGlobList(fields.get('prompts'), 'coverage.prompts', source, problems, globs);
  const exclude = readGlobList(fields.get('exclude'), 'coverage.exclude', source, problems, globs);
  const unbudgeted = readUnbudgeted(fields.get('unbudgeted'), problems);
  if (prompts === undefined || exclude === undefined || unbudgeted === undefined) return undefined;
  return { prompts, exclude, unbudgeted, location: source.locate(entry.key) };
}

/** `coverage.unbudgeted: fail | warn | off`; `warn` when absent. */
function readUnbudgeted(entry: Entry | undefined, problems: Problems): Unbudgeted | undefined {
  if (!entry) return 'warn';
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value === 'string' && (UNBUDGETED_VALUES as readonly string[]).includes(value)) return value as Unbudgeted;
  const shown = typeof value === 'string' ? JSON.stringify(value) : describeValue(entry.value);
  problems.add(
    valueAt(entry),
    `coverage.unbudgeted must be fail, warn or off, got ${shown}${typeof value === 'string' ? didYouMean(value, UNBUDGETED_VALUES) : ''}`,
    '`fail`: a PR that adds or grows a prompt file outside every component fails; `warn` (the default): it is named and the check passes; `off`: not looked for.',
  );
  return undefined;
}

/** `coverage.prompts` / `coverage.exclude`: one glob or a list of globs (no `!`: exclude says it). */
function readGlobList(entry: Entry | undefined, path: string, source: YamlSource, problems: Problems, tally: GlobTally): string[] | undefined {
  if (!entry) return [];
  const value = entry.value;
  const nodes = isSeq(value) ? value.items.map((item) => source.resolve(item as Node)) : [value];
  const globs: string[] = [];
  nodes.forEach((node, index) => {
    const label = isSeq(value) ? `${path}[${index}]` : path;
    const glob = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    if (glob === undefined || glob.trim() === '') {
      problems.add(node, `${label} must be a glob (text), got ${describeValue(node)}`, 'Write paths or globs relative to the repository root, e.g. `[\'agents/**/*.md\']`.');
      return;
    }
    if (glob.startsWith('!')) {
      problems.add(node, `${label}: ${quoteGlob(glob)} starts with \`!\``, path.endsWith('exclude') ? 'Write the glob itself: everything under `exclude` is left out.' : 'Put the glob, without `!`, under `coverage.exclude`.');
      return;
    }
    const problem = globProblem(glob);
    if (problem) {
      problems.add(node, `${label}: the glob ${quoteGlob(glob)} ${problem.problem}`, problem.hint);
      return;
    }
    tally.add(glob, node, label, problems);
    globs.push(glob);
  });
  return globs.length === nodes.length ? globs : undefined;
}

/** `fail_on: made-worse | any-over`; the default when absent (or wrong, which is reported). */
function readFailOn(entry: Entry | undefined, problems: Problems): FailOn {
  if (!entry) return DEFAULT_FAIL_ON;
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value === 'string' && (FAIL_ON_VALUES as readonly string[]).includes(value)) return value as FailOn;
  const shown = typeof value === 'string' ? JSON.stringify(value) : describeValue(entry.value);
  problems.add(
    valueAt(entry),
    `fail_on must be made-worse or any-over, got ${shown}${typeof value === 'string' ? didYouMean(value, FAIL_ON_VALUES) : ''}`,
    '`made-worse` (the default) fails a budget broken at base only when the PR makes it worse; `any-over` fails every broken budget.',
  );
  return DEFAULT_FAIL_ON;
}

/**
 * A file written for another version is reported alone: its other keys may be valid there, and
 * calling them unknown would only bury the one message that matters.
 */
function checkVersion(entry: Entry | undefined, root: Node, source: YamlSource, problems: Problems, misspelt: boolean): void {
  if (!entry) {
    if (misspelt) return;
    problems.add(root, `version is missing; this prompt-budget reads version ${SUPPORTED_VERSION}`, `Add \`version: ${SUPPORTED_VERSION}\` at the top of the file.`);
    return;
  }
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (value === SUPPORTED_VERSION) return;
  if (typeof value === 'number') {
    throw new UserErrors([
      new UserError(
        `version ${describeValue(entry.value)} is not supported; this prompt-budget reads version ${SUPPORTED_VERSION} only`,
        `Write \`version: ${SUPPORTED_VERSION}\` in this format, or upgrade prompt-budget if the file was written for a newer release.`,
        source.locate(entry.value),
      ),
    ]);
  }
  problems.add(valueAt(entry), `version must be ${SUPPORTED_VERSION}, got ${describeValue(entry.value)}`, `Write \`version: ${SUPPORTED_VERSION}\` (a number, without quotes).`);
}

function misplacedAtTopLevel(entry: Entry): { message?: string; hint: string } | undefined {
  if (entry.name === 'min_change') {
    return { hint: 'Put `min_change` under `defaults:` to apply it to every component, or under a component.' };
  }
  if ((DEFAULTS_KEYS as readonly string[]).includes(entry.name)) {
    // Not "did you mean `models`": a top-level `model:` is a default put in the wrong place.
    return {
      message: `Unknown key \`${entry.name}\` in the top level`,
      hint: `Put \`${entry.name}\` under \`defaults:\` to apply it to every component, or under a component.`,
    };
  }
  if ((COMPONENT_KEYS as readonly string[]).includes(entry.name)) {
    return { hint: `\`${entry.name}\` belongs to a component: put it under \`components:\`, below the component's name.` };
  }
  if (isMap(entry.value) && entry.value.items.some((pair) => isScalar(pair.key) && (pair.key.value === 'files' || pair.key.value === 'max_tokens'))) {
    return { hint: `\`${entry.name}\` looks like a component: indent it under \`components:\`.` };
  }
  return undefined;
}

function readDefaults(entry: Entry | undefined, lookup: ModelLookup, source: YamlSource, problems: Problems): Defaults {
  if (!entry || isEmpty(entry.value)) return { tokenizers: undefined, warnAt: DEFAULT_WARN_AT, minChange: undefined, lookup };
  if (!isMap(entry.value)) {
    problems.add(valueAt(entry), `defaults must be a mapping (model or encoding, warn_at), got ${describeValue(entry.value)}`, 'Indent the defaults below `defaults:`, e.g. `model: gpt-4.1` on the next line.');
    return { tokenizers: INVALID, warnAt: DEFAULT_WARN_AT, minChange: undefined, lookup };
  }
  const fields = readEntries(entry.value, 'defaults', source, problems);
  reportUnknownKeys(fields, DEFAULTS_KEYS, 'defaults', problems, (field) =>
    field.name === 'fail_on'
      ? FAIL_ON_HINT
      : (COMPONENT_KEYS as readonly string[]).includes(field.name)
        ? { hint: `\`${field.name}\` is set per component (under components.<name>), not in defaults.` }
        : undefined,
  );
  const tokenizers = readTokenizers(fields, 'defaults', problems, lookup);
  const warnAtEntry = fields.get('warn_at');
  const warnAt = warnAtEntry ? readQuantity(warnAtEntry, 'defaults', 'warn_at', 100, problems) : DEFAULT_WARN_AT;
  const minChange = readMinChange(fields.get('min_change'), 'defaults', problems);
  return { tokenizers, warnAt: warnAt ?? DEFAULT_WARN_AT, minChange, lookup };
}

/**
 * `min_change`: tokens or `N%` of the base count; 0 (or 0%) switches a default off for one
 * component. undefined when absent or 0.
 */
function readMinChange(entry: Entry | undefined, path: string, problems: Problems): MinChange | undefined | typeof INVALID {
  if (!entry) return undefined;
  const value = scalarValue(entry.value);
  if (value === 0 || (typeof value === 'string' && parsePercent(value) === 0)) return undefined;
  // Above 100% it would fold a component that doubled: not noise, whatever the budget says.
  const parsed = readShareOrTokens(value, describeValue(entry.value), 'min_change', 100);
  if ('value' in parsed) return parsed.value;
  problems.add(valueAt(entry), `${path}.min_change ${parsed.problem}`, `${parsed.hint} A change smaller than min_change is shown as noise; 0 shows every change.`);
  return INVALID;
}

function readComponents(entry: Entry | undefined, root: Node, defaults: Defaults, source: YamlSource, problems: Problems, misspelt: boolean, globs: GlobTally): ComponentConfig[] {
  if (!entry) {
    if (misspelt) return [];
    problems.add(root, 'components is missing', 'Add `components:` with at least one component: a name, then its `files` and `max_tokens` indented below.');
    return [];
  }
  const value = entry.value;
  if (isEmpty(value) || (isMap(value) && value.items.length === 0)) {
    problems.add(entry.key, 'components is empty', 'Add at least one component: a name, then its `files` and `max_tokens` indented below.');
    return [];
  }
  if (!isMap(value)) {
    problems.add(
      valueAt(entry),
      `components must be a mapping from component names to their settings, got ${describeValue(value)}`,
      isSeq(value)
        ? 'Write each component as `name:` with its settings indented below it, not as a list item (`- `).'
        : 'Write each component as `name:` with its `files` and `max_tokens` indented below it.',
    );
    return [];
  }
  const components: ComponentConfig[] = [];
  for (const component of readEntries(value, 'components', source, problems, true).values()) {
    components.push(...readComponent(component, defaults, source, problems, globs));
  }
  return components;
}

/** One component, defaults applied: one per model it is counted for; none when it has a mistake (reported). */
function readComponent(entry: Entry, defaults: Defaults, source: YamlSource, problems: Problems, globs: GlobTally): ComponentConfig[] {
  const name = entry.name;
  const path = `components.${name}`;
  const describe = `component \`${name}\``;
  if (name.trim() === '') {
    problems.add(entry.key, 'A component name is empty', 'Name the component after the prompt it budgets, e.g. `support-system:`.');
    return [];
  }
  const body = entry.value;
  if (!isMap(body)) {
    const settingsUnderComponents = (COMPONENT_KEYS as readonly string[]).includes(name);
    problems.add(
      isEmpty(body) ? entry.key : body,
      `${describe} must be a mapping of its settings (files, max_tokens, ...), got ${describeValue(body)}`,
      settingsUnderComponents
        ? `\`${name}\` is a component setting: put the settings under a component name, e.g. \`components:\` → \`support-system:\` → \`${name}: ...\`.`
        : `Indent the component's settings below \`${name}:\`, e.g. \`files: prompts/${name}.md\` and \`max_tokens: 1500\`.`,
    );
    return [];
  }

  const fields = readEntries(body, describe, source, problems);
  const misspelt = reportUnknownKeys(fields, COMPONENT_KEYS, describe, problems, (field) => (field.name === 'fail_on' ? FAIL_ON_HINT : undefined));

  const files = readFiles(fields.get('files'), entry, path, source, problems, misspelt.has('files'), globs);

  const maxTokensEntry = fields.get('max_tokens');
  let maxTokens: number | undefined;
  if (!maxTokensEntry) {
    if (!misspelt.has('max_tokens')) problems.add(entry.key, `${describe} has no max_tokens`, `Add its allotment, e.g. \`max_tokens: 1500\` (\`prompt-budget count FILE\` shows today's count).`);
  } else {
    const parsed = readTokenCount(scalarValue(maxTokensEntry.value), describeValue(maxTokensEntry.value), 'max_tokens');
    if ('problem' in parsed) problems.add(valueAt(maxTokensEntry), `${path}.max_tokens ${parsed.problem}`, parsed.hint);
    else maxTokens = parsed.value;
  }

  const warnAt = readWarnAt(fields.get('warn_at'), entry, path, maxTokens, defaults.warnAt, problems);
  const maxGrowthEntry = fields.get('max_growth');
  const maxGrowth: Growth | undefined = maxGrowthEntry ? readQuantity(maxGrowthEntry, path, 'max_growth', Infinity, problems) : undefined;
  const minChangeEntry = fields.get('min_change');
  const minChange = minChangeEntry ? readMinChange(minChangeEntry, path, problems) : defaults.minChange;
  const tokenizers = readTokenizers(fields, path, problems, defaults.lookup) ?? defaults.tokenizers;
  if (tokenizers === undefined && !TOKENIZER_KEYS.some((key) => misspelt.has(key))) {
    problems.add(entry.key, `${describe} has no model or encoding`, "Add a model: set defaults.model (e.g. gpt-4.1) or the component's model (or `encoding:`, or `tokenizer:` with a tokenizer.json).");
  }
  const message = readMessage(fields.get('message'), path, source, problems);
  const perFile = readPerFile(fields.get('per_file'), path, problems);
  const format = readFormat(fields.get('format'), path, problems);
  const select = readSelect(fields.get('select'), format, path, problems);
  const generationPrompt = readGenerationPrompt(fields.get('generation_prompt'), path, problems);

  if (
    format === INVALID ||
    generationPrompt === INVALID ||
    select === INVALID ||
    files === undefined ||
    maxTokensEntry === undefined ||
    maxTokens === undefined ||
    warnAt === undefined ||
    tokenizers === undefined ||
    tokenizers === INVALID ||
    message === INVALID ||
    perFile === INVALID ||
    minChange === INVALID ||
    (maxGrowthEntry !== undefined && maxGrowth === undefined)
  ) {
    return [];
  }
  return tokenizers.map(({ model, tokenizer, location, assumedFrom }) => ({
    name: tokenizers.length > 1 ? `${name} (${model})` : name,
    declaredName: name,
    files,
    ...(perFile === true && { perFile }),
    maxTokens,
    warnAt,
    ...(maxGrowth !== undefined && { maxGrowth }),
    ...(minChange !== undefined && { minChange }),
    ...(model !== undefined && { model }),
    tokenizer,
    ...(assumedFrom !== undefined && { assumedFrom }),
    ...(location && { tokenizerLocation: location }),
    ...(format !== undefined && { format }),
    ...(select !== undefined && { select }),
    ...(generationPrompt !== undefined && { generationPrompt }),
    ...(message !== undefined && { message }),
    location: source.locate(entry.key),
    maxTokensLocation: source.locate(maxTokensEntry.written),
    maxTokensWritten: writtenText(maxTokensEntry.value, source),
  }));
}

/** `files:`: one glob or a non-empty list of globs; undefined when wrong (reported). */
/**
 * The patterns all distinct globs of the file expand to, against MAX_CONFIG_PATTERNS: each glob is
 * compiled once and tested against the repository's files, however many components share it.
 */
class GlobTally {
  private readonly seen = new Set<string>();
  private patterns = 0;
  private reported = false;

  /** Counts `glob` in; a problem (once) at the glob that takes the total past the limit. */
  add(glob: string, node: Node, label: string, problems: Problems): void {
    const pattern = glob.startsWith('!') ? glob.slice(1) : glob;
    if (this.seen.has(pattern)) return;
    this.seen.add(pattern);
    this.patterns += braceExpansionCount(pattern);
    if (this.patterns <= MAX_CONFIG_PATTERNS || this.reported) return;
    this.reported = true;
    problems.add(
      node,
      `${label}: with the glob ${quoteGlob(glob)}, the globs of this file expand to ${count(this.patterns)} patterns, more than ${count(MAX_CONFIG_PATTERNS)} in all`,
      'Every pattern is tested against every file of the repository, so their number is bounded: write fewer `{a,b}` alternatives, and use wildcards (e.g. `prompts/*.md`) where a component lists many files.',
    );
  }
}

/** A glob in a message: quoted, and cut when it is long. */
function quoteGlob(glob: string): string {
  return glob.length > 200 ? `${JSON.stringify(glob.slice(0, 160))}… (${count(glob.length)} characters)` : JSON.stringify(glob);
}

function readFiles(entry: Entry | undefined, component: Entry, path: string, source: YamlSource, problems: Problems, misspelt: boolean, tally: GlobTally): string[] | undefined {
  if (!entry) {
    if (misspelt) return undefined;
    problems.add(
      component.key,
      `component \`${component.name}\` has no files`,
      'Add `files:` with the prompt file\'s path or a glob relative to the repository root, e.g. `files: prompts/support/system.md`.',
    );
    return undefined;
  }
  const value = entry.value;
  let items: { node: Node; label: string }[];
  if (isSeq(value)) {
    if (value.items.length === 0) {
      problems.add(value, `${path}.files is an empty list`, 'List at least one path or glob, e.g. `files: [prompts/support/*.md]`.');
      return undefined;
    }
    items = value.items.map((item, index) => ({ node: source.resolve(item as Node), label: `${path}.files[${index}]` }));
  } else if (isScalar(value) && typeof value.value === 'string') {
    items = [{ node: value, label: `${path}.files` }];
  } else {
    problems.add(valueAt(entry), `${path}.files must be a glob or a list of globs, got ${describeValue(value)}`, 'Write a path or glob relative to the repository root, e.g. `files: prompts/support/*.md`.');
    return undefined;
  }

  const globs: string[] = [];
  for (const { node, label } of items) {
    const glob = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    if (glob === undefined) {
      const got = describeValue(node);
      const hint = isScalar(node) && node.value !== null ? `Quote it to make it a file name: "${got}".` : 'Write each entry as a path or glob, e.g. `- prompts/*.md`.';
      problems.add(node, `${label} must be a glob (text), got ${got}`, hint);
      continue;
    }
    if (glob.trim() === '') {
      problems.add(node, `${label} is empty`, 'Write a path or glob relative to the repository root, e.g. `prompts/support/system.md`.');
      continue;
    }
    const problem = globProblem(glob);
    if (problem) {
      problems.add(node, `${label}: the glob ${quoteGlob(glob)} ${problem.problem}`, problem.hint);
      continue;
    }
    tally.add(glob, node, label, problems);
    globs.push(glob);
  }
  if (globs.length !== items.length) return undefined;
  if (onlyExclusions(globs)) {
    problems.add(value, `${path}.files only excludes (every glob starts with \`!\`), so it matches no file`, 'Add the globs to include next to the `!` exclusions, e.g. `prompts/*.md`.');
    return undefined;
  }
  return globs;
}

/** The component's warn_at, else the default; a token count must leave room below max_tokens. */
function readWarnAt(entry: Entry | undefined, component: Entry, path: string, maxTokens: number | undefined, fallback: WarnAt, problems: Problems): WarnAt | undefined {
  const warnAt = entry ? readQuantity(entry, path, 'warn_at', 100, problems) : fallback;
  if (!warnAt || !('tokens' in warnAt) || maxTokens === undefined || warnAt.tokens < maxTokens) return warnAt;
  if (entry) {
    problems.add(
      valueAt(entry),
      `${path}.warn_at (${warnAt.tokens} tokens) must be below max_tokens (${maxTokens}), or it never warns before the allotment runs out`,
      `Lower warn_at, e.g. \`warn_at: ${Math.max(1, Math.floor(maxTokens * 0.9))}\` or \`warn_at: 90%\`.`,
    );
  } else {
    problems.add(
      component.key,
      `defaults.warn_at (${warnAt.tokens} tokens) is not below max_tokens (${maxTokens}) of component \`${component.name}\`, so it would never warn before the allotment runs out`,
      `Give \`${component.name}\` its own warn_at, or make defaults.warn_at a percentage such as 90%.`,
    );
  }
  return undefined;
}

/** warn_at or max_growth of one level; undefined when wrong (reported). */
function readQuantity(entry: Entry, path: string, key: 'warn_at' | 'max_growth', maxPercent: number, problems: Problems): WarnAt | Growth | undefined {
  const parsed = readShareOrTokens(scalarValue(entry.value), describeValue(entry.value), key, maxPercent);
  if ('value' in parsed) return parsed.value;
  problems.add(valueAt(entry), `${path}.${key} ${parsed.problem}`, parsed.hint);
  return undefined;
}

/** `per_file: true | false`; INVALID when not a boolean (reported). */
function readPerFile(entry: Entry | undefined, path: string, problems: Problems): boolean | undefined | typeof INVALID {
  if (!entry) return undefined;
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value === 'boolean') return value;
  problems.add(
    valueAt(entry),
    `${path}.per_file must be true or false, got ${typeof value === 'string' ? JSON.stringify(value) : describeValue(entry.value)}`,
    '`per_file: true` judges each matched file against max_tokens on its own (a family of prompts, one per folder); leave it out to budget the files together.',
  );
  return INVALID;
}

/**
 * `generation_prompt: true | false`: whether the chat files are counted with the turn the model is
 * asked to write opened after them (add_generation_prompt, OpenAI's reply priming); undefined to
 * decide by format (on, except a JSONL line ending with the assistant's turn); INVALID when not a
 * boolean (reported).
 */
function readGenerationPrompt(entry: Entry | undefined, path: string, problems: Problems): boolean | undefined | typeof INVALID {
  if (!entry) return undefined;
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value === 'boolean') return value;
  problems.add(
    valueAt(entry),
    `${path}.generation_prompt must be true or false, got ${typeof value === 'string' ? JSON.stringify(value) : describeValue(entry.value)}`,
    '`generation_prompt: true` counts each chat file with the assistant turn the model is asked to write opened after it (a prompt about to be answered); `false` counts the conversation alone (fine-tuning examples that end with the answer). Leave it out to decide by format.',
  );
  return INVALID;
}

/** `format:` overrides what the file's extension says; undefined to detect it. */
function readFormat(entry: Entry | undefined, path: string, problems: Problems): PromptFormat | undefined | typeof INVALID {
  if (!entry) return undefined;
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value === 'string' && isPromptFormat(value)) return value;
  const shown = typeof value === 'string' ? JSON.stringify(value) : describeValue(entry.value);
  problems.add(
    valueAt(entry),
    `${path}.format: unknown format ${shown}${typeof value === 'string' ? didYouMean(value, PROMPT_FORMATS, 3, (f) => f) : ''}`,
    `Use one of ${PROMPT_FORMATS.join(', ')}, or leave \`format\` out to go by the file extension.`,
  );
  return INVALID;
}

/** `select:` picks part of a structured file: a JSON Pointer (/a/0) or a path (a.b[0]). */
function readSelect(entry: Entry | undefined, format: PromptFormat | undefined | typeof INVALID, path: string, problems: Problems): string | undefined | typeof INVALID {
  if (!entry) return undefined;
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(valueAt(entry), `${path}.select must be a JSON Pointer or a path, got ${describeValue(entry.value)}`, 'Write e.g. `select: /prompts/support` or `select: prompts.support`.');
    return INVALID;
  }
  if (format === 'text' || format === 'markdown' || format === 'prompty' || format === 'dotprompt') {
    problems.add(valueAt(entry), `${path}.select picks part of a JSON, JSONL or YAML file, but the format is ${format}`, 'Remove `select`, or set `format` to messages-json, messages-yaml, jsonl or github-prompt.');
    return INVALID;
  }
  return value;
}

/** The team's own failure message; INVALID when wrong (reported). */
function readMessage(entry: Entry | undefined, path: string, source: YamlSource, problems: Problems): string | undefined | typeof INVALID {
  if (!entry) return undefined;
  const value = entry.value;
  const text = isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
  if (text === undefined || text.trim() === '') {
    problems.add(valueAt(entry), `${path}.message must be text, got ${describeValue(value)}`, 'Write the guidance to show when the component fails, e.g. `message: "Ask #prompt-owners before raising this."`.');
    return INVALID;
  }
  // `message: Ask #owners first` is the message "Ask": YAML reads ` #` as the start of a comment.
  const rest = isScalar(value) && value.type === 'PLAIN' ? source.restOfLine(value) : '';
  if (/^\s+#/.test(rest)) {
    const meant = `${text}${rest}`.trim();
    problems.add(
      value,
      `${path}.message ends at \` #\`: YAML reads the rest of the line as a comment, so the message would be ${JSON.stringify(text)}`,
      `Quote the message: \`message: ${JSON.stringify(meant)}\`.`,
    );
    return INVALID;
  }
  return text;
}

/** `volume: 50000/day`: requests per hour, day or month (a month is 30 days). */
function readVolume(entry: Entry, path: string, problems: Problems): Volume | typeof INVALID {
  const written = isScalar(entry.value) ? entry.value.value : undefined;
  const parsed = typeof written === 'string' ? parseVolume(written) : undefined;
  if (parsed?.ok) return parsed.volume;
  if (parsed?.tooMany) {
    problems.add(entry.value, `${path}: ${parsed.message}`, 'Write the requests the model really gets, e.g. `volume: 50000/day`.');
    return INVALID;
  }
  problems.add(entry.value, `${path} must be a number of requests per hour, day or month, got ${describeValue(entry.value)}`, 'Write e.g. `volume: 50000/day`, `volume: 2k/hour` or `volume: 1.5M/month`.');
  return INVALID;
}

/** A scalar's text as written, without its quotes: `8k`, `12_000`, `1500`. */
function writtenText(node: Node, source: YamlSource): string {
  const [start, end] = node.range ?? [0, 0];
  const text = source.text.slice(start, end).trim();
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? text.slice(1, -1) : text;
}

/** The JS value of a scalar; collections have none (they are described, never read as numbers). */
function scalarValue(node: Node): unknown {
  return isScalar(node) ? node.value : node;
}

function isEmpty(node: Node): boolean {
  return isScalar(node) && (node.value === null || node.value === undefined);
}

/**
 * Where to point for a problem with a value: the value itself, or the key when nothing is
 * written after it (`max_tokens:` has no text of its own to point at).
 */
function valueAt(entry: Entry): Node {
  const [start, end] = entry.written.range ?? [0, 0];
  return start === end ? entry.key : entry.value;
}
