import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import { selectFiles } from '../../../src/budget/match-files.js';
import { decodePrompt, firstInvalidUtf8 } from '../../../src/budget/text.js';
import type { BudgetConfig } from '../../../src/config/types.js';
import { UserError } from '../../../src/common/errors.js';
import { component } from '../../helpers/components.js';
import { oracleCount } from '../../helpers/oracle.js';

const SYSTEM = 'You are a helpful assistant for Northwind. Answer briefly and cite the order number.\n';
const GROWN = SYSTEM + 'Always apologise twice. '.repeat(30);

function config(...components: BudgetConfig['components']): BudgetConfig {
  return { path: 'budgets.yml', version: 1, components, requests: [], models: [] };
}
const base = (files: Record<string, string>) => memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, files);
const head = (files: Record<string, string>) => memoryRevision({ label: 'feature', sha: 'b'.repeat(40) }, files);

describe('selectFiles', () => {
  it('takes files matching a positive glob and no negative one, in any order', () => {
    const paths = ['p/a.md', 'p/draft-b.md', 'p/sub/c.md', '.github/prompts/x.md', 'q/d.md'];
    expect(selectFiles(['!p/draft-*.md', 'p/**/*.md'], paths)).toEqual(['p/a.md', 'p/sub/c.md']);
    expect(selectFiles(['.github/**/*.md'], paths)).toEqual(['.github/prompts/x.md']);
    expect(selectFiles(['nothing/*'], paths)).toEqual([]);
  });
});

describe('decodePrompt', () => {
  it('drops a UTF-8 BOM and keeps CRLF as sent', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62]);
    expect(decodePrompt(bytes, 'x.md')).toBe('a\r\nb');
  });
  it('names the file and the offset of the first invalid byte', () => {
    const bytes = new Uint8Array([0x61, 0x62, 0xc3, 0x28, 0x63]);
    expect(firstInvalidUtf8(bytes)).toBe(2);
    expect(() => decodePrompt(bytes, 'bin.dat')).toThrow(UserError);
    expect(() => decodePrompt(bytes, 'bin.dat')).toThrow('bin.dat is not UTF-8 text (invalid byte at offset 2)');
  });
  it('rejects overlong forms and surrogates that TextDecoder also rejects', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      expect(firstInvalidUtf8(new Uint8Array([0x41, ...bad]))).toBe(1);
    }
    const valid = new TextEncoder().encode('héllo 中文 🙂');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });
});

