/**
 * Issue 17: Redis restarted mid-run, through the whole path an application uses (openBudgets with
 * redisStore, fit, admit, settle): each declared policy holds while it is down, no call waits
 * past the store's timeout, and counting resumes when it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LimitStoreError, openBudgets, redisStore } from '../../../src/lib/index.js';
import { guardYaml } from '../../helpers/guard.js';
import { Redis } from 'ioredis';
import { RedisServer, redisServerMissing } from '../../helpers/redis-server.js';

const missing = redisServerMissing();
if (missing) console.warn(missing);

const yaml = (onFailure: 'open' | 'closed') =>
  guardYaml('gpt-4o', [{ name: 'chat', reserve: '{ history: 400, user_input: 100, output: 50 }' }]).replace(
    '    reserve: { history: 400, user_input: 100, output: 50 }\n',
    '    reserve: { history: 400, user_input: 100, output: 50 }\n    limits: { per_user: 10k/day }\n',
  ) + `limits:\n  store: { timeout: 300ms, on_failure: ${onFailure} }\n`;

describe.skipIf(missing !== undefined)('limits on Redis while it restarts', () => {
  let server: RedisServer;
  let client: Redis;
  const raw = (...args: string[]) => client.call(args[0]!, ...args.slice(1));
  beforeAll(async () => {
    server = await RedisServer.start();
    // As the README advises for a limit store: a command cut off by a lost connection is not sent
    // again after the reconnect (it timed out here, and the policy already decided the call).
    client = new Redis({ port: server.port, host: '127.0.0.1', lazyConnect: true, autoResendUnfulfilledCommands: false });
    client.on('error', () => {});
    await client.connect();
  });
  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });

  it('fail closed refuses with LimitStoreError within the timeout, fail open admits with a warning, and both count again after the restart', async () => {
    const warnings: string[] = [];
    const closed = await openBudgets({ yaml: yaml('closed') }, { store: redisStore(client, { timeoutMs: 300 }), onWarning: (w) => warnings.push(w) });
    const open = await openBudgets({ yaml: yaml('open') }, { store: redisStore(client, { timeoutMs: 300 }), onWarning: (w) => warnings.push(w) });
    const fitted = await closed.request('chat').fit({ userInput: 'Where is my order?' });
    const charge = fitted.tokens.total + fitted.maxOutput!;

    const first = await closed.admit(fitted, { user: 'u1' });
    await first.settle({ usage: { prompt_tokens: fitted.tokens.total, completion_tokens: 10 } });
    const keys = (await raw('KEYS', '*u1*')) as string[];
    expect(keys).toHaveLength(1);
    expect(Number(await raw('GET', keys[0]!))).toBe(fitted.tokens.total + 10);

    await server.stop();
    // Down, as the client sees it (it notices the closed socket within moments).
    while (client.status === 'ready') await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    await expect(closed.admit(fitted, { user: 'u1' })).rejects.toBeInstanceOf(LimitStoreError);
    const admitted = await open.admit(fitted, { user: 'u1' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(warnings.some((w) => /store/i.test(w))).toBe(true);
    await admitted.release();

    await server.restart();
    // The client reconnects on its own; the counters started over (no persistence), and count again:
    // exactly one admission, none of those refused or let through during the outage replayed.
    let again;
    for (let attempt = 0; attempt < 50 && !again; attempt++) {
      again = await closed.admit(fitted, { user: 'u1' }).catch(() => new Promise((resolve) => setTimeout(resolve, 100)).then(() => undefined));
    }
    expect(again).toBeDefined();
    const after = (await raw('KEYS', '*u1*')) as string[];
    expect(Number(await raw('GET', after[0]!))).toBe(charge);
  });
});
