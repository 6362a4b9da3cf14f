/**
 * Runs child.mjs, one process per measurement, and turns what it reports into cells (see
 * report.mjs for their shape).
 */
import { fork } from 'node:child_process';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));
/** Time a child may take to start, load its library and read its input, on top of the limit. */
const STARTUP_GRACE_SECONDS = 60;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

/**
 * Runs child.mjs with `spec` and resolves to a cell once the child has exited. The limit starts
 * when the child reports ready, so loading a library does not count against it.
 */
export function runChild(spec, limit) {
  return new Promise((resolve) => {
    const child = fork(CHILD, [JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    let cell;
    const settle = (result) => {
      if (cell) return;
      cell = result;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    };
    let timer = setTimeout(() => settle({ status: 'timeout' }), (limit + STARTUP_GRACE_SECONDS) * 1000);
    child.on('message', (message) => {
      const { type, ...result } = /** @type {{ type: string, [key: string]: unknown }} */ (message);
      if (type === 'ready') {
        clearTimeout(timer);
        timer = setTimeout(() => settle({ status: 'timeout' }), limit * 1000);
      } else if (type === 'error') settle({ status: 'error', message: result.message });
      else if (type === 'done') settle({ status: 'ok', ...result });
    });
    // 'close', not 'exit': it comes after the IPC channel has delivered every message.
    child.on('close', (code, signal) => {
      settle({ status: 'error', message: `child exited with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').at(-1) ?? ''}` });
      resolve(cell);
    });
  });
}

function fromSamples(samples) {
  const tokens = new Set(samples.map((sample) => sample.tokens));
  if (tokens.size > 1) return { status: 'error', message: `different counts on repeated runs: ${[...tokens].join(', ')}` };
  const seconds = samples.map((sample) => sample.seconds);
  return { status: 'ok', seconds: median(seconds), spread: [Math.min(...seconds), Math.max(...seconds)], tokens: samples[0].tokens, runs: samples.length };
}

/**
 * Every library on one input, one fresh process per timed run. Rounds go through the libraries
 * in an order rotated each round, so none always goes first; a library stops after `runs`
 * samples, after `seconds` spent in timed runs, or at its first timeout or error.
 * @param {(library: import('./libraries.mjs').Library) => object} specFor
 * @param {(library: import('./libraries.mjs').Library) => boolean} skip
 */
export async function measureRow(libraries, specFor, { runs, seconds }, limit, rotation, skip = () => false) {
  const samples = Object.fromEntries(libraries.map((library) => [library.id, []]));
  const cells = {};
  for (let round = 0; round < runs; round++) {
    for (const library of rotate(libraries, rotation + round)) {
      const taken = samples[library.id];
      const spent = taken.reduce((total, sample) => total + sample.seconds, 0);
      if (cells[library.id] || (taken.length > 0 && spent >= seconds)) continue;
      const cell = skip(library) ? { status: 'skipped' } : await runChild(specFor(library), limit);
      if (cell.status === 'ok') taken.push(cell);
      else cells[library.id] = cell;
    }
  }
  for (const library of libraries) cells[library.id] ??= fromSamples(samples[library.id]);
  return cells;
}
