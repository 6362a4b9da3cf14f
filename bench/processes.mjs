/**
 * Many files against one, as whole processes: what a user waits for. `prompt-budget count` (the
 * CLI bundled from src/ as dist/ is) on the realistic corpus written out as one file per text, and
 * on the same text as one file, against gpt-tokenizer in a script that reads the same files and
 * counts them. Everything a file costs besides its tokens (looking at it, reading it, planning
 * its count, printing its line) shows as the first row's time over the second's: the reference
 * pays only readFileSync and a call per file.
 *
 * Each measurement is a fresh process, timed from spawn to exit, with its CPU time (user + system,
 * worker threads included) read at exit through a preload, since a shared machine stretches wall
 * time more than CPU time. Rounds take turns, so load that comes and goes falls on every cell.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { bundleFromSrc } from './bundle.mjs';

const REFERENCE = fileURLToPath(new URL('./count-files.mjs', import.meta.url));
const CPU_AT_EXIT = fileURLToPath(new URL('./cpu-at-exit.mjs', import.meta.url));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The CLI and its worker, as dist/ has them. */
async function buildCli(outdir) {
  await bundleFromSrc({ cli: 'src/cli/main.ts', 'count-worker': 'src/parallel/count-worker.ts' }, outdir, { require: true });
  return join(outdir, 'cli.js');
}

/** One process: its wall time, CPU time, and the total it printed (the first number of its last line). */
function timeProcess(args, cwd, limit) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', CPU_AT_EXIT, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let cpu = '';
    child.stdout.on('data', (chunk) => (stdout = (stdout + chunk).slice(-4000)));
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    child.stdio[3].on('data', (chunk) => (cpu += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), limit * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const tokens = Number(stdout.trim().split('\n').at(-1)?.match(/\d+/)?.[0]);
      if (code !== 0 || !Number.isFinite(tokens)) {
        resolve({ status: signal === 'SIGKILL' ? 'timeout' : 'error', message: `exit ${signal ?? code}: ${stderr.trim().split('\n').at(-1) ?? ''}` });
      } else resolve({ status: 'ok', seconds, cpuSeconds: Number(cpu), tokens });
    });
  });
}

/**
 * Writes `texts` as files and as one file under `work`, and times each side `rounds` times.
 * @returns {Promise<{ rows: object[], mismatch: boolean }>}
 */
export async function benchProcesses({ work, texts, bytes, rounds, limit, progress }) {
  const cli = await buildCli(join(work, 'cli'));
  const folder = join(work, 'files');
  mkdirSync(folder, { recursive: true });
  // Relative names, as a user passes them, from the folder the processes run in.
  const names = texts.map((text, i) => {
    const name = `${String(i).padStart(5, '0')}.txt`;
    writeFileSync(join(folder, name), text);
    return name;
  });
  writeFileSync(join(folder, 'all.txt'), texts.join(''));
  const sides = [
    { id: 'many', label: `${texts.length.toLocaleString('en-US')} files, ${(bytes / 1e6).toFixed(2)} MB`, files: names },
    { id: 'one', label: 'the same text as 1 file', files: ['all.txt'] },
  ];
  const commands = {
    ours: (files) => [cli, 'count', '--encoding', 'o200k_base', '--format', 'text', '--threads', '1', ...files],
    'gpt-tokenizer': (files) => [REFERENCE, 'gpt-tokenizer', ...files],
  };
  const samples = {};
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 ? [...sides].reverse() : sides) {
      for (const [library, command] of round % 2 ? Object.entries(commands).reverse() : Object.entries(commands)) {
        const sample = await timeProcess(command(side.files), folder, limit);
        (samples[`${side.id}/${library}`] ??= []).push(sample);
        progress(`  ${side.label}, ${library}: ${sample.status === 'ok' ? `${sample.seconds.toFixed(2)} s (CPU ${sample.cpuSeconds.toFixed(2)} s)` : `${sample.status} ${sample.message ?? ''}`}`);
      }
    }
  }
  const cellOf = (list) => {
    const failed = list.find((sample) => sample.status !== 'ok');
    if (failed) return failed;
    const tokens = new Set(list.map((sample) => sample.tokens));
    if (tokens.size > 1) return { status: 'error', message: `different counts on repeated runs: ${[...tokens].join(', ')}` };
    return { status: 'ok', seconds: median(list.map((s) => s.seconds)), cpuSeconds: median(list.map((s) => s.cpuSeconds)), tokens: list[0].tokens, runs: list.length };
  };
  const rows = sides.map((side) => ({ ...side, cells: Object.fromEntries(Object.keys(commands).map((library) => [library, cellOf(samples[`${side.id}/${library}`])])) }));
  // gpt-tokenizer counts as tiktoken does (the main table checks it); ours must agree on each side.
  const mismatch = rows.some(({ cells }) => cells.ours.status === 'ok' && cells['gpt-tokenizer'].status === 'ok' && cells.ours.tokens !== cells['gpt-tokenizer'].tokens);
  if (mismatch) progress('✗ whole processes: ours and gpt-tokenizer count different totals');
  return { rows, mismatch };
}
