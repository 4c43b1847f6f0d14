import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { boltUri, freePort, start, stop, type Instance } from '../../scripts/local-neo4j.ts';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export interface ThrowawayNeo4j extends Neo4jConnection {
  instance: Instance;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** Stops the server and deletes its data. */
  destroy: () => Promise<void>;
}

/** A real Neo4j on a free port with its data in a temporary folder. */
export async function startThrowawayNeo4j(log: (line: string) => void = () => {}): Promise<ThrowawayNeo4j> {
  const instance: Instance = {
    home: await mkdtemp(path.join(tmpdir(), 'neo4j-test-')),
    boltPort: await freePort(),
    password: randomBytes(12).toString('hex'),
    heap: '512m',
    pageCache: '64m',
  };
  const server: ThrowawayNeo4j = {
    instance,
    uri: boltUri(instance),
    username: 'neo4j',
    password: instance.password,
    start: async () => void (await start(instance, log)),
    stop: async () => void (await stop(instance, log)),
    destroy: async () => {
      await stop(instance, log);
      await rm(instance.home, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
