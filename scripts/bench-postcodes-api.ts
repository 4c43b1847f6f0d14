/**
 * The postcode lookup as a client meets it: through the API, compiled and in production
 * mode, answers computed afresh (ANSWER_CACHE_MB=0), beside the cheapest request Apollo
 * answers, in alternating rounds (bench-load.ts). Each request asks for the next of a
 * sample of real postcodes, so no two in a row are the same.
 */
import http from 'node:http';
import { loadSeed } from '../src/seed/load.ts';
import { startChildApi, withRig } from './bench-api.ts';
import { alternate, load, runSettings, type Figures } from './bench-load.ts';
import { neo4jForRun } from './local-neo4j.ts';

const QUERIES = {
  'district only (no Neo4j)':
    'query($p: String!) { authorityForPostcode(postcode: $p) { postcode district { code name } } }',
  'with its authority (one Neo4j read)':
    'query($p: String!) { authorityForPostcode(postcode: $p) { postcode district { code name } authority { id name } } }',
  '{ __typename } (the floor)': '{ __typename }',
};

function sender(url: string, query: string, postcodes: string[], agent: http.Agent) {
  let next = 0;
  return () =>
    new Promise<void>((resolve, reject) => {
      const p = postcodes[next++ % postcodes.length]!;
      const body = Buffer.from(JSON.stringify({ query, variables: { p } }));
      const headers = { 'content-type': 'application/json', 'content-length': body.length };
      const request = http.request(`${url}/graphql`, { method: 'POST', agent, headers }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => {
          const answer = JSON.parse(text) as { errors?: { message: string }[] };
          if (response.statusCode !== 200 || answer.errors) reject(new Error(`${p}: ${text.slice(0, 200)}`));
          else resolve();
        });
      });
      request.on('error', reject);
      request.end(body);
    });
}

export interface ApiFigures {
  /** The first lookup after start-up, which reads the shipped files. */
  firstMs: number;
  rows: { path: string; concurrency: number; figures: Figures }[];
}

export async function throughTheApi(postcodes: string[]): Promise<ApiFigures> {
  const run = runSettings();
  const { env, release } = await neo4jForRun({ ...process.env });
  try {
    return await withRig(env, run.concurrency, async ({ db, agent, start }) => {
      await loadSeed(db);
      const api = await start(startChildApi, { ...env, NODE_ENV: 'production', ANSWER_CACHE_MB: '0' });
      const paths = Object.values(QUERIES).map((q) => sender(api.url, q, postcodes, agent));
      const started = performance.now();
      await paths[0]!();
      const firstMs = performance.now() - started;
      for (const path of paths) await load(path, run.warmup, run.concurrency);
      const rows: ApiFigures['rows'] = [];
      for (const concurrency of [1, run.concurrency]) {
        const figures = await alternate(paths, run, concurrency);
        Object.keys(QUERIES).forEach((path, k) => rows.push({ path, concurrency, figures: figures[k]! }));
      }
      return { firstMs, rows };
    });
  } finally {
    await release();
  }
}
