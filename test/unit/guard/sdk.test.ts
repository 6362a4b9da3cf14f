/**
 * Issue 16: one line around the official SDK clients. The real `openai` and `@anthropic-ai/sdk`
 * packages talk HTTP to local servers answering the documented response shapes; the servers check
 * the request shapes and record what arrived: the fitted messages and the output cap.
 */
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI, type Content } from '@google/genai';
import OpenAI from 'openai';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardYaml, words } from '../../helpers/guard.js';
import { BudgetExceededError, openBudgets, withBudgets, type Budgets, type FittedRequest, type GuardMessage } from '../../../src/lib/index.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

const received: Received[] = [];
let url = '';
const server = createServer((request, response) => {
  let data = '';
  request.setEncoding('utf8').on('data', (chunk: string) => (data += chunk));
  request.on('end', () => {
    const body = JSON.parse(data) as Record<string, unknown>;
    received.push({ path: request.url ?? '', headers: request.headers, body });
    const reply = (status: number, json: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    if (/^\/v1beta\/models\/[^/:]+:generateContent$/.test(request.url ?? '')) {
      // ai.google.dev/api/generate-content: contents of user and model turns, each with parts.
      const contents = body.contents as { role?: unknown; parts?: unknown }[] | undefined;
      if (!Array.isArray(contents) || contents.some((c) => (c.role !== 'user' && c.role !== 'model') || !Array.isArray(c.parts))) return reply(400, { error: { code: 400, status: 'INVALID_ARGUMENT', message: 'contents must be user and model turns with parts' } });
      return reply(200, { candidates: [{ content: { role: 'model', parts: [{ text: 'ok' }] }, finishReason: 'STOP', index: 0 }], usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 1, totalTokenCount: 11 }, modelVersion: 'gemini-2.5-flash' });
    }
    if (request.url === '/v1/responses') {
      // platform.openai.com/docs/api-reference/responses/create and its Response object.
      const input = body.input as { type?: unknown; role?: unknown }[] | undefined;
      if (typeof body.model !== 'string' || !Array.isArray(input) || input.some((item) => item.type === undefined && typeof item.role !== 'string')) return reply(400, { error: { type: 'invalid_request_error', message: 'model and input are required' } });
      return reply(200, { id: 'resp_1', object: 'response', created_at: 1_700_000_000, status: 'completed', model: body.model, output: [{ type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'ok', annotations: [] }] }], usage: { input_tokens: 10, input_tokens_details: { cached_tokens: 0 }, output_tokens: 1, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 11 } });
    }
    const messages = body.messages as { role?: unknown }[] | undefined;
    if (typeof body.model !== 'string' || !Array.isArray(messages) || messages.some((m) => typeof m.role !== 'string')) return reply(400, { error: { type: 'invalid_request_error', message: 'model and messages are required' } });
    if (request.url === '/v1/chat/completions') {
      // platform.openai.com/docs/api-reference/chat/object
      return reply(200, { id: 'chatcmpl-1', object: 'chat.completion', created: 1_700_000_000, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: 'ok', refusal: null }, logprobs: null, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 1, total_tokens: 11 } });
    }
    if (request.url === '/v1/messages') {
      // docs.anthropic.com/en/api/messages: max_tokens is required, and messages start with a user turn.
      if (typeof body.max_tokens !== 'number' || messages[0]?.role !== 'user') return reply(400, { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens required; first message must use the user role' } });
      return reply(200, { id: 'msg_1', type: 'message', role: 'assistant', model: body.model, content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } });
    }
    reply(404, { error: { message: 'not found' } });
  });
});

const yaml = (model: string) =>
  guardYaml(model, [
    { name: 'support-chat', reserve: '{ history: 400, user_input: 100, output: 256 }' },
    { name: 'short-chat', reserve: '{ history: 60, user_input: 100, output: 64 }' },
  ]);

let openaiBudgets: Budgets;
let claudeBudgets: Budgets;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  openaiBudgets = await openBudgets({ yaml: yaml('gpt-4o') });
  claudeBudgets = await openBudgets({ yaml: yaml('claude-sonnet-4-5') });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function conversation(turns: number): GuardMessage[] {
  const history: GuardMessage[] = [];
  for (let i = 0; i < turns; i++) history.push({ role: 'user', content: words(15, i) }, { role: 'assistant', content: words(25, i) });
  return history;
}

