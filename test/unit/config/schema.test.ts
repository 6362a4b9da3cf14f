import { readFileSync } from 'node:fs';
import { Ajv, type AnySchemaObject } from 'ajv';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../../../src/config/load.js';
import { readShareOrTokens, readTokenCount } from '../../../src/config/quantity.js';
import { ENCODING_NAMES } from '../../../src/tokenize/tiktoken/encoding-names.js';

const schema = JSON.parse(readFileSync(new URL('../../../budgets.schema.json', import.meta.url), 'utf8')) as AnySchemaObject;
// Strict mode catches misspelt keywords; strictRequired is off because "not both model and
// encoding" is written `not: {required: [model, encoding]}`, which lists keys defined beside it.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
// ajv-formats is CommonJS: under NodeNext the default import is its module object, whose
// `default` is the plugin (at run time the plugin carries a `default` pointing to itself).
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

const lines = (...text: string[]) => text.join('\n') + '\n';

function schemaAccepts(text: string): boolean {
  return validate(parseYaml(text)) === true;
}

function loaderAccepts(text: string): boolean {
  try {
    parseConfig(text, 'budgets.yml');
    return true;
  } catch {
    return false;
  }
}

/** Examples as the README, the design notes and the repository's own budgets.yml write them. */
const EXAMPLES: Record<string, string> = {
  "the repository's budgets.yml": lines(
    '# yaml-language-server: $schema=./budgets.schema.json',
    'version: 1',
    'defaults:',
    '  model: gpt-4.1',
    '  warn_at: 90%',
    'components:',
    '  support-system:',
    '    files: examples/support/system.md',
    '    max_tokens: 450',
    '    max_growth: 10%',
    '    message: The support prompt is sent on every turn; ask the support-bot owners before raising this.',
    '  support-shots:',
    '    files:',
    '      - examples/support/shots/*.md',
    '      - "!examples/support/shots/draft-*.md"',
    '    max_tokens: 400',
    '  summarize-system:',
    '    files: examples/summarize/system.md',
    '    model: gpt-4o-mini',
    '    max_tokens: 150',
  ),
  'the README example': lines(
    'version: 1',
    'fail_on: made-worse',
    'defaults:',
    '  model: gpt-4.1',
    '  warn_at: 90%',
    '  min_change: 10',
    'components:',
    '  support-system:',
    '    files: prompts/support/system.md',
    '    max_tokens: 1500',
    '    max_growth: 10%',
    '    message: "Ask #support-bot before raising this."',
    '  support-examples:',
    '    files: ["prompts/support/shots/*.md", "!prompts/support/shots/draft-*"]',
    '    max_tokens: 6000',
    '    model: gpt-4o-mini',
  ),
  'token counts and encodings': lines(
    'version: 1',
    'defaults:',
    '  encoding: cl100k_base',
    '  warn_at: 1000',
    'components:',
    '  legacy:',
    '    files: legacy/**/*.txt',
    '    max_tokens: 2000',
    '    warn_at: 12.5%',
    '    max_growth: 300',
    '  dated:',
    '    files: [.github/prompts/triage.md]',
    '    model: gpt-4o-2024-08-06',
    '    max_tokens: 5000',
    '    max_growth: 250%',
  ),
  'the smallest file': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 1, encoding: o200k_base}'),
  'requests': lines(
    'version: 1',
    'defaults: {model: gpt-4.1}',
    'components:',
    '  system: {files: system.md, max_tokens: 500}',
    '  shots: {files: shots.jsonl, max_tokens: 900}',
    'requests:',
    '  chat:',
    '    components: [system, shots]',
    '    reserve: {history: 8000, user_input: 2000, output: 4096}',
    '    volume: 50000/day',
    '  digest: {model: gpt-4.1, components: system, volume: 1.5M/month}',
    '  nightly: {components: [shots], volume: "2,000 per Day"}',
  ),
  'formats': lines(
    'version: 1',
    'defaults: {model: gpt-4o}',
    'components:',
    '  shots: {files: shots.jsonl, max_tokens: 900}',
    '  chat: {files: prompts/chat.json, max_tokens: 500, format: messages-json, select: /messages}',
  ),
  'readable token counts': lines(
    'version: 1',
    'defaults: {model: gpt-4.1, warn_at: 1k}',
    'components:',
    '  a: {files: a.md, max_tokens: 8k, max_growth: 1.5k}',
    '  b: {files: b.md, max_tokens: 12_000, warn_at: 10_000}',
    '  c: {files: c.md, max_tokens: 1M}',
    'requests:',
    '  chat: {components: [a, b], reserve: {history: 8k, user_input: 2_000, output: 4096}}',
  ),
  'models': lines(
    'version: 1',
    'models:',
    '  acme-ft: {encoding: o200k_base, context_window: 64000, max_output: 4000, prices: {input: 0.3, cached_input: 0.15, output: 1.2}}',
    '  gpt-4.1: {context_window: 300000}',
    'components: {c: {files: a.md, max_tokens: 5, model: acme-ft}}',
  ),
  'fail_on and min_change': lines(
    'version: 1',
    'fail_on: any-over',
    'defaults: {model: gpt-4.1, min_change: 1%}',
    'components:',
    '  a: {files: a.md, max_tokens: 8k, min_change: 20}',
    '  b: {files: b.md, max_tokens: 500, min_change: 0}',
    '  c: {files: c.md, max_tokens: 500, min_change: 1.5k}',
  ),
  'fail_on made-worse': lines('version: 1', 'fail_on: made-worse', 'components: {c: {files: a.md, max_tokens: 5, model: o3, min_change: "0%"}}'),
  'coverage and a per-file family (as init writes them)': lines(
    'version: 1',
    'coverage: { unbudgeted: fail }',
    'defaults: {model: gpt-4.1}',
    'components:',
    '  patterns-system:',
    '    files: "patterns/*/system.md"',
    '    per_file: true',
    '    max_tokens: 1_400',
  ),
  'coverage with prompts and exclude': lines('version: 1', 'coverage: {prompts: ["agents/**/*.md"], exclude: [docs/prompts/example.md], unbudgeted: warn}', 'components: {c: {files: a.md, max_tokens: 5, model: o3, per_file: false}}'),
  'generation_prompt on a chat component': lines('version: 1', 'components: {c: {files: train.jsonl, max_tokens: 5, model: gpt-4o, generation_prompt: false}}'),
  'coverage with one glob and off': lines('version: 1', 'coverage: {prompts: "llm/*.txt", unbudgeted: "off"}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'an empty defaults:': lines('version: 1', 'defaults:', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}'),
  'tokenizers of other vendors': lines(
    'version: 1',
    'defaults: {models: [gpt-4.1, claude-sonnet-4-5]}',
    'models:',
    '  house-llama: {tokenizer: models/llama/tokenizer.json, context_window: 128000}',
    'components:',
    '  a: {files: a.md, max_tokens: 5}',
    '  b: {files: b.md, max_tokens: 5, model: gemini-2.5-pro}',
    '  c: {files: c.md, max_tokens: 5, tokenizer: models/qwen/tokenizer.json}',
    '  d: {files: d.md, max_tokens: 5, model: house-llama}',
    '  e: {files: e.md, max_tokens: 5, model: llama-3.3-70b, tokenizer: models/llama/tokenizer.json}',
  ),
};

