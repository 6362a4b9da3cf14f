/**
 * The workflows users copy (README, examples/workflows, our own .github/workflows) must be
 * copy-paste correct: valid YAML, and every input and output of prompt-budget they use must exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const isOurs = (uses: string | undefined) => uses === './' || /^OWNER\/prompt-budget@v\d+$/.test(uses ?? '');

const workflows: [string, string][] = [
  ...readdirSync(new URL('examples/workflows/', root)).map((file): [string, string] => [`examples/workflows/${file}`, read(`examples/workflows/${file}`)]),
  ...readdirSync(new URL('.github/workflows/', root)).map((file): [string, string] => [`.github/workflows/${file}`, read(`.github/workflows/${file}`)]),
  // The README's whole workflows (its blocks with jobs:), numbered in order; step snippets are not.
  ...[...read('README.md').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((text) => /^jobs:/m.test(text))
    .map((text, i): [string, string] => [`README.md workflow ${i + 1}`, text]),
];

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

  it('the fork poster takes the PR from the event, reads the artifact as text, and runs nothing from the PR', () => {
    const text = read('examples/workflows/prompt-budget-comment.yml');
    const workflow = parse(text) as Workflow;
    expect(workflow.on).toEqual({ workflow_run: { workflows: ['prompt-budget'], types: ['completed'] } });
    expect(workflow.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.map((step) => step.uses)).toEqual(['actions/download-artifact@v8', 'actions/github-script@v9']);
    expect(text).not.toMatch(/actions\/checkout/);
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
