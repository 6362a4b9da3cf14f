// The release notes of one version: its section of CHANGELOG.md, which the release workflow puts
// on the GitHub release. A version without a section (or with an empty one) is an error, so a tag
// cannot go out with notes nobody wrote.
//
//   node scripts/release-notes.mjs <version> [CHANGELOG.md]    the section's body, on stdout
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A level-2 heading: `## 1.2.3`, `## [1.2.3]`, either followed by a date or a link. */
const HEADING = /^## +\[?([^\]\s]+)\]?(?:[ \t].*)?$/;

/** The names of the changelog's sections, in order (`Unreleased`, `1.2.3`, ...). */
export function changelogVersions(changelog) {
  return changelog.split('\n').flatMap((line) => HEADING.exec(line.trimEnd())?.slice(1, 2) ?? []);
}

/**
 * The body of `## <version>` up to the next level-2 heading, without blank lines at either end.
 * Throws an Error whose message says what to add when there is none, or it is empty.
 */
export function releaseNotes(changelog, version, file = 'CHANGELOG.md') {
  const lines = changelog.split('\n').map((line) => line.replace(/\r$/, ''));
  const start = lines.findIndex((line) => HEADING.exec(line.trimEnd())?.[1] === version);
  if (start < 0) {
    const found = changelogVersions(changelog);
    throw new Error(`${file} has no section for ${version}: add a "## ${version}" heading (rename "## Unreleased" when releasing it) above what changed. Sections found: ${found.length > 0 ? found.join(', ') : 'none'}.`);
  }
  const next = lines.findIndex((line, index) => index > start && HEADING.test(line.trimEnd()));
  const body = lines.slice(start + 1, next < 0 ? lines.length : next);
  while (body.length > 0 && body[0].trim() === '') body.shift();
  while (body.length > 0 && body.at(-1).trim() === '') body.pop();
  if (body.length === 0) throw new Error(`${file}:${start + 1}: the "## ${version}" section is empty: say what changed in ${version}.`);
  return body.join('\n');
}

function main(args) {
  const [version, file = 'CHANGELOG.md'] = args;
  if (!version || args.length > 2) {
    console.error('usage: node scripts/release-notes.mjs <version> [CHANGELOG.md]');
    return 2;
  }
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`release-notes: cannot read ${file}: ${error.code ?? error.message}`);
    return 1;
  }
  try {
    process.stdout.write(`${releaseNotes(text, version, file)}\n`);
    return 0;
  } catch (error) {
    console.error(`release-notes: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
