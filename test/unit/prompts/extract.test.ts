import { describe, expect, it } from 'vitest';
import { extractPrompt } from '../../../src/prompts/extract.js';
import { extractFixture, fixture, lines, userErrorOf } from './helpers.js';

const names = (placeholders: { name: string }[]) => placeholders.map((p) => p.name);

describe('plain text and Markdown', () => {
  it('are the whole file; single braces ({project}, JSON) are text, not placeholders', () => {
    const { text } = fixture('system.md');
    const extracted = extractFixture('system.md');
    expect(extracted).toStrictEqual({
      format: 'markdown',
      content: { kind: 'text', text },
      placeholders: [],
      excluded: [],
    });
  });

  it('a JSON file that is one string is that text', () => {
    expect(extractPrompt('"You are terse.\\nAnswer in {lang} for {{team}}."', 'system.json')).toMatchObject({
      content: { kind: 'text', text: 'You are terse.\nAnswer in {lang} for {{team}}.' },
      placeholders: [{ name: 'team', tag: '{{team}}' }],
    });
  });

  it('drop a byte order mark that decodePrompt did not', () => {
    expect(extractPrompt('\uFEFFHello', 'a.txt').content).toStrictEqual({ kind: 'text', text: 'Hello' });
    expect(extractPrompt('\uFEFF[{"role": "user", "content": "Hi"}]', 'a.json').content.kind).toBe('messages');
  });
});

describe('messages JSON', () => {
  it('reads a request object: messages with names, a list of text parts, placeholders', () => {
    const extracted = extractFixture('support-bot.json');
    expect(extracted.format).toBe('messages-json');
    expect(extracted.content).toStrictEqual({
      kind: 'messages',
      conversations: [
        [
          {
            role: 'system',
            content:
              "You are Ada, the support assistant for Acme Cloud Storage.\nAnswer in the customer's language. Be brief: three sentences at most, then offer a link from the help centre.\nNever promise refunds; hand those requests to a human agent with the tag #billing.\nThe customer's name is {{customer_name}} and their plan is {{plan}}.",
          },
          { role: 'user', name: 'example_customer', content: "My uploads stop at 99% since yesterday. What's going on?" },
          {
            role: 'assistant',
            name: 'example_agent',
            content:
              'Sorry about that! Uploads that stall at 99% are usually a browser extension blocking the final check. Please try a private window, and if it persists see https://help.acme.example/uploads.',
          },
          { role: 'user', content: '{{customer_message}}', parts: ['{{customer_message}}'] },
        ],
      ],
    });
    expect(extracted.placeholders).toStrictEqual([
      { name: 'customer_name', tag: '{{customer_name}}' },
      { name: 'plan', tag: '{{plan}}' },
      { name: 'customer_message', tag: '{{customer_message}}' },
    ]);
    expect(extracted.excluded).toStrictEqual([]);
  });

  it('reads the text parts of multimodal content and lists images and tool calls as excluded', () => {
    const extracted = extractFixture('multimodal.json');
    expect(extracted.content).toStrictEqual({
      kind: 'messages',
      conversations: [
        [
          { role: 'system', content: 'Describe images for screen-reader users.' },
          // Text parts joined with "\n", as vLLM joins them; kept as parts for a template that walks them.
          { role: 'user', content: 'What is in this picture?\n Be concise.', parts: ['What is in this picture?', ' Be concise.'] },
          { role: 'assistant', content: '' },
        ],
      ],
    });
    expect(extracted.excluded).toStrictEqual(['an image_url part at [1].content[1] (line 5)', 'tool calls at [2].tool_calls (line 8)']);
  });

  it('reads request-level function tools (and legacy functions) for counting; lists built-in tools as excluded', () => {
    const text = lines(
      '{',
      '  "tools": [{"type": "function", "function": {"name": "lookup"}}, {"type": "web_search"}],',
      '  "functions": [{"name": "legacy", "description": "Old style."}],',
      '  "messages": [{"role": "user", "content": "Hi"}]',
      '}',
    );
    const extracted = extractPrompt(text, 'req.json');
    expect(extracted.content).toMatchObject({
      tools: [[{ type: 'function', function: { name: 'lookup' } }, { type: 'function', function: { name: 'legacy', description: 'Old style.' } }]],
    });
    expect(extracted.excluded).toStrictEqual(['a web_search tool at tools[1] (line 2)']);
  });

  it('refuses a function tool without a name, at its line', () => {
    const error = userErrorOf(() => extractPrompt(lines('{', '  "tools": [{"type": "function", "function": {}}],', '  "messages": [{"role": "user", "content": "Hi"}]', '}'), 'req.json'));
    expect(error.format()).toMatch(/^req\.json:2:\d+: expected a function with a "name" at tools\[0\]\.function/);
  });

  it('reports a trailing comma at its line and column', () => {
    const error = userErrorOf(() => extractFixture('broken-comma.json'));
    expect(error.format()).toBe(
      'test/fixtures/prompts/broken-comma.json:4:1: expected a JSON value (an object, array, string, number, true, false or null)\n  JSON allows no comma after the last item; remove it.',
    );
  });

  it.each([
    ['a role that is not a chat role', '[{"role": "sytem", "content": "x"}]', 1, 11, '[0].role is "sytem", not a chat role', /Did you mean "system"\?/],
    ['a message without a role', '[{"role": "user", "content": "a"},\n {"content": "b"}]', 2, 2, 'expected [1] to have a "role"; it has none', /one of system, developer/],
    ['a message without content', '[{"role": "user"}]', 1, 2, 'expected [0] to have a "content"; it has none', /Add `content:`/],
    ['content that is a number', '[{"role": "user", "content": 42}]', 1, 30, 'expected [0].content to be text or an array of parts; it is the number 42', undefined],
    ['a part without a type', '[{"role": "user", "content": [{"text": "hi"}]}]', 1, 31, /^expected a content part with a "type".*\[0\]\.content\[0\] is an object without a text "type"$/, undefined],
    ['a text part without text', '[{"role": "user", "content": [{"type": "text"}]}]', 1, 31, 'expected a "text" string in the text part; [0].content[0] has none', undefined],
    ['a name that is not text', '[{"role": "user", "name": 7, "content": "x"}]', 1, 27, 'expected a text "name"; [0].name is the number 7', undefined],
    ['a message that is a string', '["hello"]', 1, 2, 'expected each message to be an object with "role" and "content"; [0] is the text "hello"', undefined],
    ['an empty list', '[]', 1, 1, 'The file holds no messages', undefined],
    ['a number at the top', '\n  42', 2, 3, 'expected an array of messages, or an object with a "messages" array; got the number 42', /format: text/],
  ])('rejects %s at its position', (_what, text, line, column, message, hint) => {
    const error = userErrorOf(() => extractPrompt(text, 'chat.json'));
    expect(error.location).toStrictEqual({ file: 'chat.json', line, column });
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    if (hint) expect(error.hint).toMatch(hint);
  });

  it('suggests select when the messages are under another key', () => {
    const error = userErrorOf(() => extractFixture('library.yaml'));
    expect(error.format()).toBe(
      'test/fixtures/prompts/library.yaml:1:1: expected a mapping with a "messages" list; it has no "messages" key\n' +
        '  If the prompt is under one of its keys ("prompts", "chat"), point `select:` at it; or count the file as it is with `format: text`.',
    );
  });
});

