/**
 * Limit stores (issue 17): admissions per second and the latency an admission adds to a call, for
 * the in-memory store and the Redis store (src/stores/redis.ts, bundled from src/ as dist/ will
 * have it) over ioredis and node-redis, on a local redis-server this bench starts on a free port.
 * Each admission charges three counters (a user, the request, the global limit), as a request with
 * limits at all three levels does; the limits are high enough that every admission succeeds.
 *
 * Rows: sequential calls (the added latency: p50 and p99 per call) and 64 callers at once
 * (throughput). A plain Map store, one process's counters with nothing to wait on, is the floor.
 * When the core's in-memory store is in src/, it gets its own row. The Redis rows are skipped, with
 * a message, where redis-server is not installed.
 *
 * Standalone: node bench/limits.mjs [--quick]. run.mjs appends its table to the report.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFromSrc } from './bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONCURRENCY = 64;

/** The floor: counters in a Map, all or nothing, with nothing to wait on. */
function mapStore() {
  const counters = new Map();
  return {
    async admit(charges) {
      const refused = charges.find((c) => (counters.get(c.key) ?? 0) + c.amount > c.limit);
      if (refused) return { ok: false, refused, used: counters.get(refused.key) ?? 0, retryAfterSeconds: refused.periodSeconds };
      for (const c of charges) counters.set(c.key, (counters.get(c.key) ?? 0) + c.amount);
      return { ok: true };
    },
    async adjust(charges) {
      for (const c of charges) counters.set(c.key, Math.max(0, (counters.get(c.key) ?? 0) + c.amount));
    },
    async isDisabled() {
      return false;
    },
  };
}

