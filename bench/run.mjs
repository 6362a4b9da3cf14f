// Placeholder until the tokenizer engine lands (issue 3): prints the throughput of the current
// engine on the bundled examples so the script exists and runs.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Tiktoken } from 'js-tiktoken/lite';
import ranks from 'js-tiktoken/ranks/o200k_base';

const text = ['examples/support/system.md', 'examples/summarize/system.md'].map((p) => readFileSync(p, 'utf8')).join('\n').repeat(200);
const encoder = new Tiktoken(ranks);
const start = performance.now();
const tokens = encoder.encode(text, [], []).length;
const seconds = (performance.now() - start) / 1000;
console.log(`o200k_base: ${tokens} tokens, ${(text.length / 1e6 / seconds).toFixed(2)} MB/s (js-tiktoken; placeholder bench)`);