describe('messages YAML', () => {
  it('reads a list of messages, anchors and block text included', () => {
    const text = lines(
      '- role: system',
      '  content: &rules |',
      '    Be kind.',
      '    Be brief.',
      '- role: user',
      '  name: alice',
      '  content: *rules',
    );
    expect(extractPrompt(text, 'chat.yaml').content).toStrictEqual({
      kind: 'messages',
      conversations: [
        [
          { role: 'system', content: 'Be kind.\nBe brief.\n' },
          { role: 'user', name: 'alice', content: 'Be kind.\nBe brief.\n' },
        ],
      ],
    });
  });

  it('rejects a bad role at its line and column, in YAML words', () => {
    const error = userErrorOf(() => extractPrompt(lines('messages:', '  - role: user', '    content: hi', '  - role: bot', '    content: hello'), 'chat.yml'));
    expect(error.location).toStrictEqual({ file: 'chat.yml', line: 4, column: 11 });
    expect(error.message).toBe('messages[1].role is "bot", not a chat role');
    const notList = userErrorOf(() => extractPrompt('messages: hello\n', 'chat.yml'));
    expect(notList.message).toBe('expected a list of messages, or a mapping with a "messages" list; got the text "hello"');
  });

  it('reports YAML syntax errors and duplicate keys with positions', () => {
    const duplicate = userErrorOf(() => extractPrompt(lines('- role: user', '  content: a', '  content: b'), 'chat.yaml'));
    expect(duplicate.location).toMatchObject({ line: 3, column: 3 });
    expect(duplicate.hint).toMatch(/Each key may appear once/);
  });

  it('stops an alias bomb with a user error', () => {
    const bomb = lines(
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'messages: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]',
    );
    expect(userErrorOf(() => extractPrompt(bomb, 'bomb.yaml')).message).toMatch(/aliases \(\*name\) expand to more than 100000 values/);
  });
});

