/**
 * The bench's like-for-like floor: each operation's hand-written Cypher behind bare
 * node:http, with no routing, no GraphQL and no resolvers. `GET /<n>` answers operation n's
 * records as JSON. Its distance from the in-process floor is what HTTP alone costs.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/graph/database.ts';
import { OPERATIONS } from './bench-operations.ts';

const config = loadConfig(process.env);
const db = new Database(config.neo4j);

const server = http.createServer((req, res) => {
  const op = /^\/\d+$/.test(req.url ?? '') ? OPERATIONS[Number(req.url!.slice(1))] : undefined;
  if (!op) return res.writeHead(404).end();
  db.driver
    .executeQuery(op.cypher, op.params, { routing: neo4j.routing.READ, database: config.neo4j.database })
    .then(({ records }) => {
      const body = JSON.stringify(records.map((r) => r.toObject()));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    })
    .catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
});

server.listen(config.port, config.host, () => {
  console.log(`Cypher endpoint ready: http://${config.host}:${(server.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => {
  server.close();
  void db.close();
});
