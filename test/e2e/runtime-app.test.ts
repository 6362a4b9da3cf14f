/**
 * Issue 17's "done when": the example app runs with the in-memory store by default and with Redis
 * by one setting (REDIS_URL), leaving one usage record per call (USAGE_FILE) that
 * `prompt-budget usage` reads back against the reserves of the same budgets.yml.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisServer, redisServerMissing } from '../helpers/redis-server.js';

const ROOT = join(import.meta.dirname, '../..');
const missing = redisServerMissing();
if (missing) console.warn(missing);

function node(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000 });
}

describe.skipIf(missing !== undefined)('the example app on Redis, its usage fed back to the CLI', () => {
  let server: RedisServer;
  let dir: string;
  beforeAll(async () => {
    server = await RedisServer.start();
    dir = mkdtempSync(join(tmpdir(), 'pb-usage-'));
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('charges the user in Redis, writes one record per call, and `usage` reads them against the reserves', async () => {
    const usageFile = join(dir, 'usage.jsonl');
    const run = node(['examples/runtime/support-bot.mjs', '25'], { REDIS_URL: server.url, USAGE_FILE: usageFile });
    expect(run.status, run.stderr).toBe(0);
    const charged = Number(/demo-user \(free\) was charged (\d+) tokens in 25 calls/.exec(run.stdout)?.[1]);
    expect(charged).toBeGreaterThan(0);

    // The user's daily counter in Redis holds exactly what the calls settled at.
    const redis = new Redis(server.url);
    try {
      const keys = await redis.keys('*demo-user*');
      const tokenKeys = keys.filter((key) => key.includes('tokens'));
      expect(tokenKeys.length).toBeGreaterThan(0);
      expect(Number(await redis.get(tokenKeys[0]!))).toBe(charged);
    } finally {
      redis.disconnect();
    }

    const lines = readFileSync(usageFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(25);
    const report = node(['dist/cli.js', 'usage', '--config', 'budgets.yml', '--json', usageFile]);
    expect(report.status, report.stderr).toBe(0);
    const text = report.stdout;
    expect(text).toContain('support-chat');
    expect(JSON.parse(text)).toMatchObject({ records: 25 });
  });
});
