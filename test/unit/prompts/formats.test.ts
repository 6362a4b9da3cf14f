import { describe, expect, it } from 'vitest';
import { detectFormat, isPromptFormat, PROMPT_FORMATS } from '../../../src/prompts/formats.js';

describe('detectFormat', () => {
  it.each([
    ['prompts/system.md', 'markdown'],
    ['README.MARKDOWN', 'markdown'],
    ['prompts/system.txt', 'text'],
    ['prompts/LICENSE', 'text'],
    ['prompts/notes.rst', 'text'],
    ['chat/support.json', 'messages-json'],
    ['chat/support.yaml', 'messages-yaml'],
    ['chat/support.yml', 'messages-yaml'],
    ['.github/prompts/summarize.prompt.yml', 'github-prompt'],
    ['.github/prompts/Summarize.Prompt.YAML', 'github-prompt'],
    ['data/shots.jsonl', 'jsonl'],
    ['agents/travel.prompty', 'prompty'],
    ['prompts/greeting.prompt', 'dotprompt'],
    ['prompts/greeting.prompt.txt', 'text'],
    ['prompts/prompt.yml.bak', 'text'],
  ])('%s is %s', (path, format) => {
    expect(detectFormat(path)).toBe(format);
  });

  it('knows every format by name and nothing else', () => {
    for (const format of PROMPT_FORMATS) expect(isPromptFormat(format)).toBe(true);
    expect(isPromptFormat('messages')).toBe(false);
    expect(isPromptFormat('Markdown')).toBe(false);
  });
});
