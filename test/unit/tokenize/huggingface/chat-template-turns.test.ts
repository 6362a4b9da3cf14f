/**
 * The check that a chat template wrote every message (src/tokenize/huggingface/chat.ts): a message
 * the template leaves out is an error naming it; a message the template writes rewritten the way
 * real templates rewrite (trimmed, its reasoning block dropped, JSON-escaped by `tojson`) is not.
 */
import { describe, expect, it } from 'vitest';
import { ChatTemplate, TemplateError } from '../../../../src/tokenize/huggingface/chat.js';

const template = (source: string) => ChatTemplate.from(source, 'chat_template', {})!;
const render = (source: string, messages: { role: string; content: string }[]) => template(source).render(messages, { addGenerationPrompt: false });

describe('a chat template that leaves a message out', () => {
  it('is an error naming the message and its role', () => {
    const usersOnly = "{% for m in messages %}{% if m.role == 'user' %}{{ m.content }}{% endif %}{% endfor %}";
    expect(() => render(usersOnly, [{ role: 'user', content: 'Hi' }, { role: 'model', content: 'Hello' }])).toThrow(TemplateError);
    expect(() => render(usersOnly, [{ role: 'user', content: 'Hi' }, { role: 'model', content: 'Hello' }])).toThrow(/leaves out message 2 \(role "model"\)/);
  });

  it('is not an error for a message written trimmed, without its reasoning, or JSON-escaped', () => {
    const rewriting = "{% for m in messages %}{% if m.role == 'tool' %}{{ m.content | tojson }}{% elif m.role == 'assistant' %}{{ m.content.split('</think>')[-1] | trim }}{% else %}{{ m.content | trim }}{% endif %}{% endfor %}";
    const messages = [
      { role: 'user', content: '  What is the "weather"?\n' },
      { role: 'assistant', content: '<think>Call the tool.</think>\nLet me look.' },
      { role: 'tool', content: 'Sunny,\n"20 °C"' },
    ];
    expect(render(rewriting, messages)).toContain('Let me look.');
  });

  it('is not an error for a message without text', () => {
    expect(render('{% for m in messages %}[{{ m.role }}]{% endfor %}', [{ role: 'assistant', content: '' }])).toBe('[assistant]');
  });
});
