/**
 * Local stand-ins for Anthropic's count_tokens and Gemini's countTokens, on 127.0.0.1 and a
 * free port. They check requests as the real APIs document them (method, path, headers, body)
 * and answer in the documented shapes, success and error alike; a script of one-off replies
 * plays outages and rate limits. Made to be reused by end-to-end tests.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed, or undefined when it is not JSON. */
  json: unknown;
}

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, instead of `body`. */
  raw?: string;
  /** Never answer (the client's timeout has to end the request). */
  hang?: boolean;
  /**
   * Send the status and headers at once, then `chunk` every `everyMs` ms, forever (until the client
   * goes away): a byte every second is an answer that never finishes, a large chunk often an endless one.
   */
  stream?: { chunk: string; everyMs: number };
}

export interface FakeOptions {
  /** The one key the server accepts. */
  apiKey?: string;
  /** Models the server knows. */
  models?: readonly string[];
  /** Tokens the server adds to every request's count (Anthropic's message framing). */
  framing?: number;
  /** The fake's tokenizer. */
  tokens?: (text: string) => number;
  /** How long every regular answer takes. */
  delayMs?: number;
  /** A reply for some requests (by content, say), ahead of the script and regular behaviour; undefined for the rest. */
  reply?: (request: RecordedRequest) => ScriptedReply | undefined;
}

export interface FakeServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Replies served first, one per request, before regular behaviour resumes. */
  readonly script: ScriptedReply[];
  /** Requests in flight at once, at most, so far. */
  readonly maxInFlight: number;
  /** Requests in flight now (a request the client aborted is no longer in flight). */
  readonly inFlight: number;
  close(): Promise<void>;
}

export const FAKE_KEY = 'sk-test-0123456789abcdef';
export const ANTHROPIC_MODELS = ['claude-sonnet-4-5', 'claude-opus-4-7'] as const;
export const GEMINI_MODELS = ['gemini-2.5-flash', 'gemini-2.5-pro'] as const;
/** The framing the Anthropic fake adds, as a public measurement saw ("Hi" → 8). */
export const ANTHROPIC_FAKE_FRAMING = 7;
/**
 * The tool-use system prompt the Anthropic fake adds when a request has tools: Anthropic's tool-use
 * guide gives 346 tokens for Claude 4 models with tool_choice auto.
 */
export const ANTHROPIC_FAKE_TOOLS_PROMPT = 346;

