/**
 * A real Neo4j Community server for machines without Docker.
 *
 * Neo4j does not publish its server tarball to Maven Central, but every jar of it is there:
 * `org.neo4j:neo4j` (which holds the server entry point) and `org.neo4j.app:neo4j-server`
 * (Bolt and HTTP) pull in the whole DBMS. We let Maven copy that closure into a cached
 * folder once, then run Neo4j's own entry point on it, so the server is the same program
 * the tarball's `bin/neo4j console` would start.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { fromRoot } from '../src/paths.ts';

export const NEO4J_VERSION = '5.26.30';

/** Everything the local server needs lives here, ignored by git. */
export const LOCAL_DIR = process.env.NEO4J_LOCAL_DIR ?? fromRoot('.neo4j');
const distDir = path.join(LOCAL_DIR, `neo4j-community-${NEO4J_VERSION}`);
const libDir = path.join(distDir, 'lib');
const stampFile = path.join(distDir, 'installed.json');

export interface Instance {
  /** Folder holding this server's conf/, data/, logs/ and run/. */
  home: string;
  boltPort: number;
  /** Password of the `neo4j` user, set before the first start. */
  password: string;
  heap?: string;
  pageCache?: string;
  /** Memory for transactions: each one's cap, and all of them together. */
  transactionMax?: string;
  transactionsTotal?: string;
}

/**
 * Memory for a graph `scale` times the real one (`npm run generate`). The store at 1x is
 * about 40 MB on disk, and grows with the copies: the page cache is sized to hold the
 * whole store, so reads never wait on the disk, and the heap to sort and collect over
 * lists and searches that see `scale` times as many candidates.
 */
export const MEMORY_BY_SCALE = {
  1: { heap: '512m', pageCache: '256m', transactionMax: '128m', transactionsTotal: '256m' },
  10: { heap: '1g', pageCache: '768m', transactionMax: '256m', transactionsTotal: '512m' },
  100: { heap: '2g', pageCache: '4g', transactionMax: '512m', transactionsTotal: '1g' },
} as const;

/** The settings of the smallest scale at or above `scale`. */
export function memoryForScale(scale: number): (typeof MEMORY_BY_SCALE)[keyof typeof MEMORY_BY_SCALE] {
  const scales = Object.keys(MEMORY_BY_SCALE).map(Number);
  const chosen = scales.find((s) => s >= scale) ?? scales.at(-1)!;
  return MEMORY_BY_SCALE[chosen as keyof typeof MEMORY_BY_SCALE];
}

/** NEO4J_SCALE (or a `--scale` option) names the graph size the local server is started for. */
export function scaleSetting(value: string | undefined, name: string): number {
  if (value === undefined || value.trim() === '') return 1;
  const scale = Number(value);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1_000) {
    throw new Error(`${name} must be an integer from 1 to 1000 (got "${value}")`);
  }
  return scale;
}

export function checkPort(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be an integer from 1 to 65535 (got "${value}")`);
  }
  return port;
}

export const defaultInstance = (scale = scaleSetting(process.env.NEO4J_SCALE, 'NEO4J_SCALE')): Instance => ({
  home: path.join(LOCAL_DIR, 'default'),
  boltPort: checkPort(process.env.NEO4J_BOLT_PORT ?? '7687', 'NEO4J_BOLT_PORT'),
  password: process.env.NEO4J_PASSWORD ?? 'local-graph-password',
  ...memoryForScale(scale),
});

export const boltUri = (instance: Instance): string => `bolt://127.0.0.1:${instance.boltPort}`;

type Log = (line: string) => void;

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/** Neo4j 5.26 runs on Java 17 or 21 only; a newer default `java` must not be picked. */
export function findJava(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new Error(`Java was not found (${java}). Install Java 17 or 21, or set JAVA_HOME.`);
  }
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new Error(
      `Neo4j ${NEO4J_VERSION} needs Java 17 or 21, but ${java} is Java ${major}. ` +
        'Set JAVA_HOME to a Java 17 or 21 installation.',
    );
  }
  return java;
}

const pom = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by scripts/local-neo4j.ts: the jars of Neo4j Community ${NEO4J_VERSION}. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId>
  <artifactId>neo4j-community-jars</artifactId>
  <version>${NEO4J_VERSION}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version></dependency>
    <dependency><groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>${NEO4J_VERSION}</version></dependency>
  </dependencies>