describe('JSONL', () => {
  it('reads one conversation per line, skipping blank lines and fine-tuning weights', () => {
    const extracted = extractFixture('few-shot.jsonl');
    expect(extracted.format).toBe('jsonl');
    if (extracted.content.kind !== 'messages') throw new Error('expected messages');
    const { conversations } = extracted.content;
    expect(conversations).toHaveLength(5);
    expect(conversations[2]).toStrictEqual([
      { role: 'system', content: 'Classify the sentiment of a product review as positive, negative or mixed.' },
      { role: 'user', content: 'Great camera, but the app crashes every time I export.' },
      { role: 'assistant', content: 'mixed' },
    ]);
    expect(conversations.map((c) => c[2]!.content)).toStrictEqual(['positive', 'negative', 'mixed', 'mixed', 'positive']);
    expect(conversations[4]![1]!.content).toBe('Ça marche très bien, livraison rapide 👍');
  });

  it('accepts CRLF line endings', () => {
    const text = '{"messages": [{"role": "user", "content": "a"}]}\r\n\r\n{"messages": [{"role": "user", "content": "b"}]}\r\n';
    const content = extractPrompt(text, 'x.jsonl').content;
    expect(content).toStrictEqual({ kind: 'messages', conversations: [[{ role: 'user', content: 'a' }], [{ role: 'user', content: 'b' }]] });
  });

  it('names the line of a record that is not a conversation', () => {
    const error = userErrorOf(() => extractFixture('broken-record.jsonl'));
    expect(error.format()).toBe(
      'test/fixtures/prompts/broken-record.jsonl:3:1: expected a JSON object with a "messages" array; it has no "messages" key\n' +
        '  Write each line as {"messages": [{"role": "user", "content": "..."}, ...]}.',
    );
  });

  it('names the line and column of malformed JSON and of a bad message inside a record', () => {
    const text = lines('{"messages": [{"role": "user", "content": "a"}]}', '{"messages": [{"role": "user", "content": "b"}]', '');
    expect(userErrorOf(() => extractPrompt(text, 'x.jsonl')).location).toStrictEqual({ file: 'x.jsonl', line: 2, column: 48 });
    const badRole = lines('{"messages": [{"role": "user", "content": "a"}]}', '', '{"messages": [{"role": "users", "content": "b"}]}');
    const error = userErrorOf(() => extractPrompt(badRole, 'x.jsonl'));
    expect(error.location).toStrictEqual({ file: 'x.jsonl', line: 3, column: 24 });
    expect(error.message).toBe('messages[0].role is "users", not a chat role');
    expect(userErrorOf(() => extractPrompt('[{"role": "user", "content": "a"}]', 'x.jsonl')).message).toBe(
      'expected a JSON object with a "messages" array; got an array',
    );
  });

  it('rejects a file without records', () => {
    expect(userErrorOf(() => extractPrompt('\n\n', 'x.jsonl')).message).toBe('x.jsonl holds no JSON lines');
  });
});

describe('GitHub Models .prompt.yml', () => {
  it('counts only messages, with {{variables}} as placeholders', () => {
    const extracted = extractFixture('summarizer.prompt.yml');
    expect(extracted).toStrictEqual({
      format: 'github-prompt',
      content: {
        kind: 'messages',
        conversations: [
          [
            { role: 'system', content: 'You summarize support tickets. Reply with one sentence that starts with "Summary -".' },
            { role: 'user', content: 'Summarize this ticket:\n<ticket>\n{{input}}\n</ticket>\n' },
          ],
        ],
      },
      placeholders: [{ name: 'input', tag: '{{input}}' }],
      excluded: [],
    });
  });

  it('treats single braces as text and lists a response schema as excluded', () => {
    const text = lines(
      'name: Extract',
      'model: openai/gpt-4.1',
      'responseFormat: json_schema',
      'jsonSchema: \'{"name": "r", "schema": {"type": "object"}}\'',
      'messages:',
      '  - role: user',
      "    content: 'Return {\"ok\": true} for {{item}} and {not_a_placeholder}'",
    );
    const extracted = extractPrompt(text, 'x.prompt.yml');
    expect(names(extracted.placeholders)).toStrictEqual(['item']);
    expect(extracted.excluded).toStrictEqual(['the response JSON schema at jsonSchema (line 4)']);
  });

  it('reports YAML syntax errors at their line and column', () => {
    const error = userErrorOf(() => extractFixture('broken-indent.prompt.yml'));
    expect(error.location).toStrictEqual({ file: 'test/fixtures/prompts/broken-indent.prompt.yml', line: 5, column: 4 });
    expect(error.message).toMatch(/^Invalid YAML: /);
  });

  it('requires messages', () => {
    const error = userErrorOf(() => extractPrompt(lines('name: x', 'model: openai/gpt-4o'), 'x.prompt.yml'));
    expect(error.message).toBe('expected a mapping with a "messages" list; it has no "messages" key');
  });
});