describe('withBudgets(openai)', () => {
  it('sends the fitted messages with max_completion_tokens at the reserve, and answers as the SDK does', async () => {
    const fits: FittedRequest[] = [];
    const client = withBudgets(new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0 }), openaiBudgets, { request: 'support-chat', onFit: (f) => fits.push(f) });
    const messages = [{ role: 'system' as const, content: 'You are Acme support.' }, ...(conversation(30) as OpenAI.ChatCompletionMessageParam[]), { role: 'user' as const, content: 'Where is my order?' }];
    const start = received.length;
    const answer = await client.chat.completions.create({ model: 'gpt-4o', messages });
    expect(answer.choices[0]!.message.content).toBe('ok');
    const [sent] = received.slice(start);
    expect(sent!.path).toBe('/v1/chat/completions');
    expect(sent!.body.messages).toEqual(fits[0]!.messages);
    expect(sent!.body.max_completion_tokens).toBe(256);
    expect((sent!.body.messages as unknown[]).length).toBeLessThan(messages.length);
    expect((sent!.body.messages as unknown[])[0]).toEqual(messages[0]);
    expect((sent!.body.messages as unknown[]).at(-1)).toEqual(messages.at(-1));
    expect(fits[0]!.tokens.history).toBeLessThanOrEqual(400);
  });

  it('takes the request from the x-prompt-budget-request header, which is not sent on, and lowers a larger max_tokens', async () => {
    const client = withBudgets(new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0 }), openaiBudgets, { request: 'support-chat' });
    const start = received.length;
    await client.chat.completions.create({ model: 'gpt-4o', max_tokens: 1000, messages: [...(conversation(5) as OpenAI.ChatCompletionMessageParam[]), { role: 'user', content: 'hi' }] }, { headers: { 'x-prompt-budget-request': 'short-chat' } });
    const [sent] = received.slice(start);
    expect(sent!.headers['x-prompt-budget-request']).toBeUndefined();
    expect(sent!.body.max_tokens).toBe(64);
    expect(sent!.body.max_completion_tokens).toBeUndefined();
    // short-chat keeps 60 tokens of history: the last pair alone is 15 + 25 words and more.
    expect((sent!.body.messages as unknown[]).length).toBeLessThanOrEqual(3);
  });

  it('keeps a smaller max_tokens the caller set', async () => {
    const client = withBudgets(new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0 }), openaiBudgets, { request: 'support-chat' });
    const start = received.length;
    await client.chat.completions.create({ model: 'gpt-4o', max_completion_tokens: 20, messages: [{ role: 'user', content: 'hi' }] });
    expect(received[start]!.body.max_completion_tokens).toBe(20);
  });

  it('refuses user input over its reserve before any request is made', async () => {
    const client = withBudgets(new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0 }), openaiBudgets, { request: 'support-chat' });
    const start = received.length;
    const error = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: words(300) }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ part: 'user_input', reserve: 100 });
    expect(received.length).toBe(start);
  });
});

describe('withBudgets(openai).responses', () => {
  it('sends the fitted input with max_output_tokens at the reserve; calls made together stay with their outputs', async () => {
    const client = withBudgets(new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0 }), openaiBudgets, { request: 'support-chat' });
    const calls: OpenAI.Responses.ResponseInputItem[] = [
      { type: 'function_call', call_id: 'c1', name: 'lookup', arguments: '{"order":1}' },
      { type: 'function_call', call_id: 'c2', name: 'lookup', arguments: '{"order":2}' },
      { type: 'function_call_output', call_id: 'c1', output: 'shipped' },
      { type: 'function_call_output', call_id: 'c2', output: 'in stock' },
    ];
    const older = conversation(30).map((m) => ({ role: m.role as 'user' | 'assistant', content: m.content as string }));
    const input: OpenAI.Responses.ResponseInput = [...older, { role: 'user', content: [{ type: 'input_text', text: 'Where are orders 1 and 2?' }] }, ...calls];
    const start = received.length;
    const answer = await client.responses.create({ model: 'gpt-4o', instructions: 'You are Acme support.', input, max_output_tokens: 5000 });
    expect(answer.output_text).toBe('ok');
    const sent = received[start]!;
    const sentInput = sent.body.input as unknown[];
    expect(sent.path).toBe('/v1/responses');
    expect(sent.body.instructions).toBe('You are Acme support.');
    expect(sent.body.max_output_tokens).toBe(256);
    // This call's input is the calls and their outputs, with the user's question before them kept as history.
    expect(sentInput.slice(-4)).toEqual(calls);
    expect(sentInput.length).toBeLessThan(input.length);
    expect(input.slice(input.length - sentInput.length)).toEqual(sentInput);
    expect((sentInput[0] as { role: string }).role).toBe('user');
  });
});

