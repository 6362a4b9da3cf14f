import { describe, expect, it } from 'vitest';
import { extractPrompt } from '../../../src/prompts/extract.js';
import { extractFixture, lines, userErrorOf } from './helpers.js';

describe('Prompty', () => {
  it('counts the body only, split at role lines, Jinja comments dropped', () => {
    expect(extractFixture('travel-assistant.prompty')).toStrictEqual({
      format: 'prompty',
      content: {
        kind: 'messages',
        conversations: [
          [
            {
              role: 'system',
              content: 'You are a travel assistant who helps {{firstName}} with their trip.\nAnswer briefly and only from the bookings below. \n\n# Bookings\n{{bookings}}',
            },
            { role: 'user', content: '{{question}}' },
          ],
        ],
      },
      placeholders: [
        { name: 'firstName', tag: '{{firstName}}' },
        { name: 'bookings', tag: '{{bookings}}' },
        { name: 'question', tag: '{{question}}' },
      ],
      excluded: [],
    });
  });

  it('reads names, `#` headings, any case, and text before the first marker as system', () => {
    const text = lines('---', 'name: x', 'tools:', '  - name: lookup', '---', 'Preamble line.', '# USER[name="Alice", id=3]:', 'Hi', '', 'assistant :', 'Hello!', 'developer:', 'Be terse.', '');
    const extracted = extractPrompt(text, 'a.prompty');
    expect(extracted.content).toStrictEqual({
      kind: 'messages',
      conversations: [
        [
          { role: 'system', content: 'Preamble line.' },
          { role: 'user', name: 'Alice', content: 'Hi' },
          { role: 'assistant', content: 'Hello!' },
          { role: 'developer', content: 'Be terse.' },
        ],
      ],
    });
    expect(extracted.excluded).toStrictEqual(['tool definitions at frontmatter tools (line 4)']);
  });

  it('keeps a role line with nothing after it out, and a role word inside a line in', () => {
    const text = lines('---', '---', 'system:', 'user:', 'The user: says hi', 'user: not a marker either');
    expect(extractPrompt(text, 'a.prompty').content).toStrictEqual({
      kind: 'messages',
      conversations: [[{ role: 'user', content: 'The user: says hi\nuser: not a marker either' }]],
    });
  });

  it('is one system message when the body has no role line (the reference parser), and the whole file when there is no frontmatter', () => {
    expect(extractPrompt('---\nname: x\n---\n\n  Summarize {{doc}}.\n', 'a.prompty').content).toStrictEqual({ kind: 'messages', conversations: [[{ role: 'system', content: 'Summarize {{doc}}.' }]] });
    expect(extractPrompt('---\nname: x\n---\n', 'empty.prompty').content).toStrictEqual({ kind: 'text', text: '' });
    expect(extractPrompt('system:\r\nBe kind.\r\nuser:\r\n{{q}}\r\n', 'a.prompty').content).toStrictEqual({
      kind: 'messages',
      conversations: [[{ role: 'system', content: 'Be kind.' }, { role: 'user', content: '{{q}}' }]],
    });
  });

  it('rejects frontmatter that is never closed, or is not YAML', () => {
    const unclosed = userErrorOf(() => extractFixture('unclosed.prompty'));
    expect(unclosed.format()).toBe(
      'test/fixtures/prompts/unclosed.prompty:1:1: The frontmatter opened by this `---` line is never closed\n  End the frontmatter with a line holding only `---`, before the prompt text.',
    );
    const badYaml = userErrorOf(() => extractPrompt(lines('---', 'name: x', 'model:', '\tapi: chat', '---', 'system:', 'hi'), 'a.prompty'));
    expect(badYaml.location).toMatchObject({ line: 4 });
    expect(badYaml.message).toMatch(/^Invalid YAML/);
  });
});

describe('Dotprompt', () => {
  it('splits at role markers, leaves {{history}} and media out, keeps text untrimmed', () => {
    expect(extractFixture('food-chat.prompt')).toStrictEqual({
      format: 'dotprompt',
      content: {
        kind: 'messages',
        conversations: [
          [
            { role: 'system', content: '\nYou are a cheerful food assistant. Work a food item into every answer.\n' },
            { role: 'user', content: '\n{{question}}' },
          ],
        ],
      },
      placeholders: [{ name: 'question', tag: '{{question}}' }],
      excluded: [
        'output format instructions Genkit may add for frontmatter output.schema (line 10)',
        'earlier turns, which {{history}} inserts (line 17)',
        'a media part in the user message (line 19)',
      ],
    });
  });

  it('renames an empty message, starts a user message before any marker, and reads the model role as the assistant', () => {
    const text = lines(
      '# Copyright 2026 Example Co.',
      '---',
      'model: googleai/gemini-2.5-flash',
      '---',
      "Context first. {{role 'system'}}{{role \"user\"}}Question?{{~role \"model\"~}}Answer.{{section \"output\"}}",
    );
    const extracted = extractPrompt(text, 'x.prompt');
    expect(extracted.content).toStrictEqual({
      kind: 'messages',
      conversations: [
        [
          { role: 'user', content: 'Context first. ' },
          { role: 'user', content: 'Question?' },
          { role: 'assistant', content: 'Answer.' },
        ],
      ],
    });
    expect(extracted.placeholders).toStrictEqual([]);
    expect(extracted.excluded).toStrictEqual(['the output section Genkit fills in in the model message (line 5)']);
  });

  it('drops whitespace-only text between markers, as the reference splits it', () => {
    const text = '{{role "system"}}Hi{{history}}\n{{role "user"}}  \n{{role "model"}}  {{role "user"}}Q';
    expect(extractPrompt(text, 'x.prompt').content).toStrictEqual({
      kind: 'messages',
      conversations: [[{ role: 'system', content: 'Hi' }, { role: 'user', content: 'Q' }]],
    });
  });

  it('is one user message without role or history markers (as Genkit sends it); comments never count', () => {
    const text = lines('{{!-- a long', 'comment }} --}}', 'Greet {{name}}{{! inline }} warmly.');
    expect(extractPrompt(text, 'greet.prompt').content).toStrictEqual({ kind: 'messages', conversations: [[{ role: 'user', content: 'Greet {{name}} warmly.\n' }]] });
  });

  it('rejects a role Dotprompt does not have, at the marker', () => {
    expect(userErrorOf(() => extractFixture('bad-role.prompt')).format()).toBe(
      'test/fixtures/prompts/bad-role.prompt:4:1: {{role "sytem"}} is not a Dotprompt role\n  Use one of "system", "user", "model", "tool".',
    );
    const afterComments = lines('---', 'model: x', '---', '', '{{! one }}', '{{!-- two', '--}}', 'Intro {{! three }} {{role "assistant"}}');
    expect(userErrorOf(() => extractPrompt(afterComments, 'c.prompt')).location).toStrictEqual({ file: 'c.prompt', line: 8, column: 20 });
  });
});