describe('checkBudgets', () => {
  it('counts each component at base and head with the oracle\'s numbers', async () => {
    const report = await checkBudgets(
      config(component({ name: 'system', files: ['system.md'], maxTokens: 1000 })),
      head({ 'system.md': GROWN }),
      base({ 'system.md': SYSTEM }),
    );
    const [c] = report.components;
    expect(c?.base?.tokens).toBe(oracleCount(SYSTEM));
    expect(c?.head.tokens).toBe(oracleCount(GROWN));
    expect(c?.delta).toBe(oracleCount(GROWN) - oracleCount(SYSTEM));
    expect(c?.changedFiles).toEqual([{ path: 'system.md', base: oracleCount(SYSTEM), head: oracleCount(GROWN), delta: c?.delta }]);
    expect(report.totals).toEqual({ base: oracleCount(SYSTEM), head: oracleCount(GROWN), delta: c?.delta });
    expect(report.verdict).toBe('pass');
  });

  it('fails a component over its allotment and says by how much and where to raise it', async () => {
    const max = oracleCount(GROWN) - 5;
    const report = await checkBudgets(config(component({ name: 'system', files: ['system.md'], maxTokens: max })), head({ 'system.md': GROWN }), base({ 'system.md': SYSTEM }));
    const [c] = report.components;
    expect(c?.status).toBe('over');
    expect(c?.failed).toBe(true);
    expect(report.verdict).toBe('fail');
    const text = c?.findings[0]?.map((s) => (typeof s === 'string' ? s : s.code)).join('');
    expect(text).toBe(`system is over its allotment by 5 tokens (${oracleCount(GROWN).toLocaleString('en-US')} of ${max.toLocaleString('en-US')}): trim system.md or raise max_tokens in budgets.yml (line 7).`);
  });

  it('is not over at exactly the allotment, and warns from warn_at', async () => {
    const tokens = oracleCount(SYSTEM);
    const at = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: tokens })), head({ 's.md': SYSTEM }), null);
    expect(at.components[0]?.status).toBe('warn');
    const below = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: tokens, warnAt: { tokens: tokens + 1 } })), head({ 's.md': SYSTEM }), null);
    expect(below.components[0]?.status).toBe('ok');
    expect(below.components[0]?.delta).toBeNull();
  });

  it('fails growth above max_growth, in tokens or percent of base', async () => {
    const delta = oracleCount(GROWN) - oracleCount(SYSTEM);
    const byTokens = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: 10_000, maxGrowth: { tokens: delta - 1 } })), head({ 's.md': GROWN }), base({ 's.md': SYSTEM }));
    expect(byTokens.components[0]?.status).toBe('grew-too-much');
    const exactly = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: 10_000, maxGrowth: { tokens: delta } })), head({ 's.md': GROWN }), base({ 's.md': SYSTEM }));
    expect(exactly.components[0]?.status).toBe('ok');
    const byPercent = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: 10_000, maxGrowth: { percent: 10 } })), head({ 's.md': GROWN }), base({ 's.md': SYSTEM }));
    expect(byPercent.components[0]?.maxGrowthTokens).toBe(Math.floor(oracleCount(SYSTEM) * 0.1));
    expect(byPercent.components[0]?.status).toBe('grew-too-much');
  });

  it('applies max_growth in tokens from an empty file at base, and says a percentage of 0 cannot apply', async () => {
    const grown = 'word '.repeat(901);
    const byTokens = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: 10_000, maxGrowth: { tokens: 100 } })), head({ 's.md': grown }), base({ 's.md': '' }));
    expect(byTokens.components[0]).toMatchObject({ maxGrowthTokens: 100, delta: oracleCount(grown), status: 'grew-too-much', failed: true });
    const byPercent = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: 10_000, maxGrowth: { percent: 10 } })), head({ 's.md': grown }), base({ 's.md': '' }));
    const c = byPercent.components[0]!;
    expect(c).toMatchObject({ status: 'ok', growthUnchecked: true });
    expect(c.maxGrowthTokens).toBeUndefined();
    expect(c.findings.map((f) => f.map((span) => (typeof span === 'string' ? span : span.code)).join(''))).toEqual([
      's counted 0 tokens at base, and a percentage of 0 is undefined, so max_growth: 10% could not limit this change; give it in tokens to limit growth from nothing.',
    ]);
    // A component new in this change has no growth to limit.
    const added = await checkBudgets(config(component({ name: 's', files: ['s.md'], maxTokens: 10_000, maxGrowth: { tokens: 100 } })), head({ 's.md': grown }), base({}));
    expect(added.components[0]?.status).toBe('new');
  });

  it('fails a component whose files vanished (renamed prompt) and one that never matched', async () => {
    const report = await checkBudgets(
      config(component({ name: 'moved', files: ['old.md'], maxTokens: 100 }), component({ name: 'typo', files: ['nope/*.md'], maxTokens: 100 })),
      head({ 'new.md': SYSTEM }),
      base({ 'old.md': SYSTEM }),
    );
    expect(report.components.map((c) => c.status)).toEqual(['removed', 'no-files-matched']);
    expect(report.counts.failed).toBe(2);
    expect(report.components[0]?.changedFiles).toEqual([{ path: 'old.md', base: oracleCount(SYSTEM), head: null, delta: -oracleCount(SYSTEM) }]);
  });

  it('marks a component new when it matched nothing at base', async () => {
    const report = await checkBudgets(config(component({ name: 'n', files: ['n.md'], maxTokens: 1000 })), head({ 'n.md': SYSTEM }), base({}));
    expect(report.components[0]?.status).toBe('new');
    expect(report.components[0]?.failed).toBe(false);
  });

  it('counts special-token strings as text and a shared file once per encoding', async () => {
    const text = 'Say <|endoftext|> and <|im_start|> literally.';
    const report = await checkBudgets(
      config(
        component({ name: 'a', files: ['x.md'], maxTokens: 1000 }),
        component({ name: 'b', files: ['*.md'], maxTokens: 1000, tokenizer: { kind: 'encoding', encoding: 'cl100k_base' } }),
      ),
      head({ 'x.md': text }),
      null,
    );
    expect(report.components[0]?.head.tokens).toBe(oracleCount(text, 'o200k_base'));
    expect(report.components[1]?.head.tokens).toBe(oracleCount(text, 'cl100k_base'));
  });
});
