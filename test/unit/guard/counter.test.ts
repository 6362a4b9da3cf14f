/**
 * MessageCounter's memory in a long-running application: the counts a vendor's counting API gave
 * are kept by text, within the same bound as the local counts (50,000 texts, 64 M characters), so
 * large texts are forgotten, oldest first, rather than held for the life of the process.
 */
import { describe, expect, it } from 'vitest';
import { MessageCounter } from '../../../src/guard/counter.js';
import { loadEncoder } from '../../../src/tokenize/tiktoken/encodings.js';

describe('MessageCounter with a counting API', () => {
  it('forgets the oldest API counts past 64 M characters, and asks again for a text it forgot', async () => {
    const asked: string[][] = [];
    const api = async (texts: string[]) => {
      asked.push(texts);
      return texts.map(() => 7);
    };
    const engines = { encoders: new Map([['o200k_base', await loadEncoder('o200k_base')]]), tokenizerFiles: new Map() };
    const counter = new MessageCounter({ kind: 'vendor', vendor: 'anthropic', model: 'claude-sonnet-4-5' }, 'claude-sonnet-4-5', engines, api);
    const large = (char: string) => char.repeat(40 * 1024 * 1024);
    const asksFor = (text: string) => asked.some((batch) => batch.includes(text));

    await counter.prepare([{ role: 'user', content: large('a') }]);
    await counter.prepare([{ role: 'user', content: 'small' }]);
    asked.length = 0;
    await counter.prepare([{ role: 'user', content: 'small' }, { role: 'user', content: large('a') }]);
    expect(asked).toEqual([]); // both known: 40 M characters is within the bound

    await counter.prepare([{ role: 'user', content: large('b') }]); // 80 M together: 'a', the oldest, goes
    asked.length = 0;
    await counter.prepare([{ role: 'user', content: large('a') }]);
    expect(asksFor(large('a'))).toBe(true);
  });
});
