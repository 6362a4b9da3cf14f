import { describe, expect, it } from 'vitest';
import { extractPrompt } from '../../../src/prompts/extract.js';
import { PlaceholderCollector, stripComments, type TagOptions } from '../../../src/prompts/template-tags.js';
import { lines } from './helpers.js';

function placeholders(text: string, options: TagOptions = { syntax: 'any' }) {
  const collector = new PlaceholderCollector(options);
  collector.scan(text);
  return collector.list();
}

const tagsOf = (text: string, path: string) => extractPrompt(text, path).placeholders.map((p) => p.tag);

/** Issue 13, item 4, as the three repositories showed it. */
describe('the tags issue 13 found listed wrongly', () => {
  it('a lone {{ in prose on line 33 is not paired with a }} on line 323 (a 9.7 KB "tag")', () => {
    const prose = Array.from({ length: 340 }, (_, i) => `Step ${String(i + 1).padStart(3, '0')}: explain it plainly now.`);
    prose[32] = 'Templates open a variable with {{ and close it later on.';
    prose[322] = 'The closing braces }} end it.';
    const text = lines(...prose);
    const from = text.indexOf('{{');
    expect(text.slice(0, from).split('\n')).toHaveLength(33);
    expect(text.indexOf('}}') - from).toBeGreaterThan(9_700);
    for (const path of ['patterns/explain/system.md', 'prompt.txt']) expect(extractPrompt(text, path).placeholders).toStrictEqual([]);
    // A real tag on the same lines is still found.
    expect(tagsOf(text.replace('plainly now.', 'for {{audience}}.'), 'system.md')).toStrictEqual(['{{audience}}']);
  });

  it('regex text such as \\p{Bidi_Control} and Markdown such as {emoji} are not placeholders', () => {
    const text = lines(
      '# Sanitizer',
      'Remove every character matching `/[\\p{Bidi_Control}\\p{Cc}]/u` and `\\d{2,4}`.',
      'End each summary with {emoji}, e.g. {emoji} = 🎉.',
      '## Output {#output}',
      'Answer as {"severity": "high"} or ${HOME}.',
    );
    expect(tagsOf(text, 'patterns/sanitize/system.md')).toStrictEqual([]);
    expect(tagsOf(text, 'sanitize.txt')).toStrictEqual([]);
    expect(tagsOf(JSON.stringify([{ role: 'system', content: text }]), 'chat.json')).toStrictEqual([]);
  });

  it('{{media url=x}} in Dotprompt is excluded from the count, so it is never listed as counted as written', () => {
    const extracted = extractPrompt(lines('---', 'model: googleai/gemini-2.5-flash', '---', 'Describe this photo for {{audience}}:', '{{media url=x}}'), 'photo.prompt');
    expect(extracted.content).toStrictEqual({ kind: 'messages', conversations: [[{ role: 'user', content: 'Describe this photo for {{audience}}:\n' }]] });
    expect(extracted.placeholders).toStrictEqual([{ name: 'audience', tag: '{{audience}}' }]);
    expect(extracted.excluded).toStrictEqual(['a media part in the user message (line 5)']);
  });

  it('each listed tag is cut to 40 characters, with …', () => {
    const long = '{{ customer.profile.preferences | selectattr("enabled") | map(attribute="label") | join(", ") }}';
    const [tag] = tagsOf(`Preferences: ${long}\n`, 'system.md');
    expect(tag).toBe('{{customer.profile.preferences | select…');
    expect([...tag!]).toHaveLength(40);
    // Cut between whole characters, never inside a surrogate pair.
    expect(tagsOf(`{% if "${'😀'.repeat(50)}" in greeting %}x{% endif %}`, 'system.md')).toStrictEqual([`{% if "${'😀'.repeat(32)}…`]);
  });
});

