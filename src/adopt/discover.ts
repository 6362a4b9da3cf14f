/**
 * Which files of a repository are prompts, for `prompt-budget init`. Pure: it takes the file list
 * and a reader (the same RevisionReader `check` reads head with), so what init finds is exactly
 * what check will see, and tests can hand it an in-memory repository.
 */
import type { RevisionReader } from '../budget/revision.js';
import { decodePrompt } from '../budget/text.js';
import { asProblem } from '../errors.js';
import { escapeControl, hasControl } from '../format.js';

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

export interface Skipped {
  path: string;
  reason: string;
}

export interface Discovery {
  files: PromptFile[];
  /** Files that look like prompts but are not budgeted, and why. */
  skipped: Skipped[];
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


/**
 * A path as init writes it into a comment or a message: as is when that reads unambiguously, else
 * JSON-quoted with every control character and line separator escaped (`"x\ncomponents: {}"`),
 * so it stays on its line.
 */
export function quotedPath(path: string): string {
  if (!hasControl(path) && !/^\s|\s$|^"/.test(path) && path !== '') return path;
  return escapeControl(JSON.stringify(path));
}


/** The files among `paths` that are prompts by their path alone, and of which kind. */
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
 * The repository's prompt files: those `classify` accepts, minus any that are too large, binary
 * or not text (listed in `skipped` with the reason). `ignore` leaves out paths such as the
 * budgets file itself.
 */
export async function discoverPrompts(reader: RevisionReader, ignore: ReadonlySet<string> = new Set()): Promise<Discovery> {
  const candidates = (await reader.listFiles())
    .filter((path) => !ignore.has(path))
    .map(classify)
    .filter((file): file is PromptFile => file !== undefined)
    .sort((a, b) => compareText(a.path, b.path));
  const files: PromptFile[] = [];
  const skipped: Skipped[] = [];
  const safe = candidates.filter((file) => {
    if (!hasControl(file.path)) return true;
    skipped.push({ path: file.path, reason: 'its name holds a control character or a line break, which budgets.yml and logs cannot show as is; rename it, or budget it by hand' });
    return false;
  });
  const contents = await reader.readFiles(safe.map((file) => file.path));
  for (const file of safe) {
    const bytes = contents.get(file.path);
    if (bytes === undefined) continue;
    if (!(bytes instanceof Uint8Array)) {
      skipped.push({ path: file.path, reason: bytes.message });
    } else if (bytes.length > MAX_DISCOVERED_BYTES) {
      skipped.push({ path: file.path, reason: `${bytes.length.toLocaleString('en-US')} bytes: too large to be a prompt sent whole (over 1 MB); budget it by hand if it is one` });
    } else {
      const text = asProblem(() => decodePrompt(bytes, file.path));
      if (typeof text === 'string') files.push(file);
      else skipped.push({ path: file.path, reason: text.message });
    }
  }
  return { files, skipped };
}

/** Code-point order, the same on every machine (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
