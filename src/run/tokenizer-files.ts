/**
 * Loads the tokenizer.json files budgets.yml names, from the checkout. The ruler is the head's:
 * base and head are both counted with the tokenizer as the PR leaves it, so a delta is a change
 * in the prompts, not in the ruler. Beside it, tokenizer_config.json supplies the special tokens
 * and chat_template.jinja (or the config, or a processor's chat_template.json) the chat template.
 */
import { dirname, join } from 'node:path';
import type { BudgetConfig } from '../config/types.js';
import { UserError, type SourceLocation } from '../common/errors.js';
import { readInRepository, readRegularFile, refusalText } from '../files/confined.js';
import { isLfsPointer } from '../budget/text.js';
import { BESIDE } from '../tokenize/huggingface/files.js';
import { loadHuggingFaceTokenizer, type HuggingFaceTokenizer, type TimeLimits, type TokenizerFiles } from '../tokenize/huggingface/tokenizer-json.js';

/** The largest tokenizer.json we know of (Gemma 3's) is 33 MB; far beyond that is not one. */
const MAX_TOKENIZER_BYTES = 64 * 1024 * 1024;

/** How a repository file is read: from the working tree (readInRepository) or, for `--staged`, the index. */
export type RepositoryRead = typeof readInRepository;

export async function loadTokenizerFiles(root: string, config: BudgetConfig, readFile: RepositoryRead = readInRepository): Promise<Map<string, HuggingFaceTokenizer>> {
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
      loaded.set(path, await loadTokenizerFile(path, (file) => readInside(readFile, root, file, file === path ? where : `${where}: ${file}`, at)));
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

/**
 * A tokenizer.json and the files beside it, read with `read` (undefined for a file that does not
 * exist). The one loader of the action and the CLI, so both read the same files.
 */
export async function loadTokenizerFile(path: string, read: (file: string) => Promise<string | undefined>, timeLimits?: Partial<TimeLimits>): Promise<HuggingFaceTokenizer> {
  const tokenizerJson = await read(path);
  if (tokenizerJson === undefined) throw new NoTokenizerFile(path);
  const files: TokenizerFiles = { tokenizerJson };
  for (const [key, name] of Object.entries(BESIDE) as [keyof typeof BESIDE, string][]) {
    const text = await read(join(dirname(path), name));
    if (text !== undefined) files[key] = text;
  }
  return loadHuggingFaceTokenizer(files, path, timeLimits);
}

/** Reads files from disk for the CLI (named by its user, not a PR): a missing tokenizer.json is a UserError naming it. */
export async function loadTokenizerFileFromDisk(path: string, timeLimits?: Partial<TimeLimits>): Promise<HuggingFaceTokenizer> {
  const read = async (file: string) => {
    const result = await readRegularFile(file, MAX_TOKENIZER_BYTES);
    if ('bytes' in result) return new TextDecoder().decode(result.bytes);
    if (result.refused.kind === 'missing') return undefined;
    throw new UserError(refusalText(file, result.refused, 'more than any tokenizer.json (at most 64 MB)'), 'Pass the path of a Hugging Face tokenizer.json.');
  };
  try {
    return await loadTokenizerFile(path, read, timeLimits);
  } catch (error) {
    if (error instanceof NoTokenizerFile) throw new UserError(`${path}: no such file`, 'Pass the path of a Hugging Face tokenizer.json.');
    throw error;
  }
}

/** A file's text when it exists: a regular file inside the repository, outside .git/ (see files/confined). */
async function readInside(readFile: RepositoryRead, root: string, path: string, where: string, at: SourceLocation): Promise<string | undefined> {
  const read = await readFile(root, path, MAX_TOKENIZER_BYTES);
  if ('bytes' in read) {
    if (isLfsPointer(read.bytes)) throw new UserError(`${where} is a Git LFS pointer, not the file: its content was not fetched`, 'Check out with LFS (actions/checkout with `lfs: true`), or commit the file itself.', at);
    return new TextDecoder().decode(read.bytes);
  }
  const { refused } = read;
  if (refused.kind === 'missing') return undefined;
  const hint = refused.kind === 'too-large' ? 'Point `tokenizer:` at the Hugging Face tokenizer.json of the model.' : refused.kind === 'not-a-file' ? 'Point `tokenizer:` at the tokenizer.json file itself.' : 'Commit the tokenizer file itself inside the repository.';
  throw new UserError(refusalText(where, refused, 'more than any tokenizer.json (at most 64 MB)'), hint, at);
}
