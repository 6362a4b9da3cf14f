// One application instance under load (test/unit/stores/redis-load.test.ts): `clients` connections
// of one Redis client library, each admitting `attempts` charges to one shared user or its own user,
// and to the global limit, and giving back part of what it reserved, as settlement does. Prints
// what it admitted and gave back, per key, as one JSON line.
import { performance } from 'node:perf_hooks';

const { storeModule, port, library, clients, attempts, prefix, limits } = JSON.parse(process.argv[2]);
const { redisStore } = await import(storeModule);

async function connect() {
  if (library === 'ioredis') {
    const { Redis } = await import('ioredis');
    const client = new Redis({ port, host: '127.0.0.1' });
    return { client, close: () => client.disconnect() };
  }
  const { createClient } = await import('redis');
  const client = createClient({ socket: { port, host: '127.0.0.1' } });
  await client.connect();
  return { client, close: () => client.destroy() };
}

const totals = {};
const add = (key, amount) => (totals[key] = (totals[key] ?? 0) + amount);
let admitted = 0;
let refused = 0;
const latencies = [];

async function run(index) {
  const { client, close } = await connect();
  const store = redisStore(client, { prefix, timeoutMs: 5_000 });
  const own = `user:${process.pid}-${index}`;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const amount = 1 + Math.floor(Math.random() * 50);
    const user = attempt % 2 === 0 ? 'user:shared' : own;
    const charges = [
      { key: user, amount, limit: limits[user === own ? 'own' : 'shared'], periodSeconds: 3600, name: user },
      { key: 'global', amount, limit: limits.global, periodSeconds: 3600, name: 'global' },
    ];
    const started = performance.now();
    const result = await store.admit(charges);
    latencies.push(performance.now() - started);
    if (!result.ok) {
      refused++;
      continue;
    }
    admitted++;
    for (const charge of charges) add(charge.key, charge.amount);
    if (attempt % 3 === 0) {
      const back = -Math.floor(amount / 2);
      await store.adjust(charges.map((charge) => ({ ...charge, amount: back })));
      for (const charge of charges) add(charge.key, back);
    }
  }
  await close();
}

await Promise.all(Array.from({ length: clients }, (_, index) => run(index)));
latencies.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ totals, admitted, refused, p50: latencies[Math.floor(latencies.length / 2)], p99: latencies[Math.floor(latencies.length * 0.99)] })}\n`);
