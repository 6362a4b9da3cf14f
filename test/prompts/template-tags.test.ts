import { describe, expect, it } from 'vitest';
import { PlaceholderCollector, stripComments, type TagOptions } from '../../src/prompts/template-tags.js';

function placeholders(text: string, options: TagOptions = { pythonFormat: true }) {
  const collector = new PlaceholderCollector(options);
  collector.scan(text);
  return collector.list();
}

describe('placeholders', () => {
  it('are distinct by name, in order, spacing normalised', () => {
    expect(placeholders('Hi {{ customer_name }}, {{customer_name}} again; plan {{plan}}.')).toStrictEqual([
      { name: 'customer_name', tag: '{{customer_name}}' },
      { name: 'plan', tag: '{{plan}}' },
    ]);
  });

  it('read the variable of Jinja expressions and statements, skipping end and else tags', () => {
    const text = '{%- for doc in documents -%}{{ doc.title | upper }}{% else %}none{% endfor %}{% if user.is_vip %}VIP{% endif %}{% include "footer.txt" %}{{ a + b }}';
    expect(placeholders(text, { pythonFormat: false })).toStrictEqual([
      { name: 'documents', tag: '{% for doc in documents %}' },
      { name: 'doc.title', tag: '{{doc.title | upper}}' },
      { name: 'user.is_vip', tag: '{% if user.is_vip %}' },
      { name: 'footer.txt', tag: '{% include "footer.txt" %}' },
      { name: 'a', tag: '{{a + b}}' },
    ]);
  });

  it('read the argument of Handlebars helpers and blocks', () => {
    const text = '{{#each items as |item|}}{{item.name}}{{else}}-{{/each}}{{{raw_html}}}{{json data indent=2}}{{~ trimmed ~}}{{#if (eq a b)}}{{/if}}';
    expect(placeholders(text, { pythonFormat: false }).map((p) => [p.name, p.tag])).toStrictEqual([
      ['items', '{{#each items as |item|}}'],
      ['item.name', '{{item.name}}'],
      ['raw_html', '{{{raw_html}}}'],
      ['data', '{{json data indent=2}}'],
      ['trimmed', '{{trimmed}}'],
      ['a', '{{#if (eq a b)}}'],
    ]);
  });

  it('skip comments, escaped tags, literals and structural helpers', () => {
    const text = '{{! note }}{{!-- {{hidden}} --}}{# jinja #}\\{{escaped}}{{"literal"}}{{role "system"}}{{section "output"}}{{history}}';
    expect(placeholders(text, { pythonFormat: false, structuralHelpers: ['role', 'section'] })).toStrictEqual([{ name: 'history', tag: '{{history}}' }]);
  });

  it('take {identifier} only where Python formatting is possible, and never JSON', () => {
    const text = 'Hello {name}! Data: {"name": "x"} { spaced } {a.b} {{double}} ${js}';
    expect(placeholders(text).map((p) => p.tag)).toStrictEqual(['{name}', '{{double}}', '{js}']);
    expect(placeholders(text, { pythonFormat: false }).map((p) => p.tag)).toStrictEqual(['{{double}}']);
  });
});

describe('stripComments', () => {
  it('drops Handlebars comments, with their line when they stand alone', () => {
    expect(stripComments('{{! header }}\nA{{! inline }}B\n  {{!-- block\n}} --}}  \nC {{! end }}\n', 'handlebars').text).toBe('AB\nC \n');
    expect(stripComments('X\n{{! last }}', 'handlebars').text).toBe('X\n');
  });

  it('drops Jinja comments only', () => {
    expect(stripComments('A {# note #}B\n{# line #}\n', 'jinja').text).toBe('A B\n\n');
  });

  it('maps offsets in the stripped text back to the original', () => {
    const original = '{{! header }}\nA{{! inline }}B\n  {{! x }} C';
    const stripped = stripComments(original, 'handlebars');
    expect(stripped.text).toBe('AB\n   C');
    for (const char of ['A', 'B', 'C']) expect(original[stripped.original(stripped.text.indexOf(char))]).toBe(char);
    expect(stripped.original(stripped.text.indexOf('\n'))).toBe(original.indexOf('\n', 14));
  });
});
