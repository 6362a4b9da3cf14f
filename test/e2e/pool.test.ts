/**
 * Counting on worker threads, with the bundled worker (dist/count-worker.js) as the action and
 * the CLI start it. Thresholds are lowered so a few kilobytes go to the workers.
 */
import { describe, expect, it } from 'vitest';
import { describeCounting, poolCounter, type CountingStats } from '../../src/parallel/pool.js';
import { countHere, countOnce, type CountJob } from '../../src/tokenize/tiktoken/batch.js';

const WORKER = new URL('../../dist/count-worker.js', import.meta.url);

const jobs: CountJob[] = [
  { encoding: 'o200k_base', text: 'You are a helpful support agent. '.repeat(400) },
  { encoding: 'cl100k_base', text: 'Résumé: 中文 and emoji \u{1f642} '.repeat(300) },
  { encoding: 'o200k_base', text: ' '.repeat(5000) },
  { encoding: 'p50k_base', text: 'def f(x):\n    return x * 2\n'.repeat(200) },
  { encoding: 'o200k_base', text: '' },
];

describe('poolCounter', () => {
  it('gives the same counts, in job order, on two threads as on one', async () => {
    const stats: CountingStats[] = [];
    const counter = poolCounter({ workerUrl: WORKER, threads: 2, minCharsPerWorker: 1, onCounted: (s) => stats.push(s) });
    const counts = await counter(jobs);
    expect(counts).toEqual(await countHere(jobs));
    expect(stats).toEqual([expect.objectContaining({ threads: 2, texts: jobs.length, chars: jobs.reduce((n, j) => n + j.text.length, 0) })]);
  });

  it('stays on the calling thread below the threshold', async () => {
    const stats: CountingStats[] = [];
    // A worker URL that does not exist: starting a worker would fail.
    const counter = poolCounter({ workerUrl: new URL('./no-such-worker.js', WORKER), threads: 8, onCounted: (s) => stats.push(s) });
    expect(await counter(jobs)).toEqual(await countHere(jobs));
    expect(stats[0]?.threads).toBe(1);
  });

  it('fails, rather than returning partial counts, when a worker cannot run', async () => {
    const counter = poolCounter({ workerUrl: new URL('./no-such-worker.js', WORKER), threads: 2, minCharsPerWorker: 1 });
    await expect(counter(jobs)).rejects.toThrow();
  });
});

describe('countOnce', () => {
  it('tokenizes each distinct text once per encoding, across calls', async () => {
    const asked: CountJob[][] = [];
    const counter = countOnce(async (batch) => {
      asked.push([...batch]);
      return countHere(batch);
    });
    const a = { encoding: 'o200k_base', text: 'unchanged prompt' } as const;
    const b = { encoding: 'o200k_base', text: 'edited prompt' } as const;
    const aOld = { encoding: 'cl100k_base', text: 'unchanged prompt' } as const;
    expect(await counter([a, b, a])).toEqual(await countHere([a, b, a]));
    expect(await counter([a, aOld])).toEqual(await countHere([a, aOld]));
    expect(asked).toEqual([[a, b], [aOld]]);
  });
});

describe('describeCounting', () => {
  it('says characters as characters, with separators, and millions past a million', () => {
    expect(describeCounting({ threads: 1, texts: 18, chars: 4210, milliseconds: 31 })).toBe('Counted 18 texts (4,210 characters) in 0.03 s on 1 thread.');
    expect(describeCounting({ threads: 1, texts: 1, chars: 1, milliseconds: 2 })).toBe('Counted 1 text (1 character) in 0 s on 1 thread.');
    expect(describeCounting({ threads: 2, texts: 1234, chars: 52_100_000, milliseconds: 1400 })).toBe('Counted 1,234 texts (52.1 million characters) in 1.4 s on 2 threads.');
  });
});
