/**
 * Components whose files are chat messages, few-shot JSONL or templates: counted as the model
 * receives them, with the chat overhead shown apart and labelled an estimate where OpenAI
 * publishes no figure for the model.
 */
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import type { ComponentConfig } from '../../../src/config/types.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { component } from '../../helpers/components.js';
import { oracleCount } from '../../helpers/oracle.js';

const MESSAGES = JSON.stringify(
  {
    model: 'ignored: configuration, not prompt',
    messages: [
      { role: 'system', content: 'You are the support assistant for {{company}}. Answer briefly.' },
      { role: 'user', name: 'example_user', content: 'Where is my order 10248?' },
      { role: 'assistant', name: 'example_assistant', content: 'It ships tomorrow.' },
    ],
  },
  null,
  2,
);
const SHOTS = [
  { messages: [{ role: 'user', content: 'Cancel my order.' }, { role: 'assistant', content: 'Done: order 10249 is cancelled.' }] },
  { messages: [{ role: 'user', content: 'Refund please.' }, { role: 'assistant', content: 'Refunded to your card.' }] },
]
  .map((line) => JSON.stringify(line))
  .join('\n');

async function measure(c: ComponentConfig, files: Record<string, string>) {
  const report = await checkBudgets({ path: 'budgets.yml', version: 1, components: [c], requests: [], models: [] }, memoryRevision({ label: 'head' }, files), null);
  return { report, result: report.components[0]! };
}

describe('components in chat formats', () => {
  it('counts a messages file as the cookbook does for gpt-4o: contents, roles and names, 3 per message, 1 per name, 3 per reply', async () => {
    const { result, report } = await measure(component({ name: 'support', files: ['chat.json'], maxTokens: 500, model: 'gpt-4o' }), { 'chat.json': MESSAGES });
    const texts = ['You are the support assistant for {{company}}. Answer briefly.', 'Where is my order 10248?', 'It ships tomorrow.'];
    const content = texts.reduce((sum, t) => sum + oracleCount(t), 0);
    const overhead = ['system', 'user', 'assistant', 'example_user', 'example_assistant'].reduce((sum, t) => sum + oracleCount(t), 0) + 3 * 3 + 2 * 1 + 3;
    expect(result.head).toMatchObject({ tokens: content + overhead, overhead, estimated: false });
    expect(result.head.files[0]).toMatchObject({ format: 'messages-json', overheadExact: true, placeholders: ['{{company}}'] });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(`chat formatting (per message 3 plus its role, per name 1, per reply 3) is ${overhead} of ${content + overhead} tokens in \`support\`.`);
    expect(markdown).not.toContain('≈');
    expect(markdown).toContain('`{{company}}`');
  });

  it('primes no reply after a JSONL line that ends with the answer (a fine-tuning example), and marks gpt-4.1 totals as estimates', async () => {
    const { result, report } = await measure(component({ name: 'shots', files: ['shots.jsonl'], maxTokens: 500, model: 'gpt-4.1' }), { 'shots.jsonl': SHOTS });
    const contents = ['Cancel my order.', 'Done: order 10249 is cancelled.', 'Refund please.', 'Refunded to your card.'];
    const content = contents.reduce((sum, t) => sum + oracleCount(t), 0);
    const overhead = 2 * (oracleCount('user') + oracleCount('assistant')) + 4 * 3;
    expect(result.head).toMatchObject({ tokens: content + overhead, overhead, estimated: true });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(`≈${content + overhead}`);
    expect(markdown).toContain("chat formatting is estimated for `gpt-4.1` (OpenAI's cookbook formula; OpenAI publishes no figure for this model): `shots`.");
  });

  it('reads a file with the format and select the component gives, whatever its extension', async () => {
    const wrapped = JSON.stringify({ prompts: { support: JSON.parse(MESSAGES).messages } });
    const { result } = await measure(component({ name: 'support', files: ['prompts.data'], maxTokens: 500, model: 'gpt-4o', format: 'messages-json', select: '/prompts/support' }), { 'prompts.data': wrapped });
    const { result: direct } = await measure(component({ name: 'support', files: ['chat.json'], maxTokens: 500, model: 'gpt-4o' }), { 'chat.json': MESSAGES });
    expect(result.head.tokens).toBe(direct.head.tokens);
  });

  it('marks a file with a malformed record as not countable, with its file, line and column', async () => {
    const broken = `${SHOTS}\n{"messages": [{"role": "user", "content": "Hi"}`;
    const { result } = await measure(component({ name: 'shots', files: ['shots.jsonl'], maxTokens: 500 }), { 'shots.jsonl': broken });
    expect(result.status).toBe('unreadable');
    expect(result.head.files[0]?.problem).toMatch(/^shots\.jsonl:3:\d+: /);
  });
});
