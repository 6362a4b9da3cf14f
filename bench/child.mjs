/**
 * One timed run of one library, in its own process: the parent can kill a quadratic run at the
 * time limit, and each run is a first pass over its input. That matters: gpt-tokenizer caches
 * merged pieces of any length and ours caches words, so a second pass over the same 1 MB of
 * spaces is one lookup, and a second pass over prose is mostly lookups. A warm-up on random text
 * first gets the JIT going without teaching the caches the input.
 *
 * Started by run.mjs with a JSON spec as its only argument; reports to the parent over IPC:
 *   { type: 'ready' }                    loaded, warmed up, input read: the time limit starts
 *   { type: 'done', seconds, tokens }    the timed run ('load': import to first count;
 *                                        'memory': peakBytes instead of seconds)
 *   { type: 'error', message }           the library threw (WASM panics arrive here too)
 */
// ESM evaluates the static imports below first; they are node built-ins and tables, no library.
const started = process.hrtime.bigint();

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { warmupText } from './inputs.mjs';
import { LIBRARIES } from './libraries.mjs';

/**
 * @typedef {object} Spec
 * @property {'time' | 'tree' | 'load' | 'memory'} mode
 * @property {string} lib a library id, or 'none' (memory baseline: node and the corpus only)
 * @property {string} [input] JSON file: an array of texts, or for 'tree' an array of file paths
 * @property {string} oursDir
 * @property {import('./libraries.mjs').Api} api
 */

const send = (message) => new Promise((resolve) => process.send(message, resolve));
const sum = (items, count) => items.reduce((total, item) => total + count(item), 0);

/** @param {Spec} spec */
async function main(spec) {
  const library = LIBRARIES.find((candidate) => candidate.id === spec.lib);
  if (!library && !(spec.mode === 'memory' && spec.lib === 'none')) throw new Error(`unknown library ${spec.lib}`);
  const count = library ? await library.load(spec) : () => 0;

  if (spec.mode === 'load') {
    const tokens = count('hello world');
    return send({ type: 'done', seconds: Number(process.hrtime.bigint() - started) / 1e9, tokens });
  }

  const input = JSON.parse(readFileSync(spec.input, 'utf8'));
  if (spec.mode === 'memory') {
    const tokens = sum(input, count);
    return send({ type: 'done', tokens, peakBytes: process.resourceUsage().maxRSS * 1024 }); // maxRSS is in KiB
  }

  // 'time': the texts in order, one call each (the corpus file by file). 'tree': paths, each read
  // from disk and counted, one after another. A parallel variant (worker threads, or our coming
  // countFiles) would be another mode here and another row in run.mjs.
  const run = spec.mode === 'time' ? () => sum(input, count) : spec.mode === 'tree' ? () => sum(input, (path) => count(readFileSync(path, 'utf8'))) : undefined;
  if (!run) throw new Error(`unknown mode ${spec.mode}`);
  count(warmupText());
  await send({ type: 'ready' });
  const start = performance.now();
  const tokens = run();
  return send({ type: 'done', seconds: (performance.now() - start) / 1000, tokens });
}

try {
  await main(JSON.parse(process.argv[2]));
} catch (error) {
  // A trap carries no message of its own ("unreachable"): say what it is.
  const trap = error instanceof globalThis.WebAssembly.RuntimeError ? 'WebAssembly trap (a panic in the compiled Rust): ' : '';
  await send({ type: 'error', message: trap + String(error?.stack ?? error) });
  process.exitCode = 1;
}
process.disconnect();
