/**
 * One POST to a count endpoint, bounded on every side: a deadline of our own raced against the
 * fetch and every read of the body (it holds even where fetch's abort does not reach a body being
 * read: Node 20, after a garbage collection), an answer read as it streams and refused past
 * MAX_RESPONSE_BYTES, and no redirects.
 */
import { unlessAborted } from './abort.js';

/**
 * The largest answer read. A count is a few dozen bytes (`{"input_tokens":123}`) and an error a
 * few hundred; a larger answer is refused as it streams, before more than this is held, so an
 * endless or gigabyte answer cannot exhaust memory.
 */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export interface Post {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** How long the request may take, from sending it to the last byte of the answer. */
  timeoutMs: number;
}

/** An answer read whole: its status, headers and text. */
export interface Answer {
  status: number;
  ok: boolean;
  headers: Headers;
  raw: string;
}

/**
 * The answer, or `{ noAnswer }` saying why there was none (refused, reset, past the deadline), with
 * the cause's words passed through `quote`. Rejects with `signal`'s reason when it aborts (the
 * count is no longer wanted), and with TooLarge for an answer past MAX_RESPONSE_BYTES.
 */
export async function post(fetchImpl: typeof fetch, request: Post, signal: AbortSignal, quote: (text: string, limit: number) => string): Promise<Answer | { noAnswer: string }> {
  signal.throwIfAborted();
  const { timeoutMs } = request;
  // This request's own signal: aborted by its deadline, or when its count is no longer wanted.
  const attempt = new AbortController();
  const cancel = () => attempt.abort(signal.reason);
  signal.addEventListener('abort', cancel, { once: true });
  // Our own deadline, whether the answer has begun or not; what it says when it passes.
  let answering = false;
  let late: string | undefined;
  const timer = setTimeout(() => {
    late = answering ? `did not finish answering within ${seconds(timeoutMs)}` : `no answer within ${seconds(timeoutMs)}`;
    attempt.abort(new DOMException(late, 'TimeoutError'));
  }, timeoutMs);
  try {
    const response = await untilAborted(
      fetchImpl(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        // A redirect would carry the key header to wherever it points; the APIs never redirect.
        redirect: 'error',
        signal: attempt.signal,
      }),
      attempt.signal,
    );
    answering = true;
    const raw = await readBody(response, attempt.signal);
    return { status: response.status, ok: response.ok, headers: response.headers, raw };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof TooLarge) throw error;
    return { noAnswer: late ?? noAnswer(error, timeoutMs, quote) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

/** An answer longer than MAX_RESPONSE_BYTES. */
export class TooLarge extends Error {
  constructor(readonly status: number) {
    super(`an answer of more than ${MAX_RESPONSE_BYTES} bytes`);
  }
}

export function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

function noAnswer(error: unknown, timeoutMs: number, quote: (text: string, limit: number) => string): string {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${seconds(timeoutMs)}`;
  const detail = cause?.code ?? cause?.message ?? message ?? String(error);
  return `no answer (${quote(detail, 120)})`;
}

/**
 * `promise`, or a rejection with the signal's reason as soon as it aborts. A response that arrives
 * after that has its body cancelled, so no connection stays open reading it.
 */
function untilAborted(promise: Promise<Response>, signal: AbortSignal): Promise<Response> {
  promise.then(
    (late) => {
      if (signal.aborted) late.body?.cancel().catch(() => {});
    },
    () => {},
  );
  return unlessAborted(promise, signal);
}

/**
 * The body as text, read chunk by chunk with every read raced against `signal`: when it aborts
 * (the request's deadline, or a count no longer wanted) the reader is cancelled, which closes the
 * connection, whether or not fetch's own abort reached the body. More than MAX_RESPONSE_BYTES,
 * declared or streamed, throws TooLarge without reading further.
 */
async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_RESPONSE_BYTES) {
    body.cancel().catch(() => {});
    throw new TooLarge(response.status);
  }
  const reader = body.getReader();
  let stop!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    stop = () => {
      reader.cancel(signal.reason).catch(() => {});
      reject(signal.reason as Error);
    };
  });
  aborted.catch(() => {});
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      // A cancelled reader reads as done: the abort, not the end of the answer.
      signal.throwIfAborted();
      if (done) break;
      length += value.byteLength;
      if (length > MAX_RESPONSE_BYTES) {
        reader.cancel().catch(() => {});
        throw new TooLarge(response.status);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