</project>
`;

export const isInstalled = (): boolean => existsSync(stampFile);

/** Downloads Neo4j's jars once; later calls return at once without touching the network. */
export async function install(log: Log = console.log): Promise<void> {
  if (isInstalled()) return;
  const started = Date.now();
  log(`Downloading Neo4j Community ${NEO4J_VERSION} from Maven Central (first time only)…`);
  mkdirSync(distDir, { recursive: true });
  await writeFile(path.join(distDir, 'pom.xml'), pom);
  const staging = `${libDir}.partial`;
  await rm(staging, { recursive: true, force: true });
  // The full plugin coordinates matter: Maven 3.8 maps the bare `dependency:` prefix to an
  // old plugin version.
  const mvn = spawnSync(
    'mvn',
    [
      '-B',
      '-q',
      '-Dstyle.color=never',
      '-f',
      path.join(distDir, 'pom.xml'),
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
      `-DoutputDirectory=${staging}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (mvn.error) throw new Error('Maven (mvn) was not found: install Maven 3.8+ to fetch Neo4j.');
  if (mvn.status !== 0) throw new Error(`Maven could not fetch Neo4j (exit ${mvn.status}).`);
  await rm(libDir, { recursive: true, force: true });
  await rename(staging, libDir);
  await writeFile(stampFile, JSON.stringify({ version: NEO4J_VERSION, at: new Date().toISOString() }));
  log(`Neo4j ${NEO4J_VERSION} downloaded in ${seconds(started)}.`);
}

const dirs = (instance: Instance) => ({
  conf: path.join(instance.home, 'conf'),
  data: path.join(instance.home, 'data'),
  logs: path.join(instance.home, 'logs'),
  run: path.join(instance.home, 'run'),
  pidFile: path.join(instance.home, 'run', 'neo4j.pid'),
  consoleLog: path.join(instance.home, 'logs', 'console.log'),
});

// Strict validation rejects unknown keys, and comments must stand on their own lines.
const neo4jConf = (instance: Instance): string => {
  const d = dirs(instance);
  return [
    '# Written by scripts/local-neo4j.ts at every start; edit that file instead.',
    `server.directories.data=${d.data}`,
    `server.directories.logs=${d.logs}`,
    `server.directories.run=${d.run}`,
    `server.directories.lib=${libDir}`,
    `server.directories.plugins=${path.join(instance.home, 'plugins')}`,
    `server.directories.import=${path.join(instance.home, 'import')}`,
    `server.bolt.listen_address=127.0.0.1:${instance.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${instance.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${instance.pageCache ?? '256m'}`,
    '# Memory Neo4j tracks (collect, ORDER BY, DISTINCT, transaction state) is capped per',
    '# transaction (the seed load needs more than 64m) and for all transactions at half the',
    '# heap, leaving the rest for what it does not track (values built inside one',
    '# expression). A query over its share then fails alone (MemoryPoolOutOfMemoryError)',
    '# rather than the heap, which takes Neo4j threads such as the timeout monitor with it.',
    `dbms.memory.transaction.total.max=${instance.transactionsTotal ?? '256m'}`,
    `db.memory.transaction.max=${instance.transactionMax ?? '128m'}`,
    'db.transaction.timeout=60s',
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=1 files',
    'dbms.usage_report.enabled=false',
    '# Shutdown otherwise idles 10s waiting for Bolt connections that are already closed.',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    '',
  ].join('\n');
};

const jvmFlags = (instance: Instance): string[] => [
  `-Xms${instance.heap ?? '512m'}`,
  `-Xmx${instance.heap ?? '512m'}`,
  // The flags Neo4j's own launcher passes.
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

const classpath = (instance: Instance): string =>
  [
    path.join(instance.home, 'plugins', '*'),
    path.join(instance.home, 'conf', '*'),
    path.join(libDir, '*'),
  ].join(path.delimiter);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The pid of this instance's server, if one is running. After a reboot the pid in the file
 * may belong to another program, so the process must also be this home's Neo4j.
 */
export function runningPid(instance: Instance): number | undefined {
  const { pidFile } = dirs(instance);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const ours =
      command.includes('org.neo4j.server.CommunityEntryPoint') &&
      command.includes(`--home-dir=${instance.home}`);
    return ours ? pid : undefined;
  } catch {
    // No /proc (macOS): fall back to the pid file alone.
    return pid;
  }
}