/** Typical mistakes, each one the schema and the loader both reject. */
const MISTAKES: Record<string, string> = {
  'an unknown coverage key': lines('version: 1', 'coverage: {unbudget: fail}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'an unknown unbudgeted value': lines('version: 1', 'coverage: {unbudgeted: fial}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'an empty coverage': lines('version: 1', 'coverage:', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'a coverage exclude with !': lines('version: 1', 'coverage: {exclude: ["!docs/*.md"]}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'a coverage glob with ..': lines('version: 1', 'coverage: {prompts: ["../x/*.md"]}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'generation_prompt as text': lines('version: 1', 'components: {c: {files: a.json, max_tokens: 5, model: o3, generation_prompt: "no"}}'),
  'per_file as text': lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3, per_file: "yes"}}'),
  'an unknown top-level key': lines('version: 1', 'component: {}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'an unknown component key': lines('version: 1', 'components:', '  c: {files: a.md, max_token: 5, model: o3}'),
  'an unknown defaults key': lines('version: 1', 'defaults: {model: o3, max_growth: 5%}', 'components: {c: {files: a.md, max_tokens: 5}}'),
  'a request with an unknown key': lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}', 'requests: {chat: {components: [c], reserved: {output: 5}}}'),
  'a request with a fractional reserve': lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}', 'requests: {chat: {components: [c], reserve: {output: 2.5}}}'),
  'a model with a price as text': lines('version: 1', 'models: {gpt-4o: {prices: {input: "$2.50"}}}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'a model with an unknown key': lines('version: 1', 'models: {gpt-4o: {window: 5}}', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'an unknown format': lines('version: 1', 'components: {c: {files: a.json, max_tokens: 5, model: o3, format: messages}}'),
  'a request with a bad volume': lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}', 'requests: {chat: {model: o3, components: [c], volume: 5 each day}}'),
  'a missing max_tokens': lines('version: 1', 'components:', '  c: {files: a.md, model: o3}'),
  'a missing files': lines('version: 1', 'components:', '  c: {max_tokens: 5, model: o3}'),
  'a missing version': lines('components:', '  c: {files: a.md, max_tokens: 5, model: o3}'),
  'version 2': lines('version: 2', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}'),
  'empty components': lines('version: 1', 'components: {}'),
  'a quoted max_tokens': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: "1500", model: o3}'),
  'a zero max_tokens': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 0, model: o3}'),
  'a fractional max_tokens': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 1.5, model: o3}'),
  'a fractional readable max_tokens': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 1.2345k, model: o3}'),
  'a zero readable max_tokens': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 0k, model: o3}'),
  'a max_tokens with a unit': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 8kb, model: o3}'),
  'a bad percent': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, warn_at: abc%}'),
  'a warn_at of 0%': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, warn_at: 0%}'),
  'a warn_at above 100%': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, warn_at: 150%}'),
  'a max_growth of 0%': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, max_growth: 0%}'),
  'a fractional warn_at': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, warn_at: 0.9}'),
  'an empty files list': lines('version: 1', 'components:', '  c: {files: [], max_tokens: 5, model: o3}'),
  'an empty glob': lines('version: 1', 'components:', '  c: {files: "", max_tokens: 5, model: o3}'),
  'an absolute glob': lines('version: 1', 'components:', '  c: {files: /etc/a.md, max_tokens: 5, model: o3}'),
  'a drive-letter glob': lines('version: 1', 'components:', '  c: {files: "C:/a.md", max_tokens: 5, model: o3}'),
  'a glob leaving the repository': lines('version: 1', 'components:', '  c: {files: [a.md, "!../b.md"], max_tokens: 5, model: o3}'),
  'a glob with backslashes': lines('version: 1', 'components:', '  c: {files: "prompts\\\\a.md", max_tokens: 5, model: o3}'),
  'a glob with ./': lines('version: 1', 'components:', '  c: {files: ./a.md, max_tokens: 5, model: o3}'),
  'only exclusions': lines('version: 1', 'components:', '  c: {files: ["!a.md"], max_tokens: 5, model: o3}'),
  'a non-string glob': lines('version: 1', 'components:', '  c: {files: [a.md, 5], max_tokens: 5, model: o3}'),
  'model and encoding': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, encoding: o200k_base}'),
  'a min_change above 100%': lines('version: 1', 'defaults: {min_change: 150%}', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3}'),
  'model and models': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, models: [gpt-4.1]}'),
  'models and tokenizer': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, models: [gpt-4.1], tokenizer: t/tokenizer.json}'),
  'encoding and tokenizer in defaults': lines('version: 1', 'defaults: {encoding: o200k_base, tokenizer: t/tokenizer.json}', 'components: {c: {files: a.md, max_tokens: 5}}'),
  'an empty models list': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, models: []}'),
  'a repeated model in models': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, models: [o3, o3]}'),
  'a tokenizer leaving the repository': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, tokenizer: ../t/tokenizer.json}'),
  'an absolute tokenizer path': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, tokenizer: /t/tokenizer.json}'),
  'a tokenizer path with a ./ segment': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, tokenizer: ./t/tokenizer.json}'),
  'a tokenizer glob': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, tokenizer: "t/*.json"}'),
  'a user model with encoding and tokenizer': lines('version: 1', 'models: {x: {encoding: o200k_base, tokenizer: t/tokenizer.json}}', 'components: {c: {files: a.md, max_tokens: 5, model: x}}'),
  'model and encoding in defaults': lines('version: 1', 'defaults: {model: o3, encoding: o200k_base}', 'components: {c: {files: a.md, max_tokens: 5}}'),
  'an unknown encoding': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, encoding: o200k}'),
  'a message that is not text': lines('version: 1', 'components:', '  c: {files: a.md, max_tokens: 5, model: o3, message: 5}'),
  'an unknown fail_on': lines('version: 1', 'fail_on: made_worse', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'fail_on in defaults': lines('version: 1', 'defaults: {model: o3, fail_on: any-over}', 'components: {c: {files: a.md, max_tokens: 5}}'),
  'fail_on in a component': lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3, fail_on: any-over}}'),
  'min_change at the top level': lines('version: 1', 'min_change: 5', 'components: {c: {files: a.md, max_tokens: 5, model: o3}}'),
  'a negative min_change': lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3, min_change: -5}}'),
  'a fractional min_change': lines('version: 1', 'components: {c: {files: a.md, max_tokens: 5, model: o3, min_change: 0.5}}'),
  'a blank component name': lines('version: 1', 'components:', '  " ": {files: a.md, max_tokens: 5, model: o3}'),
};