/** The fakes count a tool definition as the tokens of its JSON text. */
export function fakeToolTokens(definition: unknown, tokens = fakeTokens): number {
  return tokens(JSON.stringify(definition));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whitespace as Python's str.isspace() has it (the API's errors read like pydantic's): JavaScript's
 * \s without U+FEFF, plus the separators U+001C-U+001F and U+0085, which JavaScript's trim() keeps.
 */
// eslint-disable-next-line no-control-regex
const PYTHON_WHITESPACE_ONLY = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/** The fakes' tokenizer: a run of letters, a digit, a run of whitespace or any other character is one token. */
export function fakeTokens(text: string): number {
  return text.match(/\p{L}+|\p{N}|\s+|[^\p{L}\p{N}\s]/gu)?.length ?? 0;
}

export function anthropicError(status: number, type: string, message: string, extra: Record<string, unknown> = {}): ScriptedReply {
  return { status, body: { type: 'error', error: { type, message, ...extra }, request_id: 'req_fake' } };
}

export function googleError(code: number, status: string, message: string, details?: unknown[]): ScriptedReply {
  return { status: code, body: { error: { code, message, status, ...(details ? { details } : {}) } } };
}

export function startFakeAnthropic(options: FakeOptions = {}): Promise<FakeServer> {
  const { apiKey = FAKE_KEY, models = ANTHROPIC_MODELS, framing = ANTHROPIC_FAKE_FRAMING, tokens = fakeTokens } = options;
  return startFake(options, (request) => {
    if (request.method !== 'POST' || request.url !== '/v1/messages/count_tokens') return anthropicError(404, 'not_found_error', 'Not Found');
    if (request.headers['x-api-key'] !== apiKey) return anthropicError(401, 'authentication_error', 'invalid x-api-key');
    if (request.headers['anthropic-version'] !== '2023-06-01') return anthropicError(400, 'invalid_request_error', 'anthropic-version: header is required');
    if (!request.headers['content-type']?.startsWith('application/json')) return anthropicError(400, 'invalid_request_error', 'content-type must be application/json');
    const body = request.json as Record<string, unknown> | undefined;
    if (typeof body !== 'object' || body === null) return anthropicError(400, 'invalid_request_error', 'There was an issue with the request body: not JSON');
    for (const key of Object.keys(body)) if (!['model', 'messages', 'system', 'tools'].includes(key)) return anthropicError(400, 'invalid_request_error', `${key}: Extra inputs are not permitted`);
    if (typeof body.model !== 'string') return anthropicError(400, 'invalid_request_error', 'model: Field required');
    if (!Array.isArray(body.messages) || body.messages.length === 0) return anthropicError(400, 'invalid_request_error', 'messages: Field required');
    let total = framing;
    for (const message of body.messages as { role?: unknown; content?: unknown }[]) {
      if (message.role !== 'user' && message.role !== 'assistant') return anthropicError(400, 'invalid_request_error', 'messages.0.role: Input should be user or assistant');
      if (typeof message.content !== 'string') return anthropicError(400, 'invalid_request_error', 'messages.0.content: fake accepts string content only');
      if (message.content === '') return anthropicError(400, 'invalid_request_error', 'messages: user messages must have non-empty content');
      if (PYTHON_WHITESPACE_ONLY.test(message.content)) return anthropicError(400, 'invalid_request_error', 'messages: text content blocks must contain non-whitespace text');
      total += tokens(message.content);
    }
    if (typeof body.system === 'string') total += tokens(body.system);
    if (body.tools !== undefined) {
      // As the Messages API documents a custom tool: { name, description?, input_schema } (and a few optional keys we never send).
      if (!Array.isArray(body.tools)) return anthropicError(400, 'invalid_request_error', 'tools: Input should be a valid list');
      for (const [index, tool] of (body.tools as unknown[]).entries()) {
        if (!isRecord(tool)) return anthropicError(400, 'invalid_request_error', `tools.${index}: Input should be an object`);
        for (const key of Object.keys(tool)) if (!['name', 'description', 'input_schema', 'cache_control', 'type'].includes(key)) return anthropicError(400, 'invalid_request_error', `tools.${index}.${key}: Extra inputs are not permitted`);
        if (typeof tool.name !== 'string' || !/^[a-zA-Z0-9_-]{1,128}$/.test(tool.name)) return anthropicError(400, 'invalid_request_error', `tools.${index}.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'`);
        if (tool.description !== undefined && typeof tool.description !== 'string') return anthropicError(400, 'invalid_request_error', `tools.${index}.description: Input should be a valid string`);
        if (!isRecord(tool.input_schema) || tool.input_schema.type !== 'object') return anthropicError(400, 'invalid_request_error', `tools.${index}.input_schema.type: Input should be 'object'`);
        total += fakeToolTokens(tool, tokens);
      }
      if (body.tools.length > 0) total += ANTHROPIC_FAKE_TOOLS_PROMPT;
    }
    if (!models.includes(body.model)) return anthropicError(404, 'not_found_error', `model: ${body.model}`);
    return { status: 200, body: { input_tokens: total } };
  });
}

export function startFakeGemini(options: FakeOptions = {}): Promise<FakeServer> {
  const { apiKey = FAKE_KEY, models = GEMINI_MODELS, framing = 0, tokens = fakeTokens } = options;
  return startFake(options, (request) => {
    const path = /^\/v1beta\/models\/([^/?]+):countTokens$/.exec(request.url);
    if (request.method !== 'POST' || !path) return googleError(404, 'NOT_FOUND', `The requested URL ${request.url} was not found on this server.`);
    if (request.headers['x-goog-api-key'] !== apiKey) {
      return googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
      ]);
    }
    const body = request.json as { contents?: unknown; generateContentRequest?: unknown } | undefined;
    if (typeof body !== 'object' || body === null) return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
    let total = framing;
    // Either contents or a generateContentRequest (model, contents, tools, ...), never both.
    let contents = body.contents;
    if (body.generateContentRequest !== undefined) {
      if (contents !== undefined) return googleError(400, 'INVALID_ARGUMENT', 'Model + contents and generate_content_request are mutually exclusive.');
      const generate = body.generateContentRequest;
      if (!isRecord(generate)) return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received. generateContentRequest is not an object.');
      if (typeof generate.model !== 'string' || generate.model !== `models/${decodeURIComponent(path[1]!)}`) return googleError(400, 'INVALID_ARGUMENT', '* GenerateContentRequest.model: must be models/{model}, the model in the URL');
      for (const key of Object.keys(generate)) if (!['model', 'contents', 'tools', 'toolConfig', 'systemInstruction'].includes(key)) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${key}" at 'generate_content_request'.`);
      contents = generate.contents;
      if (generate.tools !== undefined) {
        if (!Array.isArray(generate.tools)) return googleError(400, 'INVALID_ARGUMENT', "Invalid value at 'generate_content_request.tools'");
        for (const tool of generate.tools as unknown[]) {
          if (!isRecord(tool) || !Array.isArray(tool.functionDeclarations)) return googleError(400, 'INVALID_ARGUMENT', 'fake accepts function declarations only');
          for (const declaration of tool.functionDeclarations as unknown[]) {
            if (!isRecord(declaration) || typeof declaration.name !== 'string' || !/^[a-zA-Z_][a-zA-Z0-9_.:-]{0,63}$/.test(declaration.name)) return googleError(400, 'INVALID_ARGUMENT', '* GenerateContentRequest.tools[0].function_declarations[0].name: Invalid function name.');
            for (const key of Object.keys(declaration)) if (!['name', 'description', 'parameters', 'parametersJsonSchema', 'response', 'responseJsonSchema', 'behavior'].includes(key)) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${key}" at 'generate_content_request.tools[0].function_declarations[0]'.`);
            if (declaration.parameters !== undefined && declaration.parametersJsonSchema !== undefined) return googleError(400, 'INVALID_ARGUMENT', 'parameters and parametersJsonSchema are mutually exclusive');
            total += fakeToolTokens(declaration, tokens);
          }
        }
      }
    }
    if (!Array.isArray(contents)) return googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
    for (const content of contents as { role?: unknown; parts?: unknown }[]) {
      if (content.role !== undefined && content.role !== 'user' && content.role !== 'model') return googleError(400, 'INVALID_ARGUMENT', 'Please use a valid role: user, model.');
      if (!Array.isArray(content.parts) || content.parts.length === 0) return googleError(400, 'INVALID_ARGUMENT', '* contents.parts: must not be empty');
      for (const part of content.parts as { text?: unknown }[]) {
        if (typeof part.text !== 'string') return googleError(400, 'INVALID_ARGUMENT', 'fake accepts text parts only');
        total += tokens(part.text);
      }
    }
    const model = decodeURIComponent(path[1]!);
    if (!models.includes(model)) return googleError(404, 'NOT_FOUND', `models/${model} is not found for API version v1beta, or is not supported for countTokens. Call ListModels to see the list of available models and their supported methods.`);
    return { status: 200, body: { totalTokens: total, promptTokensDetails: [{ modality: 'TEXT', tokenCount: total }] } };
  });
}

/** A base URL nothing listens on: connections to it are refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

function streamForever(response: ServerResponse, status: number, headers: Record<string, string> | undefined, { chunk, everyMs }: { chunk: string; everyMs: number }): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.flushHeaders();
  // No faster than the client reads: a client that stops reading makes the server wait, not buffer.
  const timer = setInterval(() => {
    if (!response.writableNeedDrain) response.write(chunk);
  }, everyMs);
  response.on('close', () => clearInterval(timer));
}

async function startFake(options: FakeOptions, answer: (request: RecordedRequest) => ScriptedReply): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const script: ScriptedReply[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const request: RecordedRequest = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body, json };
      requests.push(request);
      const scripted = options.reply?.(request) ?? script.shift();
      const reply = scripted ?? answer(request);
      if (reply.hang) return;
      if (reply.stream) return streamForever(response, reply.status, reply.headers, reply.stream);
      const send = () => {
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        response.end(reply.raw ?? JSON.stringify(reply.body ?? {}));
      };
      if (!scripted && options.delayMs) setTimeout(send, options.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script,
    get maxInFlight() {
      return maxInFlight;
    },
    get inFlight() {
      return inFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
