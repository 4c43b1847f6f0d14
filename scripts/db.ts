/**
 * `npm run db:<command>`: install, start, stop or report on the local Neo4j.
 * Options let CI and tests run throwaway servers beside the default one.
 */
import { parseArgs } from 'node:util';
import {
  boltUri,
  checkPort,
  defaultInstance,
  install,
  isInstalled,
  NEO4J_VERSION,
  residentMemoryMiB,
  runningPid,
  scaleSetting,
  start,
  stop,
  type Instance,
} from './local-neo4j.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    home: { type: 'string' },
    port: { type: 'string' },
    password: { type: 'string' },
    scale: { type: 'string' },
  },
});

const command = positionals[0];

function chosenInstance(): Instance {
  const defaults = defaultInstance(
    values.scale === undefined ? undefined : scaleSetting(values.scale, '--scale'),
  );
  return {
    ...defaults,
    home: values.home ?? defaults.home,
    boltPort: values.port ? checkPort(values.port, '--port') : defaults.boltPort,
    password: values.password ?? defaults.password,
  };
}

async function main(): Promise<void> {
  const instance = chosenInstance();
  switch (command) {
    case 'install':
      await install();
      if (isInstalled()) console.log(`Neo4j ${NEO4J_VERSION} is installed.`);
      return;
    case 'start': {
      const result = await start(instance);
      if (result.alreadyRunning)
        console.log(
          `Neo4j ${result.version} is already running on ${boltUri(instance)}; memory settings ` +
            `take effect at its next start (npm run db:stop first).`,
        );
      console.log(
        `Memory: heap ${instance.heap}, page cache ${instance.pageCache}, transactions ` +
          `${instance.transactionMax} each and ${instance.transactionsTotal} in all.`,
      );
      const rss = residentMemoryMiB(result.pid);
      if (rss !== undefined) console.log(`Resident memory: ${rss} MiB.`);
      return;
    }
    case 'stop':
      if (!(await stop(instance))) console.log('Neo4j is not running.');
      return;
    case 'status': {
      const pid = runningPid(instance);
      if (!pid) {
        console.log(`Neo4j is not running (installed: ${isInstalled() ? NEO4J_VERSION : 'no'}).`);
        process.exitCode = 3;
        return;
      }
      const rss = residentMemoryMiB(pid);
      console.log(
        `Neo4j ${NEO4J_VERSION} is running on ${boltUri(instance)} (pid ${pid}${rss ? `, ${rss} MiB resident` : ''}).`,
      );
      return;
    }
    default:
      console.error(
        'Usage: tsx scripts/db.ts <install|start|stop|status> [--home DIR] [--port N] [--password PW]',
      );
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
