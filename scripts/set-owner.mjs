// The repository's owner, filled in once. Until the repository has a home its slug is the
// placeholder below, in src/common/home.ts (which every source file imports) and in the files that
// cannot import it: the README, package.json, the schema's $id, the example workflows, the
// SchemaStore entry. This replaces it in exactly those files and says which it changed.
//
//   npm run set-owner -- <owner>     replace the placeholder (then `npm run bundle`, commit)
//   npm run set-owner -- --check     exit 1 listing every listed file that still holds it
//   npm run set-owner -- --list      the listed files, one a line
//
// test/unit/release-scripts.test.ts holds the list to the repository: no tracked file outside it
// (dist/ aside, which is rebuilt from src/) may hold the placeholder.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'prompt-budget';
export const PLACEHOLDER = `OWNER/${NAME}`;

/** The files that may hold the placeholder: paths, and folders whose .yml/.yaml files are listed. */
const FILES = ['src/common/home.ts', 'README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'package.json', 'budgets.schema.json', 'docs/schemastore.md', 'docs/recipes.md'];
const FOLDERS = ['examples/workflows', '.github/workflows'];

/** GitHub's rule for user and organization names: 1 to 39 letters, digits or single inner hyphens. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** The listed files that exist under root, relative to it. */
export function listedFiles(root) {
  const inFolders = FOLDERS.flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => `${folder}/${name}`)
      : [],
  );
  return [...FILES.filter((path) => existsSync(join(root, path))), ...inFolders];
}

/** `path:line` for each line of a listed file that holds the placeholder. */
export function placeholderLines(root) {
  return listedFiles(root).flatMap((path) =>
    readFileSync(join(root, path), 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.includes(PLACEHOLDER) ? [`${path}:${index + 1}`] : [])),
  );
}

/** Replaces the placeholder in every listed file; returns the files changed with their counts. */
export function setOwner(root, owner) {
  const changed = [];
  for (const path of listedFiles(root)) {
    const text = readFileSync(join(root, path), 'utf8');
    const count = text.split(PLACEHOLDER).length - 1;
    if (count === 0) continue;
    writeFileSync(join(root, path), text.replaceAll(PLACEHOLDER, `${owner}/${NAME}`));
    changed.push({ path, count });
  }
  return changed;
}

function main(args) {
  let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const rootAt = args.indexOf('--root');
  if (rootAt >= 0) {
    root = resolve(args[rootAt + 1] ?? '.');
    args = args.filter((_, i) => i !== rootAt && i !== rootAt + 1);
  }
  if (args.length === 1 && args[0] === '--list') {
    for (const path of listedFiles(root)) console.log(path);
    return 0;
  }
  if (args.length === 1 && args[0] === '--check') {
    const left = placeholderLines(root);
    if (left.length === 0) {
      console.log(`set-owner: no ${PLACEHOLDER} placeholder left in the ${listedFiles(root).length} listed files.`);
      return 0;
    }
    console.error(`set-owner: the placeholder ${PLACEHOLDER} is still in:\n${left.map((at) => `  ${at}`).join('\n')}\nRun \`npm run set-owner -- <owner>\` (the GitHub user or organization that owns the repository), then \`npm run bundle\`, and commit.`);
    return 1;
  }
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error('usage: npm run set-owner -- <owner>    replace the placeholder owner\n       npm run set-owner -- --check    exit 1 if it is left anywhere\n       npm run set-owner -- --list     the files it replaces it in');
    return 2;
  }
  const [owner] = args;
  if (!OWNER.test(owner)) {
    console.error(`set-owner: "${owner}" is not a GitHub user or organization name (1 to 39 letters, digits or single hyphens, not at either end).`);
    return 2;
  }
  const changed = setOwner(root, owner);
  if (changed.length === 0) {
    console.error(`set-owner: none of the ${listedFiles(root).length} listed files holds ${PLACEHOLDER}: the owner is set already.`);
    return 1;
  }
  for (const { path, count } of changed) console.log(`  ${path}: ${count} replaced`);
  console.log(`set-owner: ${PLACEHOLDER} → ${owner}/${NAME} in ${changed.length} files. Now run \`npm run bundle\` (dist/ holds the action's hint and init's modeline) and commit.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