describe('placeholders by format', () => {
  it('Prompty is Jinja2 by default: {{ }} and {% %}, raw blocks literal, no single braces, no Mustache-only tags', () => {
    const text = lines(
      '---',
      'name: Support',
      '---',
      'system:',
      'Help {{ customer.name }} {# never counted #} with {name} and \\p{L}.',
      '{%- for doc in documents -%}',
      '{{ doc.title | upper }}',
      '{% endfor %}',
      '{% if user.plan == "pro" and',
      '      user.seats > 10 %}Large account.{% endif %}',
      '{% raw %}Write {{ like_this }} and {% not_a_tag %}.{% endraw %}',
      'Unclosed {{ on this line',
      'and }} on the next.',
      '{{#each items}}{{/each}}',
      'user:',
      '{{question}}',
    );
    const extracted = extractPrompt(text, 'support.prompty');
    expect(extracted.placeholders).toStrictEqual([
      { name: 'customer.name', tag: '{{customer.name}}' },
      { name: 'documents', tag: '{% for doc in documents %}' },
      { name: 'doc.title', tag: '{{doc.title | upper}}' },
      { name: 'user.plan', tag: '{% if user.plan == "pro" and user.seats…' },
      { name: 'items', tag: '{{#each items}}' },
      { name: 'question', tag: '{{question}}' },
    ]);
  });

  it('Prompty with `template: mustache` (or format: mustache) reads Mustache: sections, no Jinja, {{! }} comments not counted', () => {
    const body = lines(
      'system:',
      'Hello {{name}}{{! a comment }}. {{#orders}}- {{id}} {{/orders}}{{^orders}}none{{/orders}}',
      '{{{raw_html}}} {{&unescaped}} {{> footer}} {{.}} {{=<% %>=}}',
      '{% if jinja %}not a tag{% endif %} {# counted as written #} {{ spaced }} {{media url=x}} {name}',
    );
    const expected = [
      { name: 'name', tag: '{{name}}' },
      { name: 'orders', tag: '{{#orders}}' },
      { name: 'id', tag: '{{id}}' },
      { name: 'raw_html', tag: '{{{raw_html}}}' },
      { name: 'unescaped', tag: '{{&unescaped}}' },
      { name: 'footer', tag: '{{>footer}}' },
      { name: 'spaced', tag: '{{spaced}}' },
    ];
    for (const template of ['template: mustache', 'template:\n  format: mustache\n  parser: prompty', 'template: { type: Mustache }']) {
      const extracted = extractPrompt(`---\nname: x\n${template}\n---\n${body}`, 'a.prompty');
      expect(extracted.placeholders, template).toStrictEqual(expected);
      const [message] = extracted.content.kind === 'messages' ? extracted.content.conversations[0]! : [];
      expect(message?.content, template).toContain('Hello {{name}}. {{#orders}}');
      expect(message?.content, template).toContain('{# counted as written #}');
    }
    // Jinja stays the default for any other name: `{% %}` is a tag, `{# #}` a comment.
    const jinja = extractPrompt('---\ntemplate: jinja2\n---\n{% if jinja %}A{% endif %}{# gone #}{{! kept }}', 'a.prompty');
    expect(jinja.placeholders.map((p) => p.tag)).toStrictEqual(['{% if jinja %}']);
    expect(jinja.content).toStrictEqual({ kind: 'messages', conversations: [[{ role: 'system', content: '{% if jinja %}A{% endif %}{{! kept }}' }]] });
  });

  it('Dotprompt is Handlebars: helpers that are not text are not listed, {{history}} is named as excluded', () => {
    const text = lines(
      '---',
      'model: googleai/gemini-2.5-flash',
      '---',
      '{{role "system"}}',
      'You know {{json profile indent=2}} and {{#each items as |item|}}{{item.name}}{{/each}}.',
      '{{#if (eq tier "gold")}}Gold.{{else}}Standard.{{/if}} \\{{escaped}} {% not_jinja %} {name}',
      '{{section "output"}}',
      '{{history}}',
      '{{role "user"}}',
      '{{ media url=photoUrl contentType="image/png" }}',
      '{{{question}}}',
    );
    const extracted = extractPrompt(text, 'chat.prompt');
    expect(extracted.placeholders).toStrictEqual([
      { name: 'profile', tag: '{{json profile indent=2}}' },
      { name: 'items', tag: '{{#each items as |item|}}' },
      { name: 'item.name', tag: '{{item.name}}' },
      { name: 'tier', tag: '{{#if (eq tier "gold")}}' },
      { name: 'question', tag: '{{{question}}}' },
    ]);
    expect(extracted.excluded).toStrictEqual([
      'earlier turns, which {{history}} inserts (line 8)',
      'the output section Genkit fills in in the system message (line 7)',
      'a media part in the user message (line 10)',
    ]);
  });

  it('GitHub Models .prompt.yml fills exactly {{key}}: nothing else is a placeholder', () => {
    const text = lines(
      'name: x',
      'model: openai/gpt-4.1',
      'messages:',
      '  - role: user',
      '    content: |',
      '      Ticket {{input}} for {{customer-name}}; {{ spaced }} and {{#if x}} stay as written.',
      '      {% if x %}, {name}, \\p{L} and {{{triple}}} too.',
      'testData:',
      '  - input: "{{not_sent}}"',
    );
    expect(extractPrompt(text, 'x.prompt.yml').placeholders).toStrictEqual([
      { name: 'input', tag: '{{input}}' },
      { name: 'customer-name', tag: '{{customer-name}}' },
      { name: 'triple', tag: '{{triple}}' },
    ]);
  });

  it('chat JSON, YAML and JSONL declare no engine: {{ }} and {% %} on their lines, never {name}', () => {
    const content = 'You help {{company}} customers in {lang}. {% if vip %}Be warm.{% endif %} Regex: \\p{Lu}{2}.';
    expect(tagsOf(JSON.stringify([{ role: 'system', content }]), 'chat.json')).toStrictEqual(['{{company}}', '{% if vip %}']);
    expect(tagsOf(`${JSON.stringify({ messages: [{ role: 'user', content }] })}\n`, 'train.jsonl')).toStrictEqual(['{{company}}', '{% if vip %}']);
    expect(tagsOf(`- role: system\n  content: ${JSON.stringify(content)}\n`, 'chat.yaml')).toStrictEqual(['{{company}}', '{% if vip %}']);
    expect(tagsOf(JSON.stringify('Answer in {lang}.'), 'system.json')).toStrictEqual([]);
  });
});

