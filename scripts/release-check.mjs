// What must be true before a tag is released, checked by the release workflow before it publishes
// anything: the tag is vX.Y.Z and names package.json's version, CHANGELOG.md has that version's
// section, the placeholder owner is gone, and the tag's major is the one the README, the schema URL
// and init's modeline point at (src/common/home.ts). With --npm, also that this npm can publish
// by trusted publishing. Every problem is listed, not only the first.
//
// With --branch (the default branch), also what the release does to npm's `latest` and to the major
// tag, decided by releaseChannel from the repository's release tags and whether the checked-out
// commit is on origin/<branch> (which a tag not on it refuses). Nothing ever moves backwards: a tag
// older than a release of its major (v1.0.3 pushed after v1.1.0, or a re-run of an old release)
// is published under the dist-tag vX.Y-backport and leaves the major tag where it is. The checkout
// must hold the history and the tags (actions/checkout's fetch-depth: 0); a shallow one is refused.
//
//   node scripts/release-check.mjs <tag> [--branch <default branch>] [--npm <npm version>] [--root <dir>]
//
// On success it prints the version and the major tag, and writes them as `version` and `major`
// to $GITHUB_OUTPUT when the runner sets it; with --branch, also `dist-tag` (latest or
// vX.Y-backport), `latest` and `move-major` (true or false).
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseNotes } from './release-notes.mjs';
import { PLACEHOLDER, placeholderLines } from './set-owner.mjs';

/** SemVer's release versions (no pre-release: the workflow's tag filter takes none). */
const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** npm exchanges the workflow's OIDC token for a publish token from this version on. */
export const TRUSTED_PUBLISHING_NPM = '11.5.1';

/** [major, minor, patch] of a version as npm prints it (a missing part is 0). */
function versionParts(version) {
  const parts = version.split('.').map((part) => Number.parseInt(part, 10));
  return [0, 1, 2].map((i) => parts[i] ?? 0);
}

function atLeast(version, minimum) {
  return compareParts(versionParts(version), versionParts(minimum)) >= 0;
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

/** [major, minor, patch] of a release tag, or undefined for any other tag. */
function releaseParts(tag) {
  const match = TAG.exec(tag);
  return match ? match.slice(1, 4).map(Number) : undefined;
}

function compareParts(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * What releasing `tag` does, from the repository's tags (`git tag --list 'v*'`; tags that are not
 * vX.Y.Z, such as the major tag itself, are ignored) and whether its commit is on the default
 * branch. npm's `latest` goes only to the newest release of all; the major tag moves only to the
 * newest of its major. Anything older is published under `vX.Y-backport`, a dist-tag npm accepts
 * (not a version range) that follows that line's newest backport. Pure: the git reading is gitFacts.
 */
export function releaseChannel(tag, { tags, onBranch, branch }) {
  const parts = releaseParts(tag);
  if (!parts) return { problems: [`the tag "${tag}" is not a release tag: it must be v<major>.<minor>.<patch>, as v1.2.3.`] };
  const problems = [];
  if (!onBranch) problems.push(`the commit ${tag} tags is not on ${branch} (origin/${branch}): releases are made from ${branch} only. Delete the tag (git tag -d ${tag} && git push origin :refs/tags/${tag}), merge the change into ${branch}, and tag a commit of ${branch}.`);
  const newer = [...new Set(tags)]
    .map((other) => ({ other, at: releaseParts(other) }))
    .filter(({ at }) => at && compareParts(at, parts) > 0)
    .sort((a, b) => compareParts(a.at, b.at))
    .map(({ other }) => other);
  const latest = newer.length === 0;
  const moveMajor = !newer.some((other) => releaseParts(other)[0] === parts[0]);
  return { problems, distTag: latest ? 'latest' : `v${parts[0]}.${parts[1]}-backport`, latest, moveMajor, newer };
}

/** What releaseChannel needs from the checkout at root: its release tags, and whether HEAD is on origin/<branch>. */
export function gitFacts(root, branch) {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const fetch = 'the release workflow checks out with fetch-depth: 0, which fetches every branch and tag';
  const shallow = git('rev-parse', '--is-shallow-repository');
  if (shallow.status !== 0) return { problems: [`${root} is not a git checkout (git rev-parse: ${shallow.stderr.trim()}).`] };
  if (shallow.stdout.trim() === 'true') return { problems: [`the checkout is shallow, so its tags and ${branch}'s history are incomplete and the release could move the major tag backwards: ${fetch}.`] };
  const list = git('tag', '--list', 'v*');
  if (list.status !== 0) return { problems: [`git tag --list failed: ${list.stderr.trim()}`] };
  const ancestor = git('merge-base', '--is-ancestor', 'HEAD', `refs/remotes/origin/${branch}`);
  if (ancestor.status !== 0 && ancestor.status !== 1) return { problems: [`cannot tell whether the tagged commit is on ${branch}: git merge-base says "${ancestor.stderr.trim()}" (${fetch}; is ${branch} the default branch?).`] };
  return { problems: [], tags: list.stdout.split('\n').filter(Boolean), onBranch: ancestor.status === 0 };
}

function main(args) {
  let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let npmVersion;
  let branch;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--root') root = resolve(args[++i] ?? '.');
    else if (args[i] === '--npm') npmVersion = args[++i] ?? '';
    else if (args[i] === '--branch') branch = args[++i] ?? '';
    else rest.push(args[i]);
  }
  if (rest.length !== 1 || branch === '') {
    console.error('usage: node scripts/release-check.mjs <tag> [--branch <default branch>] [--npm <npm version>] [--root <dir>]');
    return 2;
  }
  const tag = rest[0];
  const { problems, version, major } = checkRelease(root, tag, { npmVersion });
  let channel;
  if (branch !== undefined && version !== undefined) {
    const facts = gitFacts(root, branch);
    channel = facts.problems.length > 0 ? facts : releaseChannel(tag, { ...facts, branch });
    problems.push(...channel.problems);
  }
  if (problems.length > 0) {
    console.error(`release-check: ${tag} cannot be released:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  }
  const outputs = { version, major };
  let says = `its major tag is ${major}`;
  if (channel) {
    Object.assign(outputs, { 'dist-tag': channel.distTag, latest: channel.latest, 'move-major': channel.moveMajor });
    const newer = channel.newer.join(', ');
    says = `${channel.latest ? 'npm dist-tag latest' : `npm dist-tag ${channel.distTag}, as ${newer} ${channel.newer.length === 1 ? 'is' : 'are'} newer`}; ${channel.moveMajor ? `it moves ${major}` : `${major} stays on ${channel.newer.filter((other) => other.startsWith(`${major}.`)).at(-1)}`}`;
  }
  console.log(`release-check: ${tag} is ready: package.json ${version}, its CHANGELOG.md section, no placeholder owner; ${says}.`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
