/**
 * The choice of the Nodes the hostile batteries run the bundle on: Node 24 and the oldest the CLI
 * promises, each named by its version, and on CI neither may be missing.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NODE_BINARIES } from './node-binaries.js';
import { chooseNodeBinaries, INSTALLED_NODE24, type NodeSetting } from './node-choice.js';

const ENGINES = '>=20.19';
const OLD = '/opt/node-20/bin/node';

/** A machine whose binaries answer the versions given; any other path does not run. */
function setting(here: string, env: NodeSetting['env'], versions: Record<string, string> = {}): NodeSetting {
  return { here: { path: `/here/node-${here}`, version: here }, env, engines: ENGINES, versionOf: (path) => versions[path] };
}

describe('chooseNodeBinaries', () => {
  it("on this machine's Node 20 with .node24/ installed: Node 24, then Node 20 as the oldest, each named by its version", () => {
    const { binaries, missing } = chooseNodeBinaries(setting('20.20.2', {}, { [INSTALLED_NODE24]: '24.22.3' }));
    expect(binaries).toEqual([
      { name: 'node 24.22.3', path: INSTALLED_NODE24, version: '24.22.3' },
      { name: 'node 20.20.2 (oldest supported)', path: '/here/node-20.20.2', version: '20.20.2' },
    ]);
    expect(missing).toEqual([]);
  });

  it('with the tests on Node 24 (as .ci/run runs them): that Node, and the oldest from PROMPT_BUDGET_NODE_OLDEST', () => {
    const { binaries } = chooseNodeBinaries(setting('24.1.0', { CI: 'true', PROMPT_BUDGET_NODE_OLDEST: OLD }, { [OLD]: '20.19.0' }));
    expect(binaries.map((b) => [b.name, b.path])).toEqual([
      ['node 24.1.0', '/here/node-24.1.0'],
      ['node 20.19.0 (oldest supported)', OLD],
    ]);
  });

  it('on CI, a missing oldest Node is a failure that says how to pass it', () => {
    expect(() => chooseNodeBinaries(setting('24.1.0', { CI: 'true' }))).toThrow(/missing: the oldest Node the CLI promises, 20\.19 \(set PROMPT_BUDGET_NODE_OLDEST/);
  });

  it('on CI, a missing Node 24 is a failure that names npm run node24', () => {
    expect(() => chooseNodeBinaries(setting('20.19.0', { CI: 'true' }))).toThrow(/missing: Node 24 \(`npm run node24`/);
  });

  it('off CI, a missing one is reported, and the other is tested', () => {
    const on24 = chooseNodeBinaries(setting('24.1.0', {}));
    expect(on24.binaries.map((b) => b.name)).toEqual(['node 24.1.0']);
    expect(on24.missing).toEqual([expect.stringContaining('PROMPT_BUDGET_NODE_OLDEST')]);
    const on20 = chooseNodeBinaries(setting('20.19.0', {}));
    expect(on20.binaries.map((b) => b.name)).toEqual(['node 20.19.0 (oldest supported)']);
    expect(on20.missing).toEqual([expect.stringContaining('npm run node24')]);
  });

  it("refuses an oldest Node below package.json's engines, or one that does not run", () => {
    expect(() => chooseNodeBinaries(setting('24.1.0', { PROMPT_BUDGET_NODE_OLDEST: OLD }, { [OLD]: '20.18.3' }))).toThrow(
      `PROMPT_BUDGET_NODE_OLDEST (${OLD}) is Node 20.18.3, older than package.json's engines (>=20.19): use Node 20.19 or later.`,
    );
    expect(() => chooseNodeBinaries(setting('18.20.0', {}, { [INSTALLED_NODE24]: '24.22.3' }))).toThrow(/the Node running the tests is Node 18\.20\.0, older than/);
    expect(() => chooseNodeBinaries(setting('24.1.0', { PROMPT_BUDGET_NODE_OLDEST: OLD }))).toThrow(`PROMPT_BUDGET_NODE_OLDEST (${OLD}) does not run`);
  });

  it('on CI, the oldest must be of the major the engines promise, not merely older than 24', () => {
    const env = { PROMPT_BUDGET_NODE_OLDEST: OLD };
    expect(chooseNodeBinaries(setting('24.1.0', env, { [OLD]: '22.3.0' })).binaries.map((b) => b.version)).toEqual(['24.1.0', '22.3.0']);
    expect(() => chooseNodeBinaries(setting('24.1.0', { ...env, CI: 'true' }, { [OLD]: '22.3.0' }))).toThrow(/CI must test the bundle on Node 20/);
  });

  it('refuses a PROMPT_BUDGET_NODE24 that is not Node 24', () => {
    expect(() => chooseNodeBinaries(setting('20.19.0', { PROMPT_BUDGET_NODE24: '/x/node' }, { '/x/node': '22.0.0' }))).toThrow('PROMPT_BUDGET_NODE24 is /x/node, which is Node 22.0.0');
  });

  it('refuses an engines range it cannot take a floor from', () => {
    expect(() => chooseNodeBinaries({ ...setting('24.1.0', {}), engines: '^20.19 || >=22' })).toThrow(/expect a single floor/);
  });
});

describe('NODE_BINARIES on this machine', () => {
  it('each runs and is the version its name says', () => {
    expect(NODE_BINARIES.length).toBeGreaterThan(0);
    for (const binary of NODE_BINARIES) {
      const ran = spawnSync(binary.path, ['-p', 'process.versions.node'], { encoding: 'utf8' });
      expect(ran.stdout.trim(), binary.path).toBe(binary.version);
      expect(binary.name).toContain(binary.version);
    }
  });
});
