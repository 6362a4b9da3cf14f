import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { UserError } from '../../../src/common/errors.js';
import { extractPrompt, type ExtractOptions } from '../../../src/prompts/extract.js';
import type { SourceNode } from '../../../src/prompts/source-tree.js';

export const FIXTURES = 'test/fixtures/prompts';

/** A fixture's text and the path errors will name. */
export function fixture(name: string): { text: string; path: string } {
  const path = `${FIXTURES}/${name}`;
  return { text: readFileSync(path, 'utf8'), path };
}

export function extractFixture(name: string, options?: ExtractOptions) {
  const { text, path } = fixture(name);
  return extractPrompt(text, path, options);
}

/** The UserError `run` throws; fails the test when it throws nothing or something else. */
export function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

/** A file's text from its lines, so that line numbers can be read off the test. */
export const lines = (...text: string[]) => text.join('\n') + '\n';

/** A SourceNode as the plain value JSON.parse would give. */
export function toPlain(node: SourceNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(toPlain);
  return Object.fromEntries([...node.entries].map(([key, value]) => [key, toPlain(value)]));
}
