// Writes the generated tables in src/ from their sources (scripts/tables/*.mjs), or with --check
// compares each with a fresh run and fails, naming it, when the committed file differs.
// Usage: node scripts/tables.mjs [--check] [unicode-16 | unicode-onig | normalization-unstable ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const TABLES = ['unicode-16', 'unicode-onig', 'normalization-unstable'];
const check = process.argv.includes('--check');
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !TABLES.includes(name));
if (unknown.length > 0) {
  console.error(`no table named ${unknown.join(', ')}: the tables are ${TABLES.join(', ')}`);
  process.exit(2);
}

let stale = 0;
for (const name of named.length > 0 ? named : TABLES) {
  const { target, generate } = await import(`./tables/${name}.mjs`);
  const started = performance.now();
  const source = await generate(check ? () => {} : (line) => console.log(`  ${line}`));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!check) {
    writeFileSync(new URL(`../${target}`, import.meta.url), source);
    console.log(`${target}: written (${seconds} s)`);
  } else if (readFileSync(new URL(`../${target}`, import.meta.url), 'utf8') === source) {
    console.log(`${target}: equals a fresh run (${seconds} s)`);
  } else {
    console.error(`${target}: differs from a fresh run of scripts/tables/${name}.mjs; run \`npm run tables -- ${name}\` and commit it`);
    stale++;
  }
}
process.exitCode = stale > 0 ? 1 : 0;
