/**
 * The workflows users copy (README, examples/workflows, our own .github/workflows) must be
 * copy-paste correct: valid YAML, every action at its current major with inputs it has, and every
 * input and output of prompt-budget they use must exist. The release workflow is held to what
 * CONTRIBUTING.md says it does, with no more permission than each job needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_REF } from '../../src/common/home.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
/** Known actions → current major and input names, from their action.yml (see its $comment). */
const known = JSON.parse(read('test/fixtures/actions.json')) as Record<string, { major: string; inputs: string[] }>;

interface Step {
  id?: string;
  if?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: string;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

/** Our action: by its published ref, or checked out and run from a local path (`./`, `./.prompt-budget`). */
const isOurs = (uses: string | undefined) => uses === ACTION_REF || (uses ?? '').startsWith('./');

const yamlFiles = (folder: string): [string, string][] =>
  readdirSync(new URL(folder, root))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file): [string, string] => [`${folder}${file}`, read(`${folder}${file}`)]);
const readmeBlocks = [...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i): [string, string] => [`README.md yaml block ${i + 1}`, m[1]!]);

// The README's whole workflows (its blocks with jobs:), numbered in order; step snippets are not.
const readmeWorkflows = readmeBlocks.map(([, text]) => text).filter((text) => /^jobs:/m.test(text)).map((text, i): [string, string] => [`README.md workflow ${i + 1}`, text]);
const workflows: [string, string][] = [...yamlFiles('examples/workflows/'), ...yamlFiles('.github/workflows/'), ...readmeWorkflows];
/** Every file and README block that may name an action: whole workflows and the README's step fragments. */
const withSteps: [string, string][] = [...yamlFiles('examples/workflows/'), ...yamlFiles('.github/workflows/'), ...readmeBlocks];

/** Every mapping with a `uses:` key, wherever it sits (a workflow's steps, or a README fragment's list). */
function stepsIn(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(stepsIn);
  if (node === null || typeof node !== 'object') return [];
  const here = 'uses' in node && typeof node.uses === 'string' ? [node as Step] : [];
  return [...here, ...Object.values(node).flatMap(stepsIn)];
}

