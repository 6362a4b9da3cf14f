/**
 * Loads the tokenizer.json files budgets.yml names, from the checkout. The ruler is the head's:
 * base and head are both counted with the tokenizer as the PR leaves it, so a delta is a change
 * in the prompts, not in the ruler. Beside it, tokenizer_config.json supplies the special tokens
 * and chat_template.jinja (or the config, or a processor's chat_template.json) the chat template.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { BudgetConfig } from './config/types.js';
import { UserError, type SourceLocation } from './errors.js';
import { loadHuggingFaceTokenizer, type HuggingFaceTokenizer, type TokenizerFiles } from './tokenize/huggingface.js';

/** The largest tokenizer.json we know of (Gemma 3's) is 33 MB; far beyond that is not one. */
const MAX_TOKENIZER_BYTES = 64 * 1024 * 1024;

export async function loadTokenizerFiles(root: string, config: BudgetConfig): Promise<Map<string, HuggingFaceTokenizer>> {
  const uses = new Map<string, BudgetConfig['components'][number]>();
  for (const component of config.components) {
    if (component.tokenizer.kind === 'huggingface' && !uses.has(component.tokenizer.path)) uses.set(component.tokenizer.path, component);
  }
  const loaded = new Map<string, HuggingFaceTokenizer>();
  for (const [path, component] of uses) {
    // Every error points at where the path is written (UserError puts budgets.yml:line:col first).
    const at = component.tokenizerLocation ?? component.location;
    const where = `components.${component.declaredName}: tokenizer ${path}`;
    try {
      loaded.set(path, await loadTokenizerFile(path, (file) => readInside(root, file, file === path ? where : `${where}: ${file}`, at)));
    } catch (error) {
      if (error instanceof NoTokenizerFile) {
        throw new UserError(`${where}: no such file`, "Commit the model's tokenizer.json (from its Hugging Face repository) at that path, relative to the repository root.", at);
      }
      // The file's own problem ("models/x/tokenizer.json is not valid JSON"), said from where budgets.yml uses it.
      if (error instanceof UserError && !error.location) throw new UserError(`components.${component.declaredName}: tokenizer ${error.message}`, error.hint, at);
      throw error;
    }
  }
  return loaded;
}

class NoTokenizerFile extends Error {}

/** The files beside a tokenizer.json that its chat template and special tokens come from. */
export const BESIDE = { tokenizerConfigJson: 'tokenizer_config.json', chatTemplate: 'chat_template.jinja', chatTemplateJson: 'chat_template.json' } as const;

/**
 * A tokenizer.json and the files beside it, read with `read` (undefined for a file that does not
 * exist). The one loader of the action and the CLI, so both read the same files.
 */
export async function loadTokenizerFile(path: string, read: (file: string) => Promise<string | undefined>): Promise<HuggingFaceTokenizer> {
  const tokenizerJson = await read(path);
  if (tokenizerJson === undefined) throw new NoTokenizerFile(path);
  const files: TokenizerFiles = { tokenizerJson };
  for (const [key, name] of Object.entries(BESIDE) as [keyof typeof BESIDE, string][]) {
    const text = await read(join(dirname(path), name));
    if (text !== undefined) files[key] = text;
  }
  return loadHuggingFaceTokenizer(files, path);
}

/** Reads files from disk for the CLI: a missing tokenizer.json is a UserError naming it. */
export async function loadTokenizerFileFromDisk(path: string): Promise<HuggingFaceTokenizer> {
  const read = (file: string) =>
    readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw new UserError(`${file}: ${error.message}`, 'Pass the path of a Hugging Face tokenizer.json.');
    });
  try {
    return await loadTokenizerFile(path, read);
  } catch (error) {
    if (error instanceof NoTokenizerFile) throw new UserError(`${path}: no such file`, 'Pass the path of a Hugging Face tokenizer.json.');
    throw error;
  }
}

/** A file's text when it exists inside the repository (symbolic links followed only inside). */
async function readInside(root: string, path: string, where: string, at: SourceLocation): Promise<string | undefined> {
  const full = join(root, path);
  const real = await realpath(full).catch(() => undefined);
  if (real === undefined) return undefined;
  const inside = relative(await realpath(root), real);
  if (inside.startsWith(`..${sep}`) || inside === '..') {
    throw new UserError(`${where}: leads outside the repository`, 'Commit the tokenizer file itself inside the repository.', at);
  }
  const info = await stat(real);
  if (!info.isFile()) throw new UserError(`${where}: is not a file`, 'Point `tokenizer:` at the tokenizer.json file itself.', at);
  if (info.size > MAX_TOKENIZER_BYTES) {
    throw new UserError(`${where}: is ${info.size.toLocaleString('en-US')} bytes, more than any tokenizer.json (at most 64 MB)`, 'Point `tokenizer:` at the Hugging Face tokenizer.json of the model.', at);
  }
  return readFile(real, 'utf8');
}
