/**
 * One Node for the action and its tests: `.node-version` names the major that action.yml's
 * `runs.using` runs the action on, CI sets it up from that file, and `.ci/run` runs the tests on it,
 * with the bundle run on the oldest Node package.json promises as well.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { enginesFloor, INSTALLED_NODE24, NODE_MAJOR, ROOT } from '../e2e/node-choice.js';

const read = (path: string) => readFileSync(new URL(path, new URL('../../', import.meta.url)), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; scripts: Record<string, string>; devDependencies: Record<string, string> };

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('the Node the action and the tests run on', () => {
  const major = read('.node-version').trim();

  it(".node-version's major is action.yml's runs.using, the one `npm run node24` installs, and the tests' choice", () => {
    expect(major).toMatch(/^\d+$/);
    const using = (parse(read('action.yml')) as { runs: { using: string } }).runs.using;
    expect(using).toBe(`node${major}`);
    expect(pkg.scripts.node24).toMatch(new RegExp(`\\snode-linux-x64@${major}\\.\\d+\\.\\d+$`));
    expect(String(NODE_MAJOR)).toBe(major);
  });

  it("the bundle targets the oldest Node package.json promises, and the types are that Node's", () => {
    const oldest = enginesFloor(pkg.engines.node).split('.')[0];
    expect(read('scripts/bundle.mjs')).toMatch(new RegExp(`^\\s*target: 'node${oldest}',$`, 'm'));
    // Types of a newer Node would let code use what the oldest lacks.
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^${oldest}\\.`));
  });

  // Every job that runs .ci/run (CI's, and the release's verify job): on GitHub CI=true, so a job
  // without the oldest Node would fail its e2e tests.
  const ciJobs = ['.github/workflows/ci.yml', '.github/workflows/release.yml'].flatMap((file) =>
    Object.entries((parse(read(file)) as { jobs: Record<string, { steps: Step[] }> }).jobs)
      .filter(([, job]) => job.steps.some((step) => step.run === 'bash .ci/run'))
      .map(([name, job]): [string, Step[]] => [`${file} ${name}`, job.steps]),
  );

  it('finds the jobs that run .ci/run', () => {
    expect(ciJobs.map(([name]) => name)).toEqual(['.github/workflows/ci.yml test', '.github/workflows/release.yml verify']);
  });

  it.each(ciJobs)('%s sets up .node-version last, after the engines floor it passes to the tests as the oldest Node', (_, jobSteps) => {
    const steps = jobSteps.slice(0, jobSteps.findIndex((step) => step.run === 'bash .ci/run') + 1);
    const setups = steps.map((step, i) => ({ step, i })).filter(({ step }) => step.uses?.startsWith('actions/setup-node@'));
    expect(setups.map(({ step }) => step.uses)).toEqual(['actions/setup-node@v7', 'actions/setup-node@v7']);
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.uses).toBe('actions/checkout@v7');
    const [oldest, current] = setups;
    expect(oldest!.step.with?.['node-version']).toBe(enginesFloor(pkg.engines.node));
    expect(current!.step.with?.['node-version-file']).toBe('.node-version');
    // The oldest Node's path is kept before the second setup puts Node 24 first on PATH.
    const keep = steps.findIndex((step) => /PROMPT_BUDGET_NODE_OLDEST=\$\(command -v node\).*GITHUB_ENV/.test(step.run ?? ''));
    expect(keep).toBeGreaterThan(oldest!.i);
    expect(keep).toBeLessThan(current!.i);
    expect(steps.at(-1)?.run).toBe('bash .ci/run');
  });

  it('.ci/run runs the tests on .node-version, putting Node 24 first on PATH on an older machine and keeping that machine\'s Node as the oldest', () => {
    const lines = read('.ci/run').split('\n');
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    const test = at(/^npm test\b/);
    const want = at(/^want=\$\(cut -d\. -f1 \.node-version\)$/);
    const bin = INSTALLED_NODE24.slice(ROOT.length).replace(/\/node$/, '');
    const path = lines.findIndex((line) => line.trim() === `export PATH="$PWD/${bin}:$PATH"`);
    const oldest = at(/^\s*export PROMPT_BUDGET_NODE_OLDEST="\$\{PROMPT_BUDGET_NODE_OLDEST:-\$\(command -v node\)\}"$/);
    // The guard that stops the run when the tests would not be on .node-version's major: the same
    // test as the switch to Node 24 above it, once more after the switch.
    const check = /^if \[ "\$\(node -p 'process\.versions\.node\.split\("\."\)\[0\]'\)" != "\$want" \]; then$/;
    const guard = lines.map((line, i) => (check.test(line) ? i : -1)).filter((i) => i > path)[0] ?? -1;
    for (const [name, index] of Object.entries({ want, path, oldest, guard })) expect(index, `${name} before npm test`).toBeGreaterThanOrEqual(0);
    expect(want).toBeLessThan(path);
    expect(oldest).toBeLessThan(path);
    expect(path).toBeLessThan(guard);
    expect(guard).toBeLessThan(test);
    expect(lines.slice(path + 1, test).some((line) => /\bPATH=/.test(line)), 'nothing resets PATH before the tests').toBe(false);
  });
});
