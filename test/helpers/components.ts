import type { ComponentConfig } from '../../src/config/types.js';

/** A resolved component as the config loader would produce it, for tests of the later stages. */
export function component(overrides: Partial<ComponentConfig> & { name: string; files: string[]; maxTokens: number }): ComponentConfig {
  return {
    declaredName: overrides.name,
    warnAt: { percent: 90 },
    tokenizer: { kind: 'encoding', encoding: 'o200k_base' },
    model: 'gpt-4.1',
    location: { file: 'budgets.yml', line: 5, column: 3 },
    maxTokensLocation: { file: 'budgets.yml', line: 7, column: 17 },
    ...overrides,
  };
}
