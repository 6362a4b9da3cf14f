/**
 * Issue 18: dist/THIRD_PARTY_NOTICES.txt names every npm package the bundle holds, with its license
 * and the license's text, and the bundle refuses a package it cannot vouch for. Which packages the
 * bundle holds is read here from the bundle itself (esbuild names each module's path in a comment
 * above its code), not from the metafile the notices are written from.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { NoticeError, notices } from '../../scripts/notices.mjs';

const ROOT = join(import.meta.dirname, '../..');
const NOTICES = readFileSync(join(ROOT, 'dist/THIRD_PARTY_NOTICES.txt'), 'utf8');

/** The packages whose modules esbuild wrote into dist/ (the last node_modules/ in each path comment). */
function bundledPackages(): string[] {
  const js = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.js') && !path.startsWith('types'));
  const names = new Set<string>();
  for (const path of js) {
    for (const [comment] of readFileSync(join(ROOT, 'dist', path), 'utf8').matchAll(/^\/\/ \S*node_modules\/\S+$/gm)) {
      names.add(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(comment)![1]!);
    }
  }
  return [...names].sort();
}

/** The notices' section for `heading` (its first line), up to the next rule. */
function section(heading: string): string | undefined {
  return NOTICES.split(/\n={80}\n/).find((part) => part.startsWith(`${heading}\n`));
}

describe('the third-party notices', () => {
  const packages = bundledPackages();

  it('find the bundled packages in the bundle', () => {
    // yaml is in every entry; undici only in the action: both ends must be seen.
    expect(packages).toContain('yaml');
    expect(packages).toContain('undici');
    expect(packages.length).toBeGreaterThan(10);
  });

  it('list every bundled package with its version, license and license text', () => {
    const missing: string[] = [];
    for (const name of packages) {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
      const found = section(`${name} ${pkg.version}`);
      if (!found) {
        missing.push(name);
        continue;
      }
      expect(found, name).toContain(`\nLicense: ${pkg.license}\n`);
      // A license text follows its "--- file ---" line: a copyright or permission line, not an empty body.
      const texts = found.split(/\n--- .+ ---\n/).slice(1);
      expect(texts.length, `${name}: no license text`).toBeGreaterThan(0);
      for (const text of texts) expect(text, name).toMatch(/copyright|permission|licen[cs]e/i);
    }
    expect(missing, 'bundled packages the notices leave out').toEqual([]);
    // ...and no more: the summary counts exactly the packages in the bundle.
    expect(NOTICES).toContain(`npm packages (${packages.length}):`);
  });

  it('name the data from elsewhere the bundle holds', () => {
    expect(section("LiteLLM's model prices and context windows")).toMatch(/License: MIT[\s\S]*Copyright \(c\) 2023 Berri AI/);
    expect(section('Unicode character data')).toMatch(/License: Unicode-3.0[\s\S]*UNICODE LICENSE V3/);
  });
});

describe('the bundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'prompt-budget-notices-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  // DATA reads the catalog's source and the license texts from the checkout.
  write('data/litellm-prices.source.json', readFileSync(join(ROOT, 'data/litellm-prices.source.json'), 'utf8'));
  for (const name of ['litellm', 'unicode', 'js-tiktoken']) write(`scripts/notices/${name}.LICENSE`, readFileSync(join(ROOT, `scripts/notices/${name}.LICENSE`), 'utf8'));
  const pkg = (name: string, fields: Record<string, unknown>, license?: string) => {
    write(`node_modules/${name}/package.json`, JSON.stringify({ name, version: '1.0.0', ...fields }));
    if (license) write(`node_modules/${name}/LICENSE`, license);
    return `node_modules/${name}/index.js`;
  };
  const metafile = (inputs: string[]): Metafile => {
    const all = [...inputs, 'src/catalog/litellm.generated.ts', 'src/tokenize/tiktoken/unicode-16.ts'];
    return {
      inputs: Object.fromEntries(all.map((path) => [path, { bytes: 1, imports: [] }])),
      outputs: { 'out/cli.js': { bytes: 1, imports: [], exports: [], entryPoint: 'src/cli/main.ts', inputs: Object.fromEntries(all.map((path) => [path, { bytesInOutput: 1 }])) } },
    };
  };
  const run = (inputs: string[]) => () => notices(metafile(inputs), { cli: 'src/cli/main.ts' }, root);

  it('writes the notices of permissive packages', () => {
    const text = run([pkg('fine', { license: '(MIT OR GPL-3.0)' }, 'Copyright fine')])();
    expect(text).toMatch(/^fine 1\.0\.0\nLicense: \(MIT OR GPL-3\.0\)\nIn: cli\.js\n\n--- LICENSE ---\n\nCopyright fine$/m);
  });

  it('fails, naming each, on a copyleft package, one without a license, one without its text, and a file of no one', () => {
    const inputs = [
      pkg('copyleft', { license: 'GPL-3.0-only' }, 'GNU GENERAL PUBLIC LICENSE'),
      pkg('unlicensed', {}, 'Copyright someone'),
      pkg('textless', { license: 'MIT' }),
      'vendor/blob.json',
    ];
    let error: unknown;
    try {
      run(inputs)();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NoticeError);
    const message = (error as Error).message;
    expect(message).toMatch(/^third-party notices: 4 problems:/);
    expect(message).toContain('copyleft@1.0.0 is under GPL-3.0-only, not one of');
    expect(message).toContain('node_modules/unlicensed/package.json (unlicensed@1.0.0) has no "license"');
    expect(message).toContain('textless@1.0.0 ships no license file');
    expect(message).toContain('the bundle holds vendor/blob.json');
  });

  it('fails when a license of copyleft is joined to a permissive one by AND', () => {
    expect(run([pkg('both', { license: 'MIT AND LGPL-2.1' }, 'Copyright both')])).toThrow(/both@1\.0\.0 is under MIT AND LGPL-2\.1/);
  });
});
