import { describe, expect, it } from 'vitest';
import { analyzeUsage } from '../../../src/limits/usage.js';
import type { UsageRecord } from '../../../src/limits/types.js';
import { findingText } from '../../../src/render/labels.js';
import { renderUsageTerminal, usageFindings } from '../../../src/render/usage.js';

const call = (request: string, history: number, usage?: UsageRecord['usage']): UsageRecord => ({
  time: '2026-12-07T10:00:00.000Z',
  request,
  model: 'gpt-4.1',
  counted: { fixed: 10, history, userInput: 5, total: 15 + history, exact: true },
  ...(usage && { usage }),
  trimmed: { messages: 0, tokens: 0, truncated: false, summarized: false },
  limitsHit: [],
});

describe('renderUsageTerminal', () => {
  it('shows a request budgets.yml lacks without reserves, dashes where the API reported nothing, and no flag', () => {
    const analysis = analyzeUsage([call('ad-hoc', 40), call('ad-hoc', 60)], [], ['a.jsonl']);
    expect(renderUsageTerminal(analysis)).toBe(
      [
        '2 usage records from a.jsonl; nearest-rank percentiles per request.',
        '',
        'ad-hoc: 2 calls (gpt-4.1); not a request of budgets.yml, so no reserves to compare',
        '               reserve  p50  p95  p99  max',
        '  history                40   60   60   60',
        '  user_input              5    5    5    5',
        '  output                  -    -    -    -',
        '  count delta             -    -    -    -',
        '',
        'No reserve flagged.',
        '',
      ].join('\n'),
    );
  });

  it('words each flag with the reserve, the figure seen and the number of calls', () => {
    const analysis = analyzeUsage([call('chat', 9000, { input: 9020, output: 10 })], [{ name: 'chat', reserve: { history: 8000, userInput: 100, output: 4096 } }]);
    expect(usageFindings(analysis).map(({ kind, finding }) => [kind, findingText(finding)])).toEqual([
      ['exceeded', 'chat: reserve.history 8,000 is below the p99 of 9,000 seen in production (1 call)'],
      ['unused', 'chat: reserve.user_input 100 is never approached in production: the largest of 1 call was 5, under 25% of it'],
      ['unused', 'chat: reserve.output 4,096 is never approached in production: the largest of 1 call was 10, under 25% of it'],
    ]);
  });
});
