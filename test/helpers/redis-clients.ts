/**
 * The two Redis clients applications pass to redisStore, connected the way their READMEs show,
 * with a raw command for the tests to look behind the store.
 */
import { Redis } from 'ioredis';
import { createClient } from 'redis';

export interface ConnectedClient {
  /** What the application passes to redisStore. */
  client: unknown;
  /** Any command, its reply as the client returns it. */
  raw(...args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

export const CLIENTS: { name: string; connect(port: number): Promise<ConnectedClient> }[] = [
  {
    name: 'ioredis',
    async connect(port) {
      const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true });
      client.on('error', () => {}); // reconnects are the client's business; the store reports failures
      await client.connect();
      return { client, raw: (command, ...args) => client.call(command, ...args), close: async () => client.disconnect() };
    },
  },
  {
    name: 'node-redis',
    async connect(port) {
      const client = createClient({ socket: { port, host: '127.0.0.1' } });
      client.on('error', () => {});
      await client.connect();
      return { client, raw: (...args) => client.sendCommand(args), close: async () => client.destroy() };
    },
  },
];
