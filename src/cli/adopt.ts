/**
 * `prompt-budget init` and `prompt-budget ratchet`: the CLI's adapters around src/adopt. They
 * find the repository, read and write budgets.yml, and print; the decisions are in src/adopt.
 */
import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from './args.js';
import packageJson from '../../package.json' with { type: 'json' };
import type { RevisionReader } from '../budget/revision.js';
import { tooLarge } from '../budget/text.js';
import { MAX_PROMPT_BYTES } from '../common/prompt-size.js';
import { checkRepository, MAX_CONFIG_BYTES } from '../run/check-repository.js';
import { countingApisFromEnv, type CountingApis } from '../run/vendor-apis.js';
import { parsePercent } from '../config/quantity.js';
import { UserError } from '../common/errors.js';
import { readInRepository, refusalText, writeInRepository } from '../files/confined.js';
import { repositoryRoot } from '../git/repository.js';
import { worktreeRevision } from '../git/worktree.js';
import { SKIPPED_DIRECTORIES } from '../adopt/discover.js';
import { DEFAULT_MODEL, initBudgets } from '../adopt/init.js';
import { DEFAULT_HEADROOM } from '../budget/allotment.js';
import { ratchetBudgets, ratchetCounts } from '../adopt/ratchet.js';
import { logLine, print } from './output.js';

type Exit = 0 | 1 | 2;

export async function init(args: string[]): Promise<Exit> {
  const { values } = parse(() =>
    parseArgs({
      args,
      strict: true,
      options: {
        config: { type: 'string', default: 'budgets.yml' },
        model: { type: 'string', default: DEFAULT_MODEL },
        headroom: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'count-cache': { type: 'string' },
      },
    }),
  );
  const cwd = process.cwd();
  const target = resolve(cwd, values.config);
  const shown = values.config;
  const root = await repositoryRoot(cwd).catch(() => undefined);
  // A git repository is read as check reads head (what .gitignore leaves); any other directory by walking it.
  const reader = root ? worktreeRevision(root, { label: 'working tree' }) : walkedRevision(cwd);
  const base = root ?? cwd;
  const headroom = readHeadroom(values.headroom);
  const configPath = repositoryPath(base, target, shown);
  if (!values['dry-run'] && !values.force && (await lstat(target).then(() => true, () => false))) {
    throw new UserError(`${shown} already exists; init does not overwrite it`, 'Pass --force to replace it, --dry-run to print what init would write, or run `prompt-budget ratchet` to lower the allotments it has.');
  }
  const apis = await countingApis(values['count-cache']);
  const result = await initBudgets(reader, {
    model: values.model,
    headroom,
    configPath,
    version: packageJson.version,
    vendors: apis.vendors,
  });
  await apis.save();
  if (values['dry-run']) {
    print(result.text);
    return 0;
  }
  await writeInRepository(base, configPath, result.text);
  const files = result.components.reduce((sum, c) => sum + c.paths.length, 0);
  print(
    `Wrote ${shown}: ${result.components.length} component${result.components.length === 1 ? '' : 's'} over ${files} prompt file${files === 1 ? '' : 's'}` +
      `${result.skipped.length > 0 ? ` (${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} found but not countable, listed at its end)` : ''}.\n` +
      `Next: read it, then \`npx prompt-budget check\` and commit it.\n`,
  );
  return 0;
}