/** The core's in-memory store when src/ has one: its module's first function export named like one. */
async function coreMemoryStore(work) {
  const path = ['src/stores/memory.ts', 'src/limits/memory.ts', 'src/limits/memory-store.ts'].find((candidate) => existsSync(join(ROOT, candidate)));
  if (!path) return undefined;
  await bundleFromSrc({ memory: path }, join(work, 'memory'));
  const module = await import(pathToFileURL(join(work, 'memory', 'memory.js')).href);
  const factory = Object.entries(module).find(([name, value]) => /memory/i.test(name) && typeof value === 'function');
  if (!factory) return undefined;
  const [name, make] = factory;
  try {
    const store = /^[A-Z]/.test(name) ? new make() : make();
    return typeof store?.admit === 'function' ? { label: `in-memory store (${path}, ${name})`, store } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the library the issue suggested costs for the same three counters: one call per limiter,
 * in parallel, a refused one still charged and the others not given back (why the store has its
 * own script). Same keys and amounts as the admissions; only the timing is comparable.
 */
async function unionStore(client) {
  const { RateLimiterRedis, RateLimiterUnion } = (await import('rate-limiter-flexible')).default;
  const limiter = (keyPrefix) => new RateLimiterRedis({ storeClient: client, keyPrefix, points: 1e15, duration: 3600 });
  const union = new RateLimiterUnion(limiter('rlf-user'), limiter('rlf-request'), limiter('rlf-global'));
  return {
    async admit(charges) {
      await union.consume(charges[0].key, charges[0].amount);
      return { ok: true };
    },
  };
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
const us = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 0)} µs` : `${ms.toFixed(2)} ms`);

async function measure(store, calls) {
  let n = 0;
  const charges = () => {
    n++;
    return [
      { key: `bench:user:${n % 1000}`, amount: 100, limit: 1e15, periodSeconds: 3600, name: 'user' },
      { key: 'bench:request:chat', amount: 100, limit: 1e15, periodSeconds: 3600, name: 'request' },
      { key: 'bench:global', amount: 100, limit: 1e15, periodSeconds: 60, name: 'global' },
    ];
  };
  const admit = async () => {
    const result = await store.admit(charges());
    if (!result.ok) throw new Error(`bench: refused ${result.refused.name}`);
  };
  for (let i = 0; i < Math.min(1000, calls); i++) await admit(); // warm-up
  const latencies = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    await admit();
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  let left = calls;
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (left-- > 0) await admit();
  }));
  const seconds = (performance.now() - start) / 1000;
  return { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), perSecond: calls / seconds };
}

async function redisRows(work, calls, progress) {
  if (spawnSync('redis-server', ['--version']).status !== 0) return { skipped: 'redis-server is not installed (Debian: apt-get install redis-server): the Redis rows are skipped.' };
  await bundleFromSrc({ redis: 'src/stores/redis.ts' }, join(work, 'redis'));
  const { redisStore } = await import(pathToFileURL(join(work, 'redis', 'redis.js')).href);
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const { version } = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.match(/v=(?<version>\S+)/)?.groups ?? { version: '?' };
  try {
    const clients = [
      {
        label: 'ioredis',
        async connect() {
          const { Redis } = await import('ioredis');
          const client = new Redis({ port, host: '127.0.0.1', retryStrategy: (times) => (times > 50 ? null : 50) });
          await new Promise((resolve, reject) => client.once('ready', resolve).once('end', () => reject(new Error('bench: redis-server did not start'))));
          return { client, close: () => client.disconnect() };
        },
      },
      {
        label: 'node-redis',
        async connect() {
          const { createClient } = await import('redis');
          const client = createClient({ socket: { port, host: '127.0.0.1' } });
          client.on('error', () => {});
          await client.connect();
          return { client, close: () => client.destroy() };
        },
      },
    ];
    const rows = [];
    for (const { label, connect } of clients) {
      const { client, close } = await connect();
      progress(`  Redis store over ${label}…`);
      rows.push({ label: `Redis store over ${label} (redis-server ${version}, local TCP)`, ...(await measure(redisStore(client, { prefix: `${label}:` }), calls)) });
      if (label === 'ioredis') rows.push({ label: 'reference: rate-limiter-flexible, a RateLimiterUnion of three RateLimiterRedis over ioredis (not all or nothing)', ...(await measure(await unionStore(client), calls)) });
      await close();
    }
    return { rows };
  } finally {
    server.kill();
  }
}

export async function benchLimits({ quick = false, progress = () => {} } = {}) {
  progress('Limit stores: admissions per second and added latency…');
  const calls = quick ? 2_000 : 20_000;
  const work = mkdtempSync(join(tmpdir(), 'prompt-budget-limits-'));
  try {
    const rows = [{ label: 'a Map, all or nothing (the floor)', ...(await measure(mapStore(), calls)) }];
    const memory = await coreMemoryStore(work);
    if (memory) rows.push({ label: memory.label, ...(await measure(memory.store, calls)) });
    const redis = await redisRows(work, calls, progress);
    rows.push(...(redis.rows ?? []));
    for (const row of rows) progress(`  ${row.label}: ${Math.round(row.perSecond).toLocaleString('en-US')}/s, p50 ${us(row.p50)}, p99 ${us(row.p99)}`);
    const markdown = [
      '### Limit stores: admissions per second and added latency',
      '',
      `Each admission charges three counters (user, request, global). Latency: ${calls.toLocaleString('en-US')} sequential admissions after a warm-up; throughput: the same number from ${CONCURRENCY} callers at once, one connection, in this process.${memory ? '' : ' No in-memory store in src/ yet: the Map row stands for one.'}`,
      '',
      '| store | admissions/s | p50 per call | p99 per call |',
      '| --- | --- | --- | --- |',
      ...rows.map((row) => `| ${row.label} | ${Math.round(row.perSecond).toLocaleString('en-US')} | ${us(row.p50)} | ${us(row.p99)} |`),
      ...(redis.skipped ? ['', redis.skipped] : []),
      '',
    ].join('\n');
    return { markdown, rows };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { markdown } = await benchLimits({ quick: process.argv.includes('--quick'), progress: (text) => process.stderr.write(`${text}\n`) });
  process.stdout.write(markdown);
}
