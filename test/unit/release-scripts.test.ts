/**
 * The scripts the release workflow runs (scripts/release-notes.mjs, release-check.mjs,
 * set-owner.mjs), through their command lines as the workflow calls them, on fixtures and on
 * temporary copies of the repository's files; and the schema's one URL, which the SchemaStore entry
 * (docs/schemastore.md), the schema's $id and init's modeline must all name.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseChannel } from '../../scripts/release-check.mjs';
import { SCHEMA_MODELINE } from '../../src/adopt/init.js';
import { MAJOR_TAG, SCHEMA_URL } from '../../src/common/home.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/release');
/** The placeholder owner the scripts replace and refuse: data here, fed to them. */
const PLACEHOLDER = 'OWNER/prompt-budget';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prompt-budget-release-'));
  temps.push(dir);
  return dir;
}

function script(name: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', name), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A message for a person: no stack trace. */
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('scripts/release-notes.mjs', () => {
  const changelog = join(FIXTURES, 'CHANGELOG.md');
  const lines = readFileSync(changelog, 'utf8').split('\n');
  /** The fixture's lines strictly between two headings, without blank lines at either end. */
  const between = (from: string, to: string) => {
    const body = lines.slice(lines.indexOf(from) + 1, lines.indexOf(to));
    while (body[0] === '') body.shift();
    while (body.at(-1) === '') body.pop();
    return `${body.join('\n')}\n`;
  };

  it("prints a version's section, its ### subsections included, up to the next version", () => {
    const result = script('release-notes.mjs', ['1.2.0', changelog]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(between('## 1.2.0', '## [1.1.0] - 2026-11-02'));
    expect(result.stdout).toContain('### Fixed');
    expect(result.stdout).not.toContain('1.1.0');
  });

  it('finds a heading in brackets with a date, and the last section of the file', () => {
    expect(script('release-notes.mjs', ['1.1.0', changelog]).stdout).toBe(between('## [1.1.0] - 2026-11-02', '## 1.0.1'));
    const last = script('release-notes.mjs', ['1.0.0', changelog]);
    expect(last.status).toBe(0);
    expect(last.stdout).toBe(`${lines.slice(lines.indexOf('## 1.0.0') + 1).join('\n').trim()}\n`);
  });

  it('does not take a version for another that starts with it', () => {
    const result = script('release-notes.mjs', ['1.2', changelog]);
    expect(result.status).toBe(1);
  });

  it('fails clearly when the version has no section, naming the sections there are', () => {
    const result = script('release-notes.mjs', ['1.3.0', changelog]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('has no section for 1.3.0: add a "## 1.3.0" heading');
    expect(result.stderr).toContain('Sections found: Unreleased, 1.2.0, 1.1.0, 1.0.1, 1.0.0.');
    noStack(result.stderr);
  });

  it('fails on an empty section, with its line', () => {
    const result = script('release-notes.mjs', ['1.0.1', changelog]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`CHANGELOG.md:${lines.indexOf('## 1.0.1') + 1}: the "## 1.0.1" section is empty`);
  });

  it("extracts this repository's next release once its Unreleased section is renamed, as CONTRIBUTING says", () => {
    const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(text).toMatch(/^## Unreleased$/m);
    const renamed = join(tempDir(), 'CHANGELOG.md');
    writeFileSync(renamed, text.replace(/^## Unreleased$/m, '## 1.0.0'));
    const result = script('release-notes.mjs', ['1.0.0', renamed]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
    expect(text).toContain(result.stdout.trim());
    // The notes are about the release they become: nothing in them still speaks of an unreleased state.
    expect(result.stdout).not.toMatch(/\bunreleased\b|\b(published|released) yet\b/i);
  });
});

/** A checkout ready to release `version`: package.json, CHANGELOG.md and the home module, owner set. */
function releasable(version: string, { owner = 'acme', major = MAJOR_TAG, changelog = `# Changelog\n\n## ${version}\n\n- Something.\n` } = {}) {
  const root = tempDir();
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'prompt-budget', version, repository: { type: 'git', url: `git+https://github.com/${owner}/prompt-budget.git` } }));
  writeFileSync(join(root, 'CHANGELOG.md'), changelog);
  mkdirSync(join(root, 'src/common'), { recursive: true });
  const home = readFileSync(join(ROOT, 'src/common/home.ts'), 'utf8').replaceAll(PLACEHOLDER, `${owner}/prompt-budget`).replace(/MAJOR_TAG = 'v\d+'/, `MAJOR_TAG = '${major}'`);
  writeFileSync(join(root, 'src/common/home.ts'), home);
  return root;
}

describe('scripts/release-check.mjs', () => {
  const major = Number(MAJOR_TAG.slice(1));
  const version = `${major}.4.2`;

  it('passes a checkout ready for the tag, and writes the version and major tag for the next jobs', () => {
    const root = releasable(version);
    const output = join(root, 'github-output');
    writeFileSync(output, '');
    const result = script('release-check.mjs', [`v${version}`, '--root', root, '--npm', '11.5.1'], { GITHUB_OUTPUT: output });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`version=${version}\nmajor=${MAJOR_TAG}\n`);
  });

  it('lists every problem: the version, the CHANGELOG, the owner, the major, npm', () => {
    const root = releasable(`${major}.4.1`, { owner: 'OWNER', major: `v${major + 1}`, changelog: '# Changelog\n\n## Unreleased\n\n- Something.\n' });
    const result = script('release-check.mjs', [`v${version}`, '--root', root, '--npm', '10.9.4']);
    expect(result.status).toBe(1);
    const problems = result.stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(problems).toHaveLength(5);
    expect(result.stderr).toContain(`package.json:version is "${major}.4.1", the tag v${version} says ${version}`);
    expect(result.stderr).toContain(`CHANGELOG.md has no section for ${version}`);
    expect(result.stderr).toMatch(new RegExp(`${PLACEHOLDER} is still in src/common/home\\.ts:\\d+, package\\.json:1: run \`npm run set-owner`));
    expect(result.stderr).toContain(`would move ${MAJOR_TAG}, but the README, the schema URL and init's modeline point at v${major + 1}`);
    expect(result.stderr).toContain('npm 10.9.4 cannot publish by trusted publishing (it needs 11.5.1 or later');
    noStack(result.stderr);
  });

  it('refuses a tag that is not vX.Y.Z', () => {
    const root = releasable(version);
    for (const tag of [version, `v${version}-rc.1`, `v${major}.04.2`, `v${major}.4`]) {
      const result = script('release-check.mjs', [tag, '--root', root]);
      expect(result.status, tag).toBe(1);
      expect(result.stderr, tag).toContain(`the tag "${tag}" is not a release tag`);
    }
  });

  it('takes a newer npm, and checks npm only when asked', () => {
    const root = releasable(version);
    expect(script('release-check.mjs', [`v${version}`, '--root', root, '--npm', '11.12.0']).status).toBe(0);
    expect(script('release-check.mjs', [`v${version}`, '--root', root, '--npm', '12.0.0']).status).toBe(0);
    expect(script('release-check.mjs', [`v${version}`, '--root', root, '--npm', '11.5.0']).status).toBe(1);
    expect(script('release-check.mjs', [`v${version}`, '--root', root]).status).toBe(0);
  });
});

/**
 * What a tag does to npm's `latest` and to the major tag, decided from the repository's tags (as
 * `git tag --list 'v*'` prints them, the tag itself included) and whether its commit is on the
 * default branch. Never backwards: users of @v1 and `npm install` get the newest release.
 */
describe('releaseChannel: latest, or a backport that moves nothing back', () => {
  const decide = (tag: string, tags: string[], onBranch = true) => releaseChannel(tag, { tags, onBranch, branch: 'main' });

  it('makes the newest release latest and moves its major tag', () => {
    expect(decide('v1.1.0', ['v1.0.0', 'v1.0.1', 'v1.1.0'])).toEqual({ problems: [], distTag: 'latest', latest: true, moveMajor: true, newer: [] });
    // The first release: its own tag is the only one.
    expect(decide('v1.0.0', ['v1.0.0'])).toMatchObject({ distTag: 'latest', moveMajor: true });
  });

  it('gives a tag older than a release of its major a backport dist-tag, and leaves the major tag', () => {
    // v1.0.3 pushed after v1.1.0.
    expect(decide('v1.0.3', ['v1.0.0', 'v1.0.2', 'v1.1.0', 'v1.0.3'])).toEqual({ problems: [], distTag: 'v1.0-backport', latest: false, moveMajor: false, newer: ['v1.1.0'] });
    // A re-run of an old release's workflow, once newer ones exist.
    expect(decide('v1.0.0', ['v1.0.0', 'v1.0.1', 'v1.2.0'])).toMatchObject({ distTag: 'v1.0-backport', moveMajor: false, newer: ['v1.0.1', 'v1.2.0'] });
  });

  it('compares versions as numbers, not as text', () => {
    expect(decide('v1.10.0', ['v1.9.9', 'v1.10.0'])).toMatchObject({ latest: true, moveMajor: true });
    expect(decide('v1.9.9', ['v1.9.9', 'v1.10.0'])).toMatchObject({ latest: false, moveMajor: false, newer: ['v1.10.0'] });
    expect(decide('v1.0.9', ['v1.0.9', 'v1.0.10'])).toMatchObject({ distTag: 'v1.0-backport', moveMajor: false });
  });

  it('ignores tags that are not releases: the major tag itself, pre-releases, others', () => {
    expect(decide('v1.1.0', ['v1', 'v2', 'v1.2', 'v1.2.0-rc.1', 'v1.3.0.1', 'vnext', 'v01.5.0', 'v1.1.0'])).toMatchObject({ latest: true, moveMajor: true, newer: [] });
  });

  it("moves a major's own tag when it is the newest of that major, but leaves latest to a newer major", () => {
    expect(decide('v1.5.0', ['v1.4.0', 'v2.0.0', 'v1.5.0'])).toEqual({ problems: [], distTag: 'v1.5-backport', latest: false, moveMajor: true, newer: ['v2.0.0'] });
  });

  it('refuses a commit that is not on the default branch, saying what to do', () => {
    const result = decide('v1.1.0', ['v1.1.0'], false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('the commit v1.1.0 tags is not on main (origin/main)');
    expect(result.problems[0]).toContain('git push origin :refs/tags/v1.1.0');
    expect(releaseChannel('v1.1.0', { tags: ['v1.1.0'], onBranch: false, branch: 'trunk' }).problems[0]).toContain('not on trunk (origin/trunk)');
  });

  it('gives dist-tags npm takes: never a SemVer range, never latest for a backport', () => {
    for (const [tag, tags] of [['v1.0.3', ['v1.1.0']], ['v3.12.0', ['v3.12.0', 'v3.12.1']]] as const) {
      const { distTag } = decide(tag, [...tags, tag]);
      expect(distTag).not.toBe('latest');
      // npm refuses a tag that could be read as a version range (npm's own check, test/e2e/release.test.ts runs it).
      expect(distTag).not.toMatch(/^v?\d+(\.\d+){0,2}$/);
    }
  });
});

describe('scripts/set-owner.mjs', () => {
  const listed = script('set-owner.mjs', ['--list']).stdout.trim().split('\n');

  /** A copy of the listed files, and a package.json with the fields that name the repository. */
  function copy(): string {
    const root = tempDir();
    for (const path of listed) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      cpSync(join(ROOT, path), join(root, path));
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    const home = `https://github.com/${PLACEHOLDER}`;
    writeFileSync(join(root, 'package.json'), `${JSON.stringify({ ...pkg, repository: { type: 'git', url: `git+${home}.git` }, homepage: `${home}#readme`, bugs: { url: `${home}/issues` } }, null, 2)}\n`);
    return root;
  }
  const holding = (root: string) => listed.filter((path) => readFileSync(join(root, path), 'utf8').includes(PLACEHOLDER));
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('lists the files that name the repository', () => {
    expect(listed).toEqual(expect.arrayContaining(['src/common/home.ts', 'README.md', 'package.json', 'budgets.schema.json', 'docs/schemastore.md', 'examples/workflows/prompt-budget.yml', '.github/workflows/release.yml']));
  });

  it('replaces the placeholder in every listed file that holds it, says which, and --check passes after, not before', () => {
    const root = copy();
    const before = Object.fromEntries(listed.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
    const holders = holding(root);
    expect(holders).toContain('package.json');

    const check = script('set-owner.mjs', ['--check', '--root', root]);
    expect(check.status).toBe(1);
    for (const path of holders) expect(check.stderr).toContain(`  ${path}:`);
    expect(check.stderr.split('\n').filter((line) => line.startsWith('  ')).length).toBe(listed.reduce((sum, path) => sum + before[path]!.split('\n').filter((line) => line.includes(PLACEHOLDER)).length, 0));

    const result = script('set-owner.mjs', ['acme-labs', '--root', root]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim().split(':')[0])).toEqual(holders);
    for (const path of listed) {
      const after = readFileSync(join(root, path), 'utf8');
      expect(after, path).toBe(before[path]!.replaceAll(PLACEHOLDER, 'acme-labs/prompt-budget'));
      expect(result.stdout).toContain(holders.includes(path) ? `  ${path}: ${count(before[path]!, PLACEHOLDER)} replaced` : '');
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository: { url: string }; bugs: { url: string } };
    expect(pkg.repository.url).toBe('git+https://github.com/acme-labs/prompt-budget.git');
    expect(pkg.bugs.url).toBe('https://github.com/acme-labs/prompt-budget/issues');

    expect(script('set-owner.mjs', ['--check', '--root', root]).status).toBe(0);
    const again = script('set-owner.mjs', ['someone-else', '--root', root]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('the owner is set already');
  });

  it('tolerates a package.json without repository fields', () => {
    const root = copy();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    delete pkg.repository;
    delete pkg.homepage;
    delete pkg.bugs;
    writeFileSync(join(root, 'package.json'), JSON.stringify(pkg));
    const result = script('set-owner.mjs', ['acme', '--root', root]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('package.json');
    expect(script('set-owner.mjs', ['--check', '--root', root]).status).toBe(0);
  });

  it('refuses a name GitHub would not take, and changes nothing', () => {
    const root = copy();
    for (const owner of ['-acme', 'acme-', 'ac--me', 'acme/other', 'a'.repeat(40), '']) {
      const result = script('set-owner.mjs', [owner, '--root', root]);
      expect(result.status, owner).toBe(2);
      noStack(result.stderr);
    }
    expect(holding(root)).toEqual(holding(copy()));
  });
});

describe('the schema URL', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'budgets.schema.json'), 'utf8')) as { $id: string; $schema: string };
  const doc = readFileSync(join(ROOT, 'docs/schemastore.md'), 'utf8');

  it('is one URL: the schema $id, the modeline init writes and the SchemaStore entry', () => {
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(SCHEMA_MODELINE).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    const entry = JSON.parse(blocks[0]!) as Record<string, unknown>;
    expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
    expect(entry.url).toBe(schema.$id);
    expect(entry.url).toBe(SCHEMA_MODELINE.split('$schema=')[1]);
    expect(entry.name).toBeTypeOf('string');
    expect(entry.description).toBeTypeOf('string');
    // SchemaStore refuses generic names such as budgets.yml; the modeline matches files instead.
    expect(entry.fileMatch).toEqual([]);
    expect(doc).toContain(`\n  ${SCHEMA_MODELINE}\n`);
  });

  it('names the major tag the release moves, and a draft SchemaStore supports', () => {
    expect(SCHEMA_URL).toMatch(new RegExp(`^https://raw\\.githubusercontent\\.com/[^/]+/prompt-budget/${MAJOR_TAG}/budgets\\.schema\\.json$`));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});