describe('withBudgets(new GoogleGenAI())', () => {
  it('sends trimmed contents, a function call with its response, maxOutputTokens at the reserve, and the request named in a header that is not sent on', async () => {
    const geminiBudgets = await openBudgets({ yaml: yaml('gemini-2.5-flash') });
    const client = withBudgets(new GoogleGenAI({ apiKey: 'test-key', httpOptions: { baseUrl: url } }), geminiBudgets);
    const call: Content = { role: 'model', parts: [{ functionCall: { name: 'lookup', args: { order: 7 } } }] };
    const answer: Content = { role: 'user', parts: [{ functionResponse: { name: 'lookup', response: { status: 'shipped' } } }] };
    const older: Content[] = conversation(25).map((m) => ({ role: m.role === 'assistant' ? 'model' : 'user', parts: [{ text: String(m.content) }] }));
    const contents: Content[] = [...older, { role: 'user', parts: [{ text: 'Where is order 7?' }] }, call, answer];
    const start = received.length;
    const response = await client.models.generateContent({ model: 'gemini-2.5-flash', contents, config: { systemInstruction: 'You are Acme support.', maxOutputTokens: 8192, httpOptions: { headers: { 'x-prompt-budget-request': 'support-chat' } } } });
    expect(response.text).toBe('ok');
    const sent = received[start]!;
    expect(sent.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(sent.headers['x-prompt-budget-request']).toBeUndefined();
    const body = sent.body as { contents: Content[]; generationConfig?: { maxOutputTokens?: number }; systemInstruction?: unknown };
    expect(body.generationConfig?.maxOutputTokens).toBe(256);
    expect(JSON.stringify(body.systemInstruction)).toContain('You are Acme support.');
    expect(body.contents.slice(-2)).toEqual([call, answer]);
    expect(body.contents[0]!.role).toBe('user');
    expect(body.contents.length).toBeLessThan(contents.length);
    expect(contents.slice(contents.length - body.contents.length)).toEqual(body.contents);
  });
});

describe('withBudgets(anthropic)', () => {
  it('sends trimmed messages starting on a user turn, tool_use with its tool_result, and max_tokens at the reserve', async () => {
    const client = withBudgets(new Anthropic({ apiKey: 'sk-ant-test', baseURL: url, maxRetries: 0 }), claudeBudgets, { request: 'support-chat' });
    const toolUse: Anthropic.MessageParam = { role: 'assistant', content: [{ type: 'text', text: 'Looking it up.' }, { type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { order: 12345 } }] };
    const toolResult: Anthropic.MessageParam = { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'shipped yesterday' }] };
    const messages: Anthropic.MessageParam[] = [...(conversation(25) as Anthropic.MessageParam[]), { role: 'user', content: 'Where is order 12345?' }, toolUse, toolResult];
    const start = received.length;
    const answer = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 4096, system: 'You are Acme support.', messages, tools: [{ name: 'lookup', description: 'Find an order', input_schema: { type: 'object', properties: { order: { type: 'number' } } } }] });
    expect(answer.content[0]).toEqual({ type: 'text', text: 'ok' });
    const sent = received[start]!;
    const sentMessages = sent.body.messages as Anthropic.MessageParam[];
    expect(sent.body.max_tokens).toBe(256);
    expect(sent.body.system).toBe('You are Acme support.');
    expect(sentMessages[0]!.role).toBe('user');
    expect(sentMessages.slice(-2)).toEqual([toolUse, toolResult]);
    expect(sentMessages.length).toBeLessThan(messages.length);
    expect(messages.slice(messages.length - sentMessages.length)).toEqual(sentMessages);
  });
});
