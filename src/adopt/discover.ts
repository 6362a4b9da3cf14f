/**
 * Which files of a repository are prompts, for `prompt-budget init`. Pure: it takes the file list
 * and a reader (the same RevisionReader `check` reads head with), so what init finds is exactly
 * what check will see, and tests can hand it an in-memory repository. The rule itself (which
 * paths are prompts) is the core's, src/budget/prompt-files.ts, which check's coverage uses too.
 */
import type { RevisionReader } from '../budget/revision.js';
import { classify, compareText, MAX_DISCOVERED_BYTES, type PromptFile } from '../budget/prompt-files.js';
import { decodePrompt } from '../budget/text.js';
import { asProblem } from '../common/errors.js';
import { escapeControl, hasControl } from '../common/format.js';

export { classify, compareText, MAX_DISCOVERED_BYTES, SKIPPED_DIRECTORIES, type PromptFile, type PromptKind } from '../budget/prompt-files.js';

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
 * A path as init writes it into a comment or a message: as is when that reads unambiguously, else
 * JSON-quoted with every control character and line separator escaped (`"x\ncomponents: {}"`),
 * so it stays on its line.
 */
export function quotedPath(path: string): string {
  if (!hasControl(path) && !/^\s|\s$|^"/.test(path) && path !== '') return path;
  return escapeControl(JSON.stringify(path));
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