/** Sends a signal, treating "already gone" as done. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Whether something already listens on the port; Neo4j would fail to bind it. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(true))
      .once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, '127.0.0.1');
  });
}

async function setInitialPassword(java: string, instance: Instance): Promise<void> {
  const d = dirs(instance);
  const result = spawnSync(
    java,
    [
      '-cp',
      classpath(instance),
      'org.neo4j.cli.AdminTool',
      'dbms',
      'set-initial-password',
      instance.password,
    ],
    { env: { ...process.env, NEO4J_HOME: instance.home, NEO4J_CONF: d.conf }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`Could not set the initial Neo4j password: ${result.stderr || result.stdout}`);
  }
}

async function waitUntilReady(instance: Instance, pid: number, timeoutMs: number): Promise<string> {
  const driver = neo4j.driver(boltUri(instance), neo4j.auth.basic('neo4j', instance.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (!isAlive(pid)) {
        const tail = (await readFile(dirs(instance).consoleLog, 'utf8')).split('\n').slice(-15).join('\n');
        throw new Error(`Neo4j exited during start-up. Last lines of its log:\n${tail}`);
      }
      try {
        // Asked of the default database, so "ready" means it is online, not just Bolt.
        const { records } = await driver.executeQuery(
          'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
        );
        return String(records[0]?.get('version'));
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'Neo.ClientError.Security.Unauthorized') {
          throw new Error(
            `Neo4j at ${boltUri(instance)} refused the password: its password was set when its data ` +
              `folder was created. Use that password, or delete ${dirs(instance).data} to start afresh.`,
            { cause: error },
          );
        }
        if (Date.now() > deadline) {
          throw new Error(`Neo4j did not answer within ${timeoutMs / 1000}s.`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

export interface StartResult {
  pid: number;
  version: string;
  alreadyRunning: boolean;
}

/** Starts the instance in the background and resolves once it answers Cypher over Bolt. */
export async function start(instance: Instance, log: Log = console.log): Promise<StartResult> {
  await install(log);
  const running = runningPid(instance);
  if (running) {
    const version = await waitUntilReady(instance, running, 30_000);
    return { pid: running, version, alreadyRunning: true };
  }
  const java = findJava();
  const d = dirs(instance);
  for (const dir of [
    d.conf,
    d.data,
    d.logs,
    d.run,
    path.join(instance.home, 'plugins'),
    path.join(instance.home, 'import'),
  ]) {
    mkdirSync(dir, { recursive: true });
  }
  await writeFile(path.join(d.conf, 'neo4j.conf'), neo4jConf(instance));
  if (
    !existsSync(path.join(d.data, 'dbms', 'auth.ini')) &&
    !existsSync(path.join(d.data, 'databases', 'system'))
  ) {
    await setInitialPassword(java, instance);
  }

  if (await portInUse(instance.boltPort)) {
    throw new Error(
      `Port ${instance.boltPort} on 127.0.0.1 is taken by another program (another Neo4j?). ` +
        'Stop it, set NEO4J_BOLT_PORT to another port, or point NEO4J_URI at that server.',
    );
  }
  const started = Date.now();
  const out = openSync(d.consoleLog, 'w');
  const child = spawn(
    java,
    [
      ...jvmFlags(instance),
      '-cp',
      classpath(instance),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${instance.home}`,
      `--config-dir=${d.conf}`,
      '--console-mode',
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: instance.home } },
  );
  child.unref();
  closeSync(out);
  if (child.pid === undefined) throw new Error('Could not launch Java for Neo4j.');
  await writeFile(d.pidFile, String(child.pid));
  try {
    const version = await waitUntilReady(instance, child.pid, 120_000);
    if (!isAlive(child.pid)) throw new Error('Neo4j exited during start-up; see its log in ' + d.consoleLog);
    log(`Neo4j ${version} started on ${boltUri(instance)} in ${seconds(started)} (pid ${child.pid}).`);
    return { pid: child.pid, version, alreadyRunning: false };
  } catch (error) {
    await stop(instance, () => {});
    throw error;
  }
}

/** Stops the instance cleanly (SIGTERM lets Neo4j checkpoint), killing it only if it hangs. */
export async function stop(instance: Instance, log: Log = console.log): Promise<boolean> {
  const pid = runningPid(instance);
  if (!pid) return false;
  const started = Date.now();
  signal(pid, 'SIGTERM');
  while (isAlive(pid)) {
    if (Date.now() - started > 60_000) {
      signal(pid, 'SIGKILL');
      log('Neo4j did not stop within 60s and was killed.');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await rm(dirs(instance).pidFile, { force: true });
  log(`Neo4j stopped in ${seconds(started)}.`);
  return true;
}

/** Resident memory of the server process in MiB, where the platform tells it. */
export function residentMemoryMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kib) ? Math.round(kib / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** A free TCP port on loopback, for throwaway servers. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export interface Neo4jForRun {
  /** The environment with NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD filled in. */
  env: NodeJS.ProcessEnv;
  /** Stops the local Neo4j if this run started it; otherwise does nothing. */
  release: () => Promise<void>;
}

/**
 * The Neo4j a command should use: the one NEO4J_URI names, or else the local default
 * instance, started (and downloaded) if need be. Ctrl-C during the start stops the server
 * being started, so nothing is left running behind the user's back.
 */
export async function neo4jForRun(env: NodeJS.ProcessEnv, log: Log = console.log): Promise<Neo4jForRun> {
  if (env.NEO4J_URI) return { env, release: async () => {} };
  const instance = defaultInstance();
  log(`NEO4J_URI is not set: using the local Neo4j on ${boltUri(instance)}.`);
  const interrupted = () => {
    log('Interrupted: stopping the local Neo4j.');
    void stop(instance, log).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const { pid, alreadyRunning } = await start(instance, log);
    log(
      `Local Neo4j ${alreadyRunning ? 'was already running' : 'is up'} (pid ${pid}, ${residentMemoryMiB(pid) ?? '?'} MiB resident).`,
    );
    return {
      env: {
        ...env,
        NEO4J_URI: boltUri(instance),
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: instance.password,
      },
      release: async () => void (alreadyRunning || (await stop(instance, log))),
    };
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
}
