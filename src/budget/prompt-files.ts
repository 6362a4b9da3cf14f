/**
 * Which files are prompts, by their path alone: the rule `init` finds prompts by and `check`
 * finds unbudgeted prompts by (coverage), so the two can never disagree. Pure: a path in, a kind
 * out; the files' contents are read by the callers.
 */
import { fileSelector } from './match-files.js';

export type PromptKind =
  /** An agent instruction file (AGENTS.md, CLAUDE.md, .cursorrules, ...): read whole into every session. */
  | 'agent'
  /** A file in a directory of prompts or rules (prompts/, .github/prompts/, .cursor/rules/, ...). */
  | 'directory'
  /** A prompt file on its own: by format (.prompt.yml, .prompty, .prompt) or by name (system_prompt.md). */
  | 'file';

export interface PromptFile {
  path: string;
  kind: PromptKind;
  /** For `directory`: the directory that holds the prompts (`prompts`, `.cursor/rules`). */
  root?: string;
}

/**
 * Above this a "prompt" is data (a corpus, an export), not text sent on every request. Far below
 * the 16 MB check refuses; a real prompt this large can still be budgeted by hand.
 */
export const MAX_DISCOVERED_BYTES = 1024 * 1024;

/** Instruction files coding agents read whole, by name (lower case), wherever they are. */
const AGENT_FILES = new Set(['agents.md', 'agent.md', 'claude.md', 'claude.local.md', 'gemini.md', 'copilot-instructions.md', '.cursorrules', '.windsurfrules', '.clinerules']);

/** Directories whose text files are prompts or agent rules, as a path suffix (lower case). */
const PROMPT_DIRECTORIES = ['.cursor/rules', '.github/prompts', '.github/instructions', '.github/chatmodes', '.claude/commands', '.claude/agents', '.windsurf/rules', '.clinerules'];
/** A directory named like this anywhere holds prompts. */
const PROMPTS_DIRECTORY_NAME = /^(prompts?|system[-_]?prompts)$/i;

/** What a prompt is written in: text and templates, and the chat formats prompt-budget reads. */
const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.mdc', '.txt', '.text', '.j2', '.jinja', '.jinja2', '.hbs', '.handlebars', '.mustache', '.liquid', '.tmpl', '.tpl']);
const CHAT_EXTENSIONS = new Set(['.json', '.jsonl', '.yaml', '.yml', '.prompty', '.prompt']);
/** Prompt formats known by their name alone, anywhere in the repository. */
const PROMPT_SUFFIXES = ['.prompt.yml', '.prompt.yaml', '.prompty', '.prompt'];
/** A text file's name without its extension, when it says "system prompt": system.md, support-system-prompt.txt, PROMPT.md. */
const PROMPT_STEM = /(^|[-_.])((system|sys)[-_.]?)?prompts?$|(^|[-_.])system$/i;

/** Documentation and repository housekeeping, even inside a prompts directory. */
const NOT_PROMPTS = /^(readme|changelog|changes|license|licence|contributing|code_of_conduct|security|codeowners|notice|authors)(\..*)?$|^\.(gitkeep|keep|gitignore|gitattributes|ds_store)$/i;

/**
 * Directories never searched: dependencies, vendored code, build output, caches and test fixtures.
 * Git already leaves out what .gitignore names; these are what repositories often commit anyway.
 */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules', '.git', 'vendor', 'vendors', 'third_party', 'third-party', 'thirdparty', 'bower_components', 'jspm_packages',
  'dist', 'build', 'out', 'target', 'coverage', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache',
  '.next', '.nuxt', '.svelte-kit', '.cache', '.yarn', '.pnpm-store', 'site-packages', 'pods', 'carthage', '.terraform',
  'fixtures', '__fixtures__', 'testdata', '__snapshots__', '.idea',
]);




/** The kind of prompt a path is by its path alone, or undefined when it is none. */
export function classify(path: string): PromptFile | undefined {
  const segments = path.split('/');
  const name = segments[segments.length - 1]!;
  const lower = name.toLowerCase();
  if (segments.slice(0, -1).some((s) => SKIPPED_DIRECTORIES.has(s.toLowerCase()))) return undefined;
  if (AGENT_FILES.has(lower)) return { path, kind: 'agent' };
  if (NOT_PROMPTS.test(name)) return undefined;
  const extension = extensionOf(lower);
  const textual = TEXT_EXTENSIONS.has(extension);

  const lowerPath = path.toLowerCase();
  const chatOrText = textual || CHAT_EXTENSIONS.has(extension);
  for (const directory of PROMPT_DIRECTORIES) {
    const end = directoryEnd(lowerPath, directory);
    if (end !== undefined && chatOrText) return { path, kind: 'directory', root: path.slice(0, end) };
  }
  const promptsAt = segments.slice(0, -1).findIndex((s) => PROMPTS_DIRECTORY_NAME.test(s));
  if (promptsAt >= 0 && chatOrText) return { path, kind: 'directory', root: segments.slice(0, promptsAt + 1).join('/') };

  if (PROMPT_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return { path, kind: 'file' };
  if (textual && PROMPT_STEM.test(lower.slice(0, lower.length - extension.length))) return { path, kind: 'file' };
  return undefined;
}

/** Where `directory` (a path suffix such as `.cursor/rules`) ends in the path, when the file is inside it. */
function directoryEnd(lowerPath: string, directory: string): number | undefined {
  if (lowerPath.startsWith(`${directory}/`)) return directory.length;
  const at = lowerPath.indexOf(`/${directory}/`);
  return at < 0 ? undefined : at + 1 + directory.length;
}

/** `.md` of `a.prompt.md`; `` for a name without a dot after its first character. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/**
 * What coverage calls a prompt: what `classify` finds, or what the user's `prompts` globs name,
 * and none of the `exclude` globs (compiled once, with components' glob options).
 */
export function promptMatcher(declared: readonly string[] = [], exclude: readonly string[] = []): (path: string) => boolean {
  const declaredMatch = fileSelector(declared);
  const excluded = fileSelector(exclude);
  return (path) => !excluded(path) && (classify(path) !== undefined || declaredMatch(path));
}

/** Code-point order, the same on every machine (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