export async function ratchet(args: string[]): Promise<Exit> {
  const { values } = parse(() =>
    parseArgs({
      args,
      strict: true,
      options: {
        config: { type: 'string', default: 'budgets.yml' },
        headroom: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'count-cache': { type: 'string' },
      },
    }),
  );
  const headroom = readHeadroom(values.headroom);
  const configPath = values.config;
  // Counted as check counts: an estimate is never lowered from (ratchetCounts), so without the
  // keys check uses, a Claude or Gemini component could never be ratcheted.
  const apis = await countingApis(values['count-cache']);
  const { report } = await checkRepository({ cwd: process.cwd(), configPath, head: { label: 'working tree' }, log: logLine, vendors: apis.vendors });
  await apis.save();
  const root = await repositoryRoot(process.cwd());
  const inRepository = repositoryPath(root, resolve(process.cwd(), configPath), configPath);
  const read = await readInRepository(root, inRepository, MAX_CONFIG_BYTES);
  if ('refused' in read) throw new UserError(refusalText(configPath, read.refused), 'Point --config at the budgets file, a regular file inside the repository.');
  const text = new TextDecoder().decode(read.bytes);
  const result = ratchetBudgets(text, ratchetCounts(report.components), headroom);

  const out: string[] = [];
  for (const change of result.lowered) {
    out.push(
      `${configPath}:${change.line}: ${change.name}: ${change.from.toLocaleString('en-US')} → ${change.to.toLocaleString('en-US')} (${change.tokens.toLocaleString('en-US')} tokens today + ${formatShare(headroom)})`,
      `-${change.before}`,
      `+${change.after}`,
    );
  }
  // Names come from budgets.yml, so from the PR: never at the start of a line, where a CI log
  // would read `::warning::…` as a workflow command (print shows control characters as escapes).
  for (const { name, reason } of result.skipped) out.push(`left alone: ${name}: ${reason}`);
  if (result.lowered.length === 0) out.push(`No allotment in ${configPath} is well below its component's count + ${formatShare(headroom)}; nothing to lower.`);
  else if (values['dry-run']) out.push(`Dry run: ${configPath} not changed; without --dry-run, ${result.lowered.length} allotment${result.lowered.length === 1 ? '' : 's'} would be lowered.`);
  else {
    await writeInRepository(root, inRepository, result.text);
    out.push(`Lowered ${result.lowered.length} allotment${result.lowered.length === 1 ? '' : 's'} in ${configPath}.`);
  }
  print(`${out.join('\n')}\n`);
  return 0;
}


/** The vendors' counting APIs from the keys in the environment, as `check` reads them. */
function countingApis(cacheFile: string | undefined): Promise<CountingApis> {
  return countingApisFromEnv(cacheFile, logLine);
}

/** `target` as a path inside `root` with forward slashes; budgets.yml outside its repository is refused. */
function repositoryPath(root: string, target: string, shown: string): string {
  const inside = relative(root, target).split(sep).join('/');
  if (inside === '' || inside === '..' || inside.startsWith('../') || isAbsolute(inside)) {
    throw new UserError(`${shown} is outside the repository ${root}`, 'Keep budgets.yml in the repository it budgets.');
  }
  return inside;
}

/** `--headroom 20%`: room above today's count, as a fraction. */
function readHeadroom(text: string | undefined): number {
  if (text === undefined) return DEFAULT_HEADROOM;
  const percent = parsePercent(text);
  if (percent === undefined || percent > 1000) throw new UserError(`--headroom ${JSON.stringify(text)} is not a percentage from 0% to 1000%`, 'Give the room above today\'s count as a percentage, e.g. --headroom 20%.');
  return percent / 100;
}

function formatShare(fraction: number): string {
  return `${+(fraction * 100).toFixed(2)}%`;
}

/** A directory that is not a git repository, as a revision: every file below it, minus the skipped directories. */
function walkedRevision(root: string): RevisionReader {
  return {
    revision: { label: 'working tree' },
    async listFiles() {
      const paths: string[] = [];
      const walk = async (directory: string): Promise<void> => {
        for (const entry of await readdir(join(root, directory), { withFileTypes: true })) {
          const path = directory === '' ? entry.name : `${directory}/${entry.name}`;
          if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name.toLowerCase())) await walk(path);
          else if (entry.isFile()) paths.push(path);
        }
      };
      await walk('');
      return paths;
    },
    async readFiles(paths) {
      // One at a time: init reads only the few files that look like prompts.
      const contents = new Map<string, Uint8Array | UserError>();
      for (const path of paths) {
        const read = await readInRepository(root, path, MAX_PROMPT_BYTES);
        contents.set(path, 'bytes' in read ? read.bytes : read.refused.kind === 'too-large' ? tooLarge(path, read.refused.bytes) : new UserError(refusalText(path, read.refused)));
      }
      return contents;
    },
  };
}
