// The catalog generator: data/litellm-prices.json (a litellm-format price file, committed) →
// src/catalog/litellm.generated.ts (committed, never edited by hand). Deterministic: sorted keys,
// fixed formatting, no clock, so the same input gives the same bytes.
//
//   npm run catalog                      regenerate src/catalog/litellm.generated.ts
//   npm run catalog -- --check           exit 1 when the committed file is not what the input gives
//   npm run catalog -- --import FILE     replace data/litellm-prices.json with the entries of FILE
//                                        (a whole litellm model_prices_and_context_window.json) that
//                                        the vendor files name as `sourceKey`, then regenerate; edit
//                                        data/litellm-prices.source.json to say where FILE came from
//
// The conversion itself is src/catalog/litellm-format.ts, the same code that reads a repository's
// own `catalog:` file, loaded here through esbuild (Node 20 cannot import TypeScript).
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = 'data/litellm-prices.json';
const SOURCE = 'data/litellm-prices.source.json';
const OUTPUT = 'src/catalog/litellm.generated.ts';

async function loadFormat() {
  const result = await build({
    entryPoints: [join(root, 'src/catalog/litellm-format.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * Every `sourceKey: '...'` of the hand-written vendor files (and every `name: '...'` of openai.ts,
 * whose names are the keys): the entries the catalog uses.
 */
async function sourceKeys() {
  const keys = new Set();
  for (const name of (await readdir(join(root, 'src/catalog'))).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.generated.ts')) continue;
    const text = await readFile(join(root, 'src/catalog', name), 'utf8');
    const pattern = name === 'openai.ts' ? /(?:sourceKey|name): '([^']+)'/g : /sourceKey: '([^']+)'/g;
    for (const match of text.matchAll(pattern)) keys.add(match[1]);
  }
  return keys;
}

const args = process.argv.slice(2);
const format = await loadFormat();

if (args[0] === '--import') {
  const from = args[1];
  if (!from) throw new Error('--import needs the path of a litellm model_prices_and_context_window.json');
  const whole = JSON.parse(await readFile(from, 'utf8'));
  const wanted = await sourceKeys();
  const kept = {};
  const missing = [];
  for (const key of [...wanted].sort()) {
    if (Object.hasOwn(whole, key)) kept[key] = whole[key];
    else missing.push(key);
  }
  await writeFile(join(root, INPUT), `${format.stableJson(kept)}\n`);
  console.log(`${INPUT}: ${Object.keys(kept).length} of ${Object.keys(whole).length} entries kept`);
  if (missing.length > 0) console.log(`Not in ${from} (remove them from the vendor files): ${missing.join(', ')}`);
}

const input = await readFile(join(root, INPUT), 'utf8');
const source = JSON.parse(await readFile(join(root, SOURCE), 'utf8'));
const generated = format.renderGenerated(input, INPUT, source);

if (args[0] === '--check') {
  const committed = await readFile(join(root, OUTPUT), 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${OUTPUT} is not what ${INPUT} gives: run \`npm run catalog\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date with ${INPUT}.`);
} else {
  await writeFile(join(root, OUTPUT), generated);
  console.log(`${OUTPUT} written from ${INPUT}.`);
}