describe('PlaceholderCollector', () => {
  it('lists names once, in order, spacing normalised', () => {
    expect(placeholders('Hi {{ customer_name }}, {{customer_name}} again; plan {{plan}}.')).toStrictEqual([
      { name: 'customer_name', tag: '{{customer_name}}' },
      { name: 'plan', tag: '{{plan}}' },
    ]);
  });

  it('reads the variable of Jinja expressions and statements, skipping end and else tags', () => {
    const text = '{%- for doc in documents -%}{{ doc.title | upper }}{% else %}none{% endfor %}{% if user.is_vip %}VIP{% endif %}{% include "footer.txt" %}{{ a + b }}';
    expect(placeholders(text, { syntax: 'jinja' })).toStrictEqual([
      { name: 'documents', tag: '{% for doc in documents %}' },
      { name: 'doc.title', tag: '{{doc.title | upper}}' },
      { name: 'user.is_vip', tag: '{% if user.is_vip %}' },
      { name: 'footer.txt', tag: '{% include "footer.txt" %}' },
      { name: 'a', tag: '{{a + b}}' },
    ]);
  });

  it('reads the argument of Handlebars helpers and blocks', () => {
    const text = '{{#each items as |item|}}{{item.name}}{{else}}-{{/each}}{{{raw_html}}}{{json data indent=2}}{{~ trimmed ~}}{{#if (eq a b)}}{{/if}}';
    expect(placeholders(text, { syntax: 'handlebars' }).map((p) => [p.name, p.tag])).toStrictEqual([
      ['items', '{{#each items as |item|}}'],
      ['item.name', '{{item.name}}'],
      ['raw_html', '{{{raw_html}}}'],
      ['data', '{{json data indent=2}}'],
      ['trimmed', '{{trimmed}}'],
      ['a', '{{#if (eq a b)}}'],
    ]);
  });

  it('skips comments, escaped tags, literals and structural helpers', () => {
    const text = '{{! note }}{{!-- x --}}\\{{escaped}}{{"literal"}}{{role "system"}}{{section "output"}}{{history}}{{media url=photo}}{{name}}';
    expect(placeholders(text, { syntax: 'handlebars', structuralHelpers: ['role', 'history', 'section', 'media'] })).toStrictEqual([{ name: 'name', tag: '{{name}}' }]);
  });

  it('never reads an inline tag across lines; a statement may wrap, but not over a blank line or past 512 characters', () => {
    expect(placeholders('{{ first\n}} {{\nsecond }} {{{third\n}}}')).toStrictEqual([]);
    expect(placeholders('{% if a and\n   b %}x{% endif %}').map((p) => p.name)).toStrictEqual(['a']);
    expect(placeholders('{% if a and\n\n b %}')).toStrictEqual([]);
    expect(placeholders(`{% if a ${'and b '.repeat(110)}%}`)).toStrictEqual([]);
  });

  it('reads text full of unclosed tags in linear time', () => {
    const hostile = `${'{{ a {% b '.repeat(40_000)}\n${'{'.repeat(100_000)}`;
    const started = performance.now();
    for (const syntax of ['any', 'jinja', 'handlebars'] as const) expect(placeholders(hostile, { syntax })).toStrictEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('stripComments', () => {
  it('drops Handlebars comments, with their line when they stand alone', () => {
    expect(stripComments('{{! header }}\nA{{! inline }}B\n  {{!-- block\n}} --}}  \nC {{! end }}\n', 'handlebars').text).toBe('AB\nC \n');
    expect(stripComments('X\n{{! last }}', 'handlebars').text).toBe('X\n');
  });

  it('drops Mustache comments up to their first }}', () => {
    expect(stripComments('{{! header }}\nA{{!-- x }} y --}}B\n', 'mustache').text).toBe('A y --}}B\n');
  });

  it('drops Jinja comments only', () => {
    expect(stripComments('A {# note #}B\n{# line #}\n', 'jinja').text).toBe('A B\n\n');
    // `{{#` opens an expression, as Jinja's lexer reads it, not a comment running to the next `#}`.
    expect(stripComments('{{#x}} A {# note #}B', 'jinja').text).toBe('{{#x}} A B');
  });

  it('takes linear time on unclosed comments', () => {
    const started = performance.now();
    for (const [engine, open] of [['jinja', '{# a '], ['handlebars', '{{! a '], ['handlebars', '{{!-- a }} '], ['mustache', '{{! a ']] as const) {
      const text = open.repeat(40_000);
      const stripped = stripComments(text, engine).text;
      expect(stripped.length).toBeLessThanOrEqual(text.length);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('maps offsets in the stripped text back to the original', () => {
    const original = '{{! header }}\nA{{! inline }}B\n  {{! x }} C';
    const stripped = stripComments(original, 'handlebars');
    expect(stripped.text).toBe('AB\n   C');
    for (const char of ['A', 'B', 'C']) expect(original[stripped.original(stripped.text.indexOf(char))]).toBe(char);
    expect(stripped.original(stripped.text.indexOf('\n'))).toBe(original.indexOf('\n', 14));
  });
});