describe('workflows', () => {
  it('finds the README example, the fork pair and our own', () => {
    expect(workflows.map(([name]) => name)).toEqual(expect.arrayContaining(['examples/workflows/prompt-budget.yml', 'examples/workflows/prompt-budget-comment.yml', '.github/workflows/prompt-budget.yml', 'README.md workflow 1']));
  });

  it.each(workflows)('%s uses only inputs and outputs prompt-budget has', (_, text) => {
    const workflow = parse(text) as Workflow;
    expect(workflow.jobs).toBeTypeOf('object');
    for (const job of Object.values(workflow.jobs)) {
      const ours = job.steps.filter((step) => isOurs(step.uses));
      for (const step of ours) for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `input ${input}`).toContain(input);
      const ids = new Set(ours.map((step) => step.id).filter(Boolean));
      for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (ids.has(id)) expect(Object.keys(action.outputs), `output ${output}`).toContain(output);
      }
    }
  });

  it('finds every action the README and the workflow files name', () => {
    const uses = withSteps.flatMap(([, text]) => stepsIn(parse(text)).map((step) => step.uses));
    expect(uses).toEqual(expect.arrayContaining([ACTION_REF, './', 'actions/checkout@v7', 'actions/setup-node@v7', 'actions/upload-artifact@v7', 'actions/download-artifact@v8', 'actions/github-script@v9']));
  });

  it.each(withSteps)('%s names known actions at their current major, with inputs they have', (_, text) => {
    for (const step of stepsIn(parse(text))) {
      const uses = step.uses!;
      const inputs = isOurs(uses)
        ? Object.keys(action.inputs)
        : (() => {
            const [name = '', ref = ''] = uses.split('@');
            expect(Object.keys(known), `${uses}: not in test/fixtures/actions.json (add it with its action.yml's inputs)`).toContain(name);
            expect(ref, `${uses}: the current major of ${name} is ${known[name]?.major}`).toBe(known[name]?.major);
            return known[name]?.inputs ?? [];
          })();
      for (const input of Object.keys(step.with ?? {})) expect(inputs, `${uses} has no input ${input}`).toContain(input);
    }
  });

  it.each(withSteps)('%s passes expressions to run: through env:, never pasted into the shell', (_, text) => {
    for (const step of stepsIn(parse(text)).concat(Object.values((parse(text) as Partial<Workflow>).jobs ?? {}).flatMap((job) => job.steps ?? []))) {
      if (step.run !== undefined) expect(step.run, step.name ?? step.run).not.toContain('${{');
    }
  });

  it('the fork poster takes the PR from the event, reads the artifact as text, and runs nothing from the PR', () => {
    const text = read('examples/workflows/prompt-budget-comment.yml');
    const workflow = parse(text) as Workflow;
    expect(workflow.on).toEqual({ workflow_run: { workflows: ['prompt-budget'], types: ['completed'] } });
    expect(workflow.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.map((step) => step.uses)).toEqual(['actions/download-artifact@v8', 'actions/github-script@v9']);
    expect(text).not.toMatch(/actions\/checkout/);
    // github-script v9 runs @actions/github 9, which is ESM-only: require() of it fails, and the
    // script context injects getOctokit, which a const or let of the same name would break.
    const script = String(steps[1]?.with?.script);
    expect(script).toContain('github.rest.');
    expect(script).not.toMatch(/require\(\s*['"]@actions\/github['"]\s*\)/);
    expect(script).not.toMatch(/\b(const|let|var)\s+(\{[^}]*\bgetOctokit\b[^}]*\}|getOctokit\b)/);
    expect(text).toContain('context.payload.workflow_run');
    // The check's workflow writes the artifact through the environment, never by ${{ }} in a script.
    const check = read('examples/workflows/prompt-budget.yml');
    expect(check).not.toMatch(/run:.*\$\{\{\s*steps\.budget\.outputs/);
    expect((parse(check) as Workflow).permissions).toEqual({ contents: 'read' });
  });
});

describe('examples/CODEOWNERS', () => {
  const text = read('examples/CODEOWNERS');
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pattern = '', ...owners] = line.split(/\s+/);
      return { line, pattern, owners };
    });

  it("is in GitHub's CODEOWNERS syntax: a path pattern and its owners on each line", () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const { line, pattern, owners } of rules) {
      // GitHub ignores a line it cannot parse; these are what it does not support.
      expect(pattern, line).not.toMatch(/^!|[[\]]|\\#/);
      expect(owners.length, line).toBeGreaterThan(0);
      for (const owner of owners) expect(owner, line).toMatch(/^(@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/);
    }
  });

  it("names the budgets file the action reads by default, and the README shows the same rule", () => {
    const config = String((action.inputs.config as { default?: string }).default);
    expect(config).toBe('budgets.yml');
    // A leading / anchors a pattern at the repository root, as in .gitignore.
    const budgets = rules.find(({ pattern }) => pattern === `/${config}`);
    expect(budgets?.owners).toEqual(['@acme/prompt-owners']);
    const readme = read('README.md');
    const block = /```text\n# \.github\/CODEOWNERS\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.trim().split(/\s+/)).toEqual(budgets?.line.split(/\s+/));
    expect(readme).toContain('**Require review from Code Owners**');
    expect(readme).toContain('[`examples/CODEOWNERS`](examples/CODEOWNERS)');
  });
});

/** GitHub's filter pattern (tags:, branches:) as a regular expression over the whole ref name. */
function filterPattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '[') {
      const end = pattern.indexOf(']', i);
      source += pattern.slice(i, end + 1);
      i = end;
    } else if (c === '*') source += pattern[i + 1] === '*' ? (i++, '.*') : '[^/]*';
    else if (c === '+' || c === '?') source += c;
    else source += c.replace(/[.\\^$|(){}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

describe('.github/workflows/release.yml', () => {
  const text = read('.github/workflows/release.yml');
  const workflow = parse(text) as Workflow;
  const { verify, publish, release } = workflow.jobs;
  const runs = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run ?? '').join('\n');
  const stepRunning = (job: Job | undefined, pattern: RegExp) => job?.steps.find((step) => pattern.test(step.run ?? ''));

  it('runs on a version tag, and on nothing else', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    const tag = filterPattern('v[0-9]+.[0-9]+.[0-9]+');
    for (const name of ['v1.2.3', 'v0.1.0', 'v10.20.30']) expect(name).toMatch(tag);
    for (const name of ['v1', 'v1.2', 'v1.2.3-rc.1', '1.2.3', 'v1.2.3.4', 'va.b.c']) expect(name).not.toMatch(tag);
  });

  it('gives each job only the permission it needs, and the workflow none by default', () => {
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.jobs)).toEqual(['verify', 'publish', 'release']);
    // The tests run the whole dependency tree: with a read-only token.
    expect(verify?.permissions).toEqual({ contents: 'read' });
    // npm's trusted publishing and provenance need the job's OIDC token; nothing else may mint one.
    expect(publish?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    // The release and the major tag write to the repository; this job runs no npm code.
    expect(release?.permissions).toEqual({ contents: 'write' });
    expect(runs(release)).not.toMatch(/\bnpm\b|\.ci\/run/);
    expect(runs(publish)).not.toMatch(/\.ci\/run|npm (ci|install|run)\b/);
    for (const job of [verify, publish]) for (const step of job!.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(step.with?.['persist-credentials']).toBe(false);
    expect(publish?.needs).toBe('verify');
    expect(release?.needs).toEqual(['verify', 'publish']);
  });

  it('checks the tag, package.json, the CHANGELOG and the owner before CI, then CI, then packs', () => {
    const order = verify!.steps.map((step) => step.run ?? step.uses ?? '');
    const at = (pattern: RegExp) => order.findIndex((entry) => pattern.test(entry));
    expect(at(/^node scripts\/release-check\.mjs "\$TAG" --branch "\$BRANCH"$/)).toBeGreaterThan(at(/^actions\/setup-node@/));
    expect(at(/^bash \.ci\/run$/)).toBeGreaterThan(at(/release-check/));
    expect(at(/npm pack --pack-destination "\$RUNNER_TEMP\/package"/)).toBeGreaterThan(at(/^bash \.ci\/run$/));
    expect(at(/^actions\/upload-artifact@/)).toBeGreaterThan(at(/npm pack/));
    // The last setup is the Node the job runs on (an earlier one provides the oldest Node, as in ci.yml).
    const setup = verify!.steps.findLast((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toEqual({ 'node-version-file': '.node-version' });
    const check = stepRunning(verify, /release-check/);
    expect(check?.env).toEqual({ TAG: '${{ github.ref_name }}', BRANCH: '${{ github.event.repository.default_branch }}' });
    expect(verify?.outputs).toEqual({ version: `\${{ steps.${check?.id}.outputs.version }}`, major: `\${{ steps.${check?.id}.outputs.major }}` });
    expect(stepRunning(verify, /npm pack/)?.run).toContain('cp budgets.schema.json "$RUNNER_TEMP/package/"');
  });

  it('checks out the whole history and every tag wherever release-check decides latest, backport or refusal', () => {
    // A shallow checkout would list only the pushed tag, and every release would look like the newest.
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const check = stepRunning(job, /release-check/);
      expect(check?.run, name).toMatch(/^node scripts\/release-check\.mjs "\$TAG" --branch "\$BRANCH"( |$)/);
      expect(check?.env, name).toEqual({ TAG: '${{ github.ref_name }}', BRANCH: '${{ github.event.repository.default_branch }}' });
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(job.steps.indexOf(checkout!), name).toBeLessThan(job.steps.indexOf(check!));
      expect(String(checkout?.with?.['fetch-depth']), name).toBe('0');
    }
  });

  it('publishes the packed tarball with provenance, by trusted publishing or the NPM_TOKEN secret, latest only when release-check says so', () => {
    const setup = publish!.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toEqual({ 'node-version-file': '.node-version', 'registry-url': 'https://registry.npmjs.org' });
    const check = stepRunning(publish, /release-check/);
    expect(check?.run).toBe('node scripts/release-check.mjs "$TAG" --branch "$BRANCH" --npm "$(npm --version)"');
    const step = stepRunning(publish, /npm publish/);
    expect(publish!.steps.indexOf(check!)).toBeLessThan(publish!.steps.indexOf(step!));
    // latest without --tag, so that npm's own refusal of an implicit latest below a published version still holds.
    expect(step?.run?.trim().split('\n').map((line) => line.trim())).toEqual([
      'if [ "$DIST_TAG" = latest ]; then',
      'npm publish "$TARBALL" --provenance --access public',
      'else',
      'npm publish "$TARBALL" --provenance --access public --tag "$DIST_TAG"',
      'fi',
    ]);
    expect(step?.env).toEqual({ TARBALL: 'package/prompt-budget-${{ needs.verify.outputs.version }}.tgz', NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}', DIST_TAG: `\${{ steps.${check?.id}.outputs.dist-tag }}` });
    const download = publish!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toEqual({ name: 'package', path: 'package' });
  });

  it("creates the GitHub release with the version's CHANGELOG section, the tarball and the schema, then moves the major tag", () => {
    const notes = stepRunning(release, /release-notes/);
    expect(notes?.run).toBe('node scripts/release-notes.mjs "$VERSION" > "$RUNNER_TEMP/notes.md"');
    expect(notes?.env).toEqual({ VERSION: '${{ needs.verify.outputs.version }}' });
    const create = stepRunning(release, /gh release create/);
    expect(create?.run).toMatch(/^gh release create "\$TAG" "\$TARBALL" package\/budgets\.schema\.json .*--notes-file "\$RUNNER_TEMP\/notes\.md"/);
    expect(create?.run).toContain('--verify-tag');
    // A backport is not GitHub's latest release either (GitHub makes a new release latest by default).
    expect(create?.run).toMatch(/ --latest="\$LATEST"$/);
    const check = stepRunning(release, /release-check/);
    expect(release!.steps.indexOf(check!)).toBeLessThan(release!.steps.indexOf(create!));
    expect(create?.env).toEqual({ GH_TOKEN: '${{ github.token }}', TAG: '${{ github.ref_name }}', TARBALL: 'package/prompt-budget-${{ needs.verify.outputs.version }}.tgz', LATEST: `\${{ steps.${check?.id}.outputs.latest }}` });
    const move = stepRunning(release, /git push/);
    expect(move?.run?.trim().split('\n')).toEqual(['git tag --force "$MAJOR" "$GITHUB_SHA"', 'git push --force origin "refs/tags/$MAJOR"']);
    expect(move?.env).toEqual({ MAJOR: '${{ needs.verify.outputs.major }}' });
    // Decided in this job, so a re-run of an old release's job, once a newer one exists, leaves the tag.
    expect(move?.if).toBe(`steps.${check?.id}.outputs.move-major == 'true'`);
    // The tag moves last: after npm has the version and the release exists.
    expect(release!.steps.indexOf(move!)).toBe(release!.steps.length - 1);
  });
});