describe('budgets.schema.json', () => {
  it('is a draft-07 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(typeof validate).toBe('function');
  });

  it.each(Object.entries(EXAMPLES))('accepts %s, as the loader does', (_name, text) => {
    expect(schemaAccepts(text), ajv.errorsText(validate.errors)).toBe(true);
    expect(loaderAccepts(text)).toBe(true);
  });

  it("accepts the README's budgets.yml example as written there", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((block) => block.startsWith('# yaml-language-server'));
    expect(example).toBeDefined();
    expect(example).toMatch(/^fail_on: /m);
    expect(schemaAccepts(example!), ajv.errorsText(validate.errors)).toBe(true);
    expect(loaderAccepts(example!)).toBe(true);
  });

  it.each(Object.entries(MISTAKES))('rejects %s, as the loader does', (_name, text) => {
    expect(schemaAccepts(text)).toBe(false);
    expect(loaderAccepts(text)).toBe(false);
  });

  it('names the offending key for an unknown key', () => {
    validate(parseYaml(MISTAKES['an unknown component key']!));
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'max_token' } }));
  });

  it('lists exactly the encodings the tokenizer has', () => {
    const encoding = (schema.definitions as Record<string, { enum?: string[] }>).encoding;
    expect(encoding?.enum).toEqual([...ENCODING_NAMES]);
  });

  it('describes every property, so editors can show what each key means', () => {
    const definitions = schema.definitions as Record<string, AnySchemaObject>;
    const undescribed: string[] = [];
    const visit = (node: AnySchemaObject, at: string) => {
      for (const [key, property] of Object.entries((node.properties ?? {}) as Record<string, AnySchemaObject>)) {
        const target = typeof property.$ref === 'string' ? definitions[property.$ref.replace('#/definitions/', '')] : property;
        if (!target?.description) undescribed.push(`${at}.${key}`);
        if (target?.properties) visit(target, `${at}.${key}`);
      }
    };
    visit(schema, '');
    visit(definitions.component!, 'component');
    expect(undescribed).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
    expect(definitions.component!.additionalProperties).toBe(false);
  });

  it('agrees with the loader on which percent strings are valid', () => {
    const warnAt = new RegExp((schema.definitions as Record<string, { oneOf: { pattern?: string }[] }>).warn_at!.oneOf[1]!.pattern!, 'u');
    const growth = new RegExp(((schema.definitions as Record<string, AnySchemaObject>).component!.properties as Record<string, { oneOf: { pattern?: string }[] }>).max_growth!.oneOf[1]!.pattern!, 'u');
    const percentLike = fc.string({ unit: fc.constantFrom(...'0123456789.% -a'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(percentLike, (text) => {
        expect(warnAt.test(text)).toBe('value' in readShareOrTokens(text, 'x', 'warn_at', 100));
        expect(growth.test(text)).toBe('value' in readShareOrTokens(text, 'x', 'max_growth'));
      }),
      { numRuns: 2000 },
    );
    for (const boundary of ['100%', '100.0%', '0.01%', '99.99%', '100.01%', '00%', '0100%']) {
      expect(warnAt.test(boundary)).toBe('value' in readShareOrTokens(boundary, 'x', 'warn_at', 100));
    }
  });

  it('agrees with the loader on which min_change values are valid', () => {
    const valueLike = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789._ kKmM-%'.split('')), maxLength: 8 }),
      fc.integer({ min: -3, max: 3000 }),
      fc.double({ min: -2, max: 2, noNaN: true }),
    );
    fc.assert(
      fc.property(valueLike, (value) => {
        const text = lines('version: 1', 'components:', `  c: {files: a.md, model: o3, max_tokens: 5, min_change: ${JSON.stringify(value)}}`);
        expect(schemaAccepts(text), String(value)).toBe(loaderAccepts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the loader on which token-count strings are valid (12_000, 8k, 1.5k, 1M)', () => {
    const definitions = schema.definitions as Record<string, AnySchemaObject>;
    const tokens = new RegExp((definitions.tokens!.oneOf as { pattern?: string }[])[1]!.pattern!, 'u');
    const reserve = (((definitions.request!.properties as Record<string, AnySchemaObject>).reserve!.properties as Record<string, AnySchemaObject>).history!.oneOf as { pattern?: string }[])[1]!.pattern!;
    expect(reserve).toBe(tokens.source);
    const tokenLike = fc.string({ unit: fc.constantFrom(...'0123456789._ kKmM-,%'.split('')), maxLength: 9 });
    fc.assert(
      fc.property(tokenLike, (text) => {
        const accepted = 'value' in readTokenCount(text, 'x', 'max_tokens');
        expect(tokens.test(text), text).toBe(accepted);
        // warn_at and max_growth take the same strings as counts, besides percentages.
        expect(validate(parseYaml(lines('version: 1', 'components:', `  c: {files: a.md, model: o3, max_tokens: ${JSON.stringify(text)}}`)))).toBe(accepted);
      }),
      { numRuns: 3000 },
    );
    for (const boundary of ['1.234k', '1.2340k', '1.2345k', '0.001k', '0.0001k', '1.000001M', '1.0000001M', '0.000001M', '1_000', '1_000.0', '0_0k', '1.5', '08k']) {
      expect(tokens.test(boundary), boundary).toBe('value' in readTokenCount(boundary, 'x', 'max_tokens'));
    }
  });
});
