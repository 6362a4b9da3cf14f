/**
 * `prompt-budget init`: a budgets.yml for the prompts a repository already has, each allotment at
 * today's count plus headroom, so that `check` passes at once and fails only when a prompt grows.
 * Pure: the repository comes in as a RevisionReader and the file goes out as text.
 */
import { Minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import { checkBudgets } from '../budget/check.js';
import type { Engines } from '../budget/count-texts.js';
import type { CountingMethod } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { globProblem } from '../config/globs.js';
import { parseConfig } from '../config/load.js';
import type { BudgetConfig } from '../config/types.js';
import { UserError, UserErrors } from '../common/errors.js';
import { escapeControl, hasControl } from '../common/format.js';
import { SCHEMA_URL } from '../common/home.js';
import { countHere } from '../tokenize/tiktoken/batch.js';
import { compareText, discoverPrompts, quotedPath, type PromptFile, type Skipped } from './discover.js';
import { allotmentFor, MIN_HEADROOM_TOKENS } from '../budget/allotment.js';
import { declaredModel } from './declared-model.js';

export const DEFAULT_MODEL = 'gpt-4.1';

/**
 * The first line init writes: editors with the YAML language server (VS Code's YAML extension,
 * JetBrains) complete and check budgets.yml against the published schema. The same line as the
 * README's budgets.yml example, which test/unit/adopt/init-families.test.ts holds them to.
 */
export const SCHEMA_MODELINE = `# yaml-language-server: $schema=${SCHEMA_URL}`;

export interface InitOptions {
  /** The model the prompts are sent to; its tokenizer counts them. */
  model: string;
  /** Room above today's count, as a fraction (0.1 for 10%). */
  headroom: number;
  /** Where budgets.yml goes, relative to the repository root: never itself a prompt. */
  configPath: string;
  /** For the header: which prompt-budget wrote the file. */
  version: string;
  /**
   * Counting APIs, for the vendors whose key was given: as `check` counts with them, init must
   * too, or it would set allotments from estimates that check then does not use.
   */
  vendors?: Engines['vendors'];
}

/** One component to write: its globs, and the files it was made for. */
export interface ComponentPlan {
  name: string;
  /** Globs as budgets.yml takes them: includes, then `!` exclusions. */
  files: string[];
  /** The prompt files found that the component budgets. */
  paths: string[];
  /** Why these files are one component, for a comment above it; `{files}` stands for how many are counted. */
  note: string;
  /** A family (the same file name in many folders): each file is budgeted on its own (`per_file: true`). */
  perFile?: boolean;
  /** The model its files declare (or its vendor's, for CLAUDE.md and GEMINI.md), when not the default. */
  model?: string;
}

export interface PlannedComponent extends ComponentPlan {
  /** Today's count; for an estimate, its central value. For a family, its largest file's. */
  tokens: number;
  /** For an estimate: its upper bound, which check judges it by, so the allotment is set from it. */
  high?: number;
  maxTokens: number;
}

export interface InitResult {
  text: string;
  components: PlannedComponent[];
  skipped: Skipped[];
  /** How the counts that are estimates were made, and why they are not exact; empty when every count is exact. */
  estimates: CountingMethod[];
}

/**
 * How prompts become components, as a user would split them:
 * - an agent instruction file (AGENTS.md, CLAUDE.md, .cursorrules, ...) is one component: a tool
 *   reads it whole into every session, so its size is a cost on every turn, and each has an owner;
 * - a prompt file on its own (.prompt.yml, .prompty, .prompt, system_prompt.md) is one component:
 *   it is the fixed part of one request;
 * - a prompts directory is one component per subdirectory (prompts/support/, prompts/summarize/),
 *   plus one for the files directly in it: a glob by extension covers the directory, so a prompt
 *   added there later is budgeted too instead of escaping, and a large directory does not turn
 *   into hundreds of components. Each file's count still shows in the report.
 */
export function groupPrompts(files: readonly PromptFile[]): { plans: ComponentPlan[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const { plans, rest } = familyPlans(files);
  const directories = new Map<string, { loose: boolean; paths: string[] }>();
  for (const file of rest) {
    if (file.kind === 'directory') {
      const rest = file.path.slice(file.root!.length + 1).split('/');
      const key = rest.length > 1 ? `${file.root}/${rest[0]}` : file.root!;
      const group = directories.get(key) ?? { loose: rest.length === 1, paths: [] };
      group.paths.push(file.path);
      directories.set(key, group);
      continue;
    }
    const glob = exactGlob(file.path);
    if (glob === undefined) {
      skipped.push({ path: file.path, reason: 'its name has characters a glob cannot match exactly; budget it by hand' });
      continue;
    }
    plans.push({
      name: file.path,
      files: [glob],
      paths: [file.path],
      note: file.kind === 'agent' ? `${quotedPath(file.path)}: agent instructions, read whole into every session` : `${quotedPath(file.path)}: one prompt`,
    });
  }
  for (const [directory, { loose, paths }] of directories) {
    const prefix = exactGlob(directory);
    if (prefix === undefined) {
      skipped.push(...paths.map((path) => ({ path, reason: 'its directory has characters a glob cannot match exactly; budget it by hand' })));
      continue;
    }
    const extensions = [...new Set(paths.map((path) => path.slice(path.lastIndexOf('.'))))].sort(compareText);
    const pattern = extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
    plans.push({
      name: directory,
      files: [`${prefix}/${loose ? '' : '**/'}${pattern}`],
      paths,
      note: `${loose ? `the prompts directly in ${quotedPath(`${directory}/`)}` : `every prompt under ${quotedPath(`${directory}/`)}`} ({files} today): a new ${extensions.map(quotedPath).join(' or ')} file there is budgeted too`,
    });
  }
  plans.sort((a, b) => compareText(a.name, b.name));
  const taken = new Set<string>();
  for (const plan of plans) plan.name = uniqueName(componentName(plan.name, directories.has(plan.name)), taken);
  return { plans, skipped };
}

/** Fewer folders than this holding a file of the same name are separate prompts, each with its own budget. */
const MIN_FAMILY = 3;

/**
 * Families: prompt files of the same name, each in its own folder of one parent
 * (`patterns/summarize/system.md`, `patterns/extract_wisdom/system.md`, ...), become one
 * `per_file: true` component over the glob `patterns/<each>/system.md`. One component per file made a
 * 922-line budgets.yml for 225 folders, and a folder added later escaped every budget; with the
 * glob, a new member is budgeted against the same allotment the day it lands.
 */
function familyPlans(files: readonly PromptFile[]): { plans: ComponentPlan[]; rest: PromptFile[] } {
  const byShape = new Map<string, PromptFile[]>();
  for (const file of files) {
    const segments = file.path.split('/');
    if (file.kind !== 'file' || segments.length < 2) continue;
    const shape = `${segments.slice(0, -2).join('/')}\u0000${segments[segments.length - 1]}`;
    byShape.set(shape, [...(byShape.get(shape) ?? []), file]);
  }
  const plans: ComponentPlan[] = [];
  const grouped = new Set<string>();
  for (const [shape, members] of byShape) {
    if (members.length < MIN_FAMILY) continue;
    const [parent, name] = shape.split('\u0000') as [string, string];
    const parentGlob = parent === '' ? '' : exactGlob(parent);
    const nameGlob = exactGlob(name);
    if (parentGlob === undefined || nameGlob === undefined) continue;
    const folder = parent === '' ? 'the top level' : quotedPath(`${parent}/`);
    plans.push({
      name: `${parent === '' ? '' : `${parent}/`}${name}`,
      files: [`${parentGlob === '' ? '' : `${parentGlob}/`}*/${nameGlob}`],
      paths: members.map((m) => m.path),
      note: `a family of prompts: every ${quotedPath(name)} one folder below ${folder} ({files} today), each budgeted on its own, a new one too`,
      perFile: true,
    });
    for (const member of members) grouped.add(member.path);
  }
  return { plans, rest: files.filter((file) => !grouped.has(file.path)) };
}

/**
 * Finds the prompts, counts them as `check` will (same file list, same formats, same model),
 * and writes budgets.yml. Files that cannot be counted are left out (with `!` globs where a
 * directory's glob would match them) and listed at the end of the file, so check passes today.
 */
export async function initBudgets(reader: RevisionReader, options: InitOptions): Promise<InitResult> {
  checkModel(options.model);
  const found = await discoverPrompts(reader, new Set([options.configPath]));
  const { plans, skipped } = groupPrompts(found.files);
  skipped.unshift(...found.skipped);
  await assignModels(reader, plans, options.model);
  if (plans.length === 0) {
    throw new UserError(
      `No prompt files found${skipped.length > 0 ? ` that can be counted (${skipped.length} skipped: ${skipped.slice(0, 3).map((s) => quotedPath(s.path)).join(', ')}${skipped.length > 3 ? ', ...' : ''})` : ''}`,
      'init looks for agent instructions (AGENTS.md, CLAUDE.md, .cursorrules, .github/copilot-instructions.md), prompts/ directories and .prompt.yml, .prompty, .prompt files. Write budgets.yml by hand for prompts kept elsewhere (see the README).',
    );
  }

  // Count with the loader's own reading of the globs, so the numbers are the ones check gets.
  const draft = readDraft(renderBudgets(plans.map((plan) => ({ ...plan, tokens: 0, maxTokens: Number.MAX_SAFE_INTEGER })), [], options), options.configPath);
  const measured = await checkBudgets(draft, reader, null, { engines: { encodings: countHere, ...(options.vendors && { vendors: options.vendors }) } });
  const components: PlannedComponent[] = [];
  measured.components.forEach((component, i) => {
    const plan = plans[i]!;
    const intended = new Set(plan.paths);
    const exclusions: string[] = [];
    let tokens = 0;
    // check judges an estimate at its upper bound (upperBound in budget/evaluate.ts), so the allotment is set from it.
    let high = 0;
    let counted = 0;
    // A family's allotment is each file's: its largest file's count sets it.
    const add = plan.perFile ? (sum: number, n: number) => Math.max(sum, n) : (sum: number, n: number) => sum + n;
    for (const file of component.head.files) {
      if (!intended.has(file.path) || file.problem !== undefined) {
        exclusions.push(`!${exactGlob(file.path) ?? file.path}`);
        if (file.problem !== undefined && intended.has(file.path)) skipped.push({ path: file.path, reason: file.problem });
        continue;
      }
      tokens = add(tokens, file.tokens);
      high = add(high, file.high ?? file.tokens);
      counted++;
    }
    if (counted === 0) return;
    const paths = plan.paths.filter((path) => !skipped.some((s) => s.path === path));
    components.push({ ...plan, files: [...plan.files, ...exclusions], paths, tokens, ...(high > tokens && { high }), maxTokens: allotmentFor(high, options.headroom) });
  });
  if (components.length === 0) throw new UserError('None of the prompt files found can be counted', `Fix or budget them by hand: ${skipped.map((s) => `${quotedPath(s.path)}: ${oneLine(s.reason, s.path)}`).join('; ')}`);
  skipped.sort((a, b) => compareText(a.path, b.path));
  // An exact count may still have a bound: a chat file's framing estimated for the model (an estimate of the overhead only).
  const inexact = measured.counting.filter((method) => !method.exact);
  const estimates = components.some((c) => c.high !== undefined) ? (inexact.length > 0 ? inexact : measured.counting) : [];
  return { text: renderBudgets(components, skipped, options, estimates), components, skipped, estimates };
}

/** File names that can declare their model (declared-model.ts); other files are not read for it. */
const DECLARING = /(\.prompty|\.prompt|\.prompt\.ya?ml|(^|\/)(claude|claude\.local|gemini)\.md)$/i;

/**
 * Sets each plan's model to the one its files declare (every file the same, and a model the loader
 * knows), when it is not the default. A name the loader does not know is left to the default: a
 * model init cannot count would make a budgets.yml that does not load.
 */
async function assignModels(reader: RevisionReader, plans: ComponentPlan[], defaultModel: string): Promise<void> {
  const paths = plans.flatMap((plan) => plan.paths).filter((path) => DECLARING.test(path));
  if (paths.length === 0) return;
  const contents = await reader.readFiles(paths);
  const known = new Map<string, boolean>();
  const isKnown = (model: string) => known.get(model) ?? known.set(model, knownModel(model)).get(model)!;
  const decoder = new TextDecoder();
  for (const plan of plans) {
    const models = new Set(plan.paths.map((path) => {
      const bytes = contents.get(path);
      return bytes instanceof Uint8Array ? declaredModel(path, decoder.decode(bytes)) : undefined;
    }));
    const [model] = models;
    if (models.size === 1 && model !== undefined && model !== defaultModel && isKnown(model)) plan.model = model;
  }
}

/** Whether the loader knows `model` (from the catalog, or by its family's tokenizer). */
function knownModel(model: string): boolean {
  try {
    parseConfig(`version: 1\ndefaults:\n  model: ${JSON.stringify(model)}\ncomponents:\n  c: {files: a.md, max_tokens: 1}\n`, 'model');
    return true;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}

/**
 * For the header, when counts are estimates: why, and how to get exact ones. The CLI is init's
 * only caller, so the keys are named as it reads them.
 */
function exactCountHint(method: CountingMethod, options: InitOptions): string {
  const t = method.tokenizer;
  const model = t.kind === 'vendor' ? t.model : options.model;
  if (method.exact) return `Their chat files' framing (the tokens each message adds) is estimated for ${options.model}, whose vendor does not publish it.`;
  if (t.kind === 'vendor') {
    const [key, api] = t.vendor === 'anthropic' ? ['ANTHROPIC_API_KEY', "Anthropic's free token-counting API"] : ['GEMINI_API_KEY (or GOOGLE_API_KEY)', "Gemini's countTokens API"];
    return options.vendors?.[t.vendor]
      ? `${api} failed (see the log), so they are estimates; once it answers again, \`npx prompt-budget ratchet\` with ${key} set lowers these allotments to exact counts plus headroom.`
      : `prompt-budget cannot count ${model} offline, and ${key} was not set. For exact counts set it (${api}) and run \`npx prompt-budget ratchet\`: it lowers these allotments to exact counts plus headroom.`;
  }
  return `prompt-budget has no tokenizer for ${options.model}. For exact counts commit the model's tokenizer.json, name it under \`models:\` (see the README, "Other vendors") and run \`npx prompt-budget ratchet\`: it lowers these allotments to exact counts plus headroom.`;
}

/**
 * The draft budgets.yml init counts with, read by the loader. It is init's own text, not a file:
 * should it not load, that is a bug in init, and the message must not point into a budgets.yml
 * the user has not got (nor, with --force, at the one they have).
 */
export function readDraft(text: string, configPath: string): BudgetConfig {
  try {
    return parseConfig(text, configPath);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const problems = (error instanceof UserErrors ? error.errors : [error]).map((e) => `${e.location ? `line ${e.location.line}, column ${e.location.column}: ` : ''}${e.message}`);
    throw new Error(`prompt-budget init wrote a draft of ${quotedPath(configPath)} that it cannot read back (nothing was written): ${problems.join('; ')}`, { cause: error });
  }
}

/**
 * The share of the allotment at which to warn: halfway through the headroom, rounded up. The
 * usual 90% would warn at once: with 10% headroom a component starts at 1/1.1 = 90.9%.
 */
export function warnAtFor(headroom: number): number {
  return Math.min(100, Math.ceil(Number(((100 * (1 + headroom / 2)) / (1 + headroom)).toPrecision(12))));
}

/** A model name the loader does not know fails here, as a usage error, not in generated YAML. */
function checkModel(model: string): void {
  try {
    parseConfig(`version: 1\ndefaults:\n  model: ${JSON.stringify(model)}\ncomponents:\n  c: {files: a.md, max_tokens: 1}\n`, '--model');
  } catch (error) {
    if (!(error instanceof UserErrors || error instanceof UserError)) throw error;
    const first = error instanceof UserErrors ? (error.errors[0] ?? error) : error;
    throw new UserError(`--model ${JSON.stringify(model)}: ${first.message.replace(/^defaults\.model:?\s*/, '')}`, first.hint ?? `Name the model your prompts are sent to, e.g. --model ${DEFAULT_MODEL}.`);
  }
}

/** budgets.yml's text: a header saying how it was made and what to do next, then the components. */
function renderBudgets(components: readonly PlannedComponent[], skipped: readonly Skipped[], options: InitOptions, estimates: readonly CountingMethod[] = []): string {
  const headroom = `${+(options.headroom * 100).toFixed(2)}%`;
  const files = new Set(components.flatMap((c) => c.paths)).size;
  const lines = [
    SCHEMA_MODELINE,
    `# Token budgets for this repository's prompts, checked by prompt-budget.`,
    `# Written by \`prompt-budget init\` (prompt-budget ${options.version}) from the ${files} prompt file${files === 1 ? '' : 's'} it found.`,
    ...wrapComment(
      `Each allotment (max_tokens) is today's count with its model's tokenizer (${options.model}, or the component's own \`model:\`) ` +
        `plus ${headroom} or ${MIN_HEADROOM_TOKENS} tokens, whichever is more, rounded up to two significant digits (3 tokens → 60, 1,234 → 1,400): ` +
        `a tiny prompt can take a one-line edit, a pasted paragraph still fails. So \`prompt-budget check\` passes today, and fails when a prompt grows past its allotment.`,
    ),
    '#',
  ];
  if (estimates.length > 0) {
    lines.push(
      ...wrapComment(
        `Counts marked ≈ are estimates: check judges an estimate at its upper bound, so each of those allotments is the upper bound plus headroom, looser than an exact count would give. ${[...new Set(estimates.map((method) => exactCountHint(method, options)))].join(' ')}`,
      ),
      '#',
    );
  }
  lines.push(
    '# Next:',
    '#   1. Read the components below: rename them, merge or split them, drop what is not a prompt,',
    '#      and set the model each prompt is really sent to (defaults.model, or `model:` per component).',
    '#   2. Run `npx prompt-budget check`, then commit this file.',
    '#   3. Add the prompt-budget action to your pull request workflow (see its README), so every PR',
    '#      shows its token changes and cannot break a budget unnoticed.',
    '#   Later, `npx prompt-budget ratchet` lowers allotments that prompts have shrunk well below.',
    '#',
    '# One component per agent instruction file and per prompt file (each is read or sent whole);',
    '# one per prompts directory, whose glob also budgets files added there later; one `per_file: true`',
    '# component per family (the same file name in many folders), each file budgeted on its own.',
    'version: 1',
    '# A PR that adds or grows a prompt file outside every component fails (`warn` names it and passes).',
    'coverage: { unbudgeted: fail }',
    'defaults:',
    `  model: ${yamlString(options.model)}`,
    `  warn_at: ${warnAtFor(options.headroom)}%            # warn once a component has used about half its headroom`,
    '',
    'components:',
  );
  for (const component of components) {
    const count = `${component.paths.length} file${component.paths.length === 1 ? '' : 's'}`;
    lines.push(`  # ${component.note.replace('{files}', count)}`, `  ${yamlString(component.name)}:`);
    if (component.files.length === 1) lines.push(`    files: ${yamlString(component.files[0]!)}`);
    else lines.push('    files:', ...component.files.map((glob) => `      - ${yamlString(glob)}`));
    if (component.perFile) lines.push('    per_file: true');
    if (component.model !== undefined) lines.push(`    model: ${yamlString(component.model)}${' '.repeat(Math.max(1, 20 - component.model.length))}# ${modelReason(component)}`);
    const today = component.high === undefined ? component.tokens.toLocaleString('en-US') : `≈${component.tokens.toLocaleString('en-US')} (≤${component.high.toLocaleString('en-US')})`;
    const largest = component.perFile ? 'the largest file: ' : '';
    lines.push(`    max_tokens: ${component.maxTokens}${' '.repeat(Math.max(1, 10 - String(component.maxTokens).length))}# ${largest}${today} tokens today + ${headroom} (at least +${MIN_HEADROOM_TOKENS})`);
  }
  if (skipped.length > 0) {
    lines.push('', '# Found but not budgeted, because they cannot be counted as prompts:');
    for (const { path, reason } of skipped) {
      // Reasons name the file themselves ("a.md is binary"); the line already starts with it.
      lines.push(`#   ${quotedPath(path)}: ${oneLine(reason, path)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Why a component has its own model, for the comment beside it. */
function modelReason(component: ComponentPlan): string {
  const name = component.paths[0]!.slice(component.paths[0]!.lastIndexOf('/') + 1).toLowerCase();
  if (name.startsWith('claude')) return 'read by Claude';
  if (name === 'gemini.md') return 'read by Gemini';
  return component.paths.length === 1 ? 'the model the file declares' : 'the model its files declare';
}

/**
 * A reason on one line, for a comment or a message: line breaks as spaces, any other control
 * character escaped, the path it starts with left out (the line already starts with it).
 */
function oneLine(reason: string, path: string): string {
  const own = reason.startsWith(path) ? reason.slice(path.length).replace(/^:?\s*/, '') : reason;
  return escapeControl(own.replace(/\r?\n/g, ' '));
}

/** Text as `# ` comment lines of at most about 100 characters. */
function wrapComment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > 100 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

/** A glob matching exactly this path (special characters in classes: `[*]`), or undefined when none can. */
export function exactGlob(path: string): string | undefined {
  // A control character or line break in a glob would reach budgets.yml and the logs.
  if (hasControl(path)) return undefined;
  const glob = path.replace(/[*?[\]{}()+@]/g, (c) => `[${c}]`);
  const valid = !glob.startsWith('!') && globProblem(glob) === undefined && new Minimatch(glob, { dot: true, nocomment: true, nonegate: true }).match(path);
  return valid ? glob : undefined;
}

/**
 * A component name from a path: `.github/copilot-instructions.md` → `github-copilot-instructions`,
 * `prompts/support` → `prompts-support`, `triage/triage.prompt.yml` → `triage`.
 */
export function componentName(path: string, directory = false): string {
  const withoutExtension = directory ? path : path.replace(/(?<=[^/])(\.prompt)?\.[^./]+$/i, '');
  const words = withoutExtension
    .toLowerCase()
    .split('/')
    .map((segment) => segment.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((segment, i, all) => segment !== '' && segment !== all[i - 1]);
  return words.join('-') || 'prompt';
}

function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
  taken.add(unique);
  return unique;
}

/** A YAML scalar for a string: plain when it reads back as the same string, else double-quoted (JSON's escapes are YAML's). */
function yamlString(text: string): string {
  return /^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/.test(text) && parseYaml(text) === text ? text : escapeControl(JSON.stringify(text));
}
