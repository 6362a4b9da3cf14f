import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance } from '../../../src/common/suggest.js';

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('mdoel', 'model')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('finds close candidates, closest first, and nothing for far words', () => {
    expect(closestMatches('max', ['files', 'max_tokens', 'max_growth'], 2)).toEqual(['max_tokens', 'max_growth']);
    expect(closestMatches('budget', ['files', 'max_tokens'])).toEqual([]);
  });
});
