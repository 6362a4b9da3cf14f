import { describe, expect, it } from 'vitest';
import { extractPrompt } from '../../../src/prompts/extract.js';
import { parseSelect } from '../../../src/prompts/json-pointer.js';
import { extractFixture, fixture, lines, userErrorOf } from './helpers.js';

describe('select', () => {
  it('picks a string as text, by dotted path or JSON Pointer', () => {
    expect(extractFixture('library.yaml', { select: 'prompts.system' })).toStrictEqual({
      format: 'messages-yaml',
      content: { kind: 'text', text: 'You are a careful translator. Keep formatting and placeholders as they are.\n' },
      placeholders: [],
      excluded: [],
    });
    const user = extractFixture('library.yaml', { select: '/prompts/user' });
    expect(user.content).toStrictEqual({ kind: 'text', text: 'Translate to {language}: {text}' });
    // Single braces are text in a format that declares no str.format (see template-tags.ts).
    expect(user.placeholders).toStrictEqual([]);
  });

  it('picks messages: a list, or a mapping holding one', () => {
    const expected = { kind: 'messages', conversations: [[{ role: 'system', content: 'You are a careful translator.' }, { role: 'user', content: 'Translate "bonjour" to English.' }]] };
    expect(extractFixture('library.yaml', { select: 'chat.messages' }).content).toStrictEqual(expected);
    expect(extractFixture('library.yaml', { select: 'chat' }).content).toStrictEqual(expected);
    expect(extractFixture('library.yaml', { select: 'chat.messages[1].content' }).content).toStrictEqual({ kind: 'text', text: 'Translate "bonjour" to English.' });
    expect(extractFixture('support-bot.json', { select: '/messages/3/content/0/text' }).content).toStrictEqual({ kind: 'text', text: '{{customer_message}}' });
  });

  it('decodes JSON Pointer escapes and bracketed keys', () => {
    const text = '{"a/b": {"c~d": "slash and tilde"}, "x.y": "dotted"}';
    expect(extractPrompt(text, 'k.json', { select: '/a~1b/c~0d' }).content).toStrictEqual({ kind: 'text', text: 'slash and tilde' });
    expect(extractPrompt(text, 'k.json', { select: '["x.y"]' }).content).toStrictEqual({ kind: 'text', text: 'dotted' });
  });

  it('applies to each line of a JSONL file', () => {
    const text = lines('{"id": 1, "chat": [{"role": "user", "content": "a"}]}', '{"id": 2, "chat": [{"role": "user", "content": "b"}]}');
    expect(extractPrompt(text, 'x.jsonl', { select: 'chat' }).content).toStrictEqual({
      kind: 'messages',
      conversations: [[{ role: 'user', content: 'a' }], [{ role: 'user', content: 'b' }]],
    });
  });

  it('names the path, the point where it failed and the keys there, with a suggestion', () => {
    const error = userErrorOf(() => extractFixture('library.yaml', { select: 'prompts.sytem' }));
    expect(error.format()).toBe(
      'test/fixtures/prompts/library.yaml:2:3: select "prompts.sytem" matches nothing: prompts has no key "sytem"\n' +
        '  Did you mean "system"? Keys at prompts: "system", "user".',
    );
    const top = userErrorOf(() => extractFixture('library.yaml', { select: '/promts/system' }));
    expect(top.message).toBe('select "/promts/system" matches nothing: the top level has no key "promts"');
    expect(top.hint).toBe('Did you mean "prompts"? Keys at the top level: "prompts", "chat".');
    expect(top.location).toMatchObject({ line: 1, column: 1 });
  });

  it('says when an index is out of range or the path runs past a string', () => {
    const index = userErrorOf(() => extractFixture('library.yaml', { select: 'chat.messages[5]' }));
    expect(index.message).toBe('select "chat.messages[5]" matches nothing: chat.messages is a list of 2 items, and "5" is not one of its indexes');
    expect(index.hint).toBe('Use an index from 0 to 1.');
    expect(index.location).toMatchObject({ line: 7, column: 5 });
    const past = userErrorOf(() => extractFixture('library.yaml', { select: 'prompts.user.text' }));
    expect(past.message).toBe('select "prompts.user.text" matches nothing: prompts.user is the text "Translate to {language}: {text}", which has no key "text"');
    const json = userErrorOf(() => extractPrompt('{"messages": []}', 'a.json', { select: 'messages[0]' }));
    expect(json.message).toMatch(/messages is an array of 0 items/);
  });

  it('rejects a value that is neither text nor messages', () => {
    const error = userErrorOf(() => extractPrompt('{"temperature": 0.2}', 'a.json', { select: 'temperature' }));
    expect(error.message).toBe('expected an array of messages, or an object with a "messages" array; got the number 0.2');
    expect(error.location).toMatchObject({ line: 1, column: 17 });
  });

  it('rejects malformed paths and formats it does not apply to', () => {
    for (const bad of ['prompts..system', '.prompts', 'prompts.', 'a[x]', 'a.[0]']) {
      expect(userErrorOf(() => parseSelect(bad)).message, bad).toMatch(new RegExp(`^select ${JSON.stringify(bad).replace(/[.[\]]/g, '\\$&')} is not a path`));
    }
    expect(parseSelect('messages[0].content').segments).toStrictEqual(['messages', '0', 'content']);
    const { text, path } = fixture('system.md');
    expect(userErrorOf(() => extractPrompt(text, path, { select: 'a' })).message).toBe(
      'test/fixtures/prompts/system.md: select applies to JSON, JSONL and YAML prompt files, and this file is read as markdown',
    );
  });
});
