/**
 * Generated tables equal a fresh run of their generators (scripts/tables/, `npm run tables`), so
 * none is hand-edited or left behind by an upgrade. Each generator asks the engine the table
 * stands for (tiktoken's WASM build, Hugging Face's `tokenizers` binding), both devDependencies.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const check = (table: string) => execFileSync(process.execPath, ['scripts/tables.mjs', '--check', table], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });

// The normalization table compares the runtime's ICU with the Rust engine, so it holds for the
// Unicode it was generated under (Node 20 and 24 share Unicode 17.0); under another Unicode, a fresh
// run differs by design.
const normalization = readFileSync(resolve(ROOT, 'src/tokenize/huggingface/normalization-unstable.ts'), 'utf8');
const generatedUnder = /ICU \(Unicode ([\d.]+)\)/.exec(normalization)?.[1];

describe('generated tables', () => {
  it('unicode-16.ts: the classes of the tiktoken engine', () => {
    expect(check('unicode-16')).toMatch(/unicode-16\.ts: equals a fresh run/);
  });

  it('unicode-onig.ts: the classes of the tokenizers engine', { timeout: 300_000 }, () => {
    expect(check('unicode-onig')).toMatch(/unicode-onig\.ts: equals a fresh run/);
  });

  it('names the Unicode the normalization table was generated under', () => {
    expect(generatedUnder).toMatch(/^\d+\.\d+$/);
  });

  it.skipIf(generatedUnder !== process.versions.unicode)(
    `normalization-unstable.ts: this runtime's ICU against the tokenizers engine (skipped unless the runtime has Unicode ${generatedUnder}, the table's)`,
    { timeout: 300_000 },
    () => {
      expect(check('normalization-unstable')).toMatch(/normalization-unstable\.ts: equals a fresh run/);
    },
  );
});
