/**
 * The README's reference sections list what the action and the CLI take: every input (with the
 * default action.yml gives it) and output in its tables, and every command line of `--help` in
 * its CLI block, so a new input or flag cannot ship undocumented.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** The rows of the table under a `### heading`: first cell (unquoted) → second cell. */
function tableUnder(heading: string): Map<string, string> {
  const section = readme.split(`\n### ${heading}\n`)[1]?.split(/\n#{2,3} /)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(rows.map((row) => row.split(' | ').map((cell) => cell.replace(/^\|?\s*`?|`?\s*\|?$/g, ''))).map(([name = '', second = '']) => [name, second]));
}

describe('the README reference', () => {
  it('has a row for every input of action.yml, with its default, and no row for an input it lacks', () => {
    const rows = tableUnder('Inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default && !input.default.startsWith('${{')) expect(rows.get(name), name).toBe(input.default);
    }
  });

  it('has a row for every output of action.yml', () => {
    expect([...tableUnder('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it("shows each command line of the CLI's --help in its CLI block", () => {
    const help = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(help.status).toBe(0);
    const commands = help.stdout.split('\n').filter((line) => /^ {2}prompt-budget [a-z]+ /.test(line)).map((line) => line.trim().replace(/^prompt-budget /, ''));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    const block = /\n## CLI\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const documented = block.split('\n').filter(Boolean).map((line) => line.replace(/^npx prompt-budget /, ''));
    expect(documented).toEqual(commands);
  });
});
