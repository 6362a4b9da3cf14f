// What must be true before a tag is released, checked by the release workflow before it publishes
// anything: the tag is vX.Y.Z and names package.json's version, CHANGELOG.md has that version's
// section, the placeholder owner is gone, and the tag's major is the one the README, the schema URL
// and init's modeline point at (src/common/home.ts). With --npm, also that this npm can publish
// by trusted publishing. Every problem is listed, not only the first.
//
//   node scripts/release-check.mjs <tag> [--npm <npm version>] [--root <dir>]
//
// On success it prints the version and the major tag, and writes them as `version` and `major`
// to $GITHUB_OUTPUT when the runner sets it.
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseNotes } from './release-notes.mjs';
import { PLACEHOLDER, placeholderLines } from './set-owner.mjs';

/** SemVer's release versions (no pre-release: the workflow's tag filter takes none). */
const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** npm exchanges the workflow's OIDC token for a publish token from this version on. */
export const TRUSTED_PUBLISHING_NPM = '11.5.1';

function atLeast(version, minimum) {
  const a = version.split('.').map((part) => Number.parseInt(part, 10));
  const b = minimum.split('.').map((part) => Number.parseInt(part, 10));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > b[i];
  return true;
}

/** The problems that stop the release of `tag` from the checkout at root, with the version and major tag. */
export function checkRelease(root, tag, { npmVersion } = {}) {
  const problems = [];
  const match = TAG.exec(tag);
  if (!match) return { problems: [`the tag "${tag}" is not a release tag: it must be v<major>.<minor>.<patch>, as v1.2.3.`] };
  const version = tag.slice(1);
  const major = `v${match[1]}`;

  const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (packageVersion !== version) problems.push(`package.json:version is "${packageVersion}", the tag ${tag} says ${version}: set the version (npm version ${version} --no-git-tag-version), commit, and tag that commit.`);

  try {
    releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  } catch (error) {
    problems.push(error.message);
  }

  const left = placeholderLines(root);
  if (left.length > 0) problems.push(`the placeholder owner ${PLACEHOLDER} is still in ${left.join(', ')}: run \`npm run set-owner -- <owner>\`, then \`npm run bundle\`, and commit.`);

  const home = readFileSync(join(root, 'src/common/home.ts'), 'utf8');
  const pinned = /export const MAJOR_TAG = '(v\d+)'/.exec(home)?.[1];
  if (pinned !== major) problems.push(`the tag ${tag} would move ${major}, but the README, the schema URL and init's modeline point at ${pinned ?? 'no major'} (src/common/home.ts MAJOR_TAG): release a ${pinned ?? 'v1'}.x.y version, or change MAJOR_TAG with the docs in the same commit.`);

  if (npmVersion !== undefined && !atLeast(npmVersion, TRUSTED_PUBLISHING_NPM)) problems.push(`npm ${npmVersion} cannot publish by trusted publishing (it needs ${TRUSTED_PUBLISHING_NPM} or later): set .node-version to 24, whose current releases ship it.`);

  return { problems, version, major };
}

function main(args) {
  let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let npmVersion;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--root') root = resolve(args[++i] ?? '.');
    else if (args[i] === '--npm') npmVersion = args[++i] ?? '';
    else rest.push(args[i]);
  }
  if (rest.length !== 1) {
    console.error('usage: node scripts/release-check.mjs <tag> [--npm <npm version>] [--root <dir>]');
    return 2;
  }
  const { problems, version, major } = checkRelease(root, rest[0], { npmVersion });
  if (problems.length > 0) {
    console.error(`release-check: ${rest[0]} cannot be released:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  }
  console.log(`release-check: ${rest[0]} is ready: package.json ${version}, its CHANGELOG.md section, no placeholder owner; it moves ${major}.`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `version=${version}\nmajor=${major}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
