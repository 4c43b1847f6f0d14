/**
 * `GET /export/<file>`: the graph, or a neighbourhood (`?around=<id>&depth=1..3`), as a
 * download. The body is written as Neo4j sends records, pausing while the client is slow
 * to read, so an export of any size costs the API only a small buffer.
 */
import express, { type Request, type Response, type Router } from 'express';
import { once } from 'node:events';
import type { Database } from '../graph/database.ts';
import { MAX_EXPORT_DEPTH, streamExport, type ExportScope } from '../research/exports.ts';
import { FORMATS, type Write } from '../research/export-formats.ts';
import { sendError, sendUnexpected } from './route-errors.ts';

// Many small writes cost more than the copying this buffer does.
const CHUNK = 64 * 1024;

class BadParameter extends Error {}

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadParameter(`Parameter "${name}" must be given once, as text.`);
  return value;
}

function scopeOf(req: Request): ExportScope {
  const around = single(req, 'around');
  const depthText = single(req, 'depth');
  const citationsText = single(req, 'citations');
  if (around !== undefined && around.trim() === '')
    throw new BadParameter('Parameter "around" must be a node id, e.g. authority:cornwall.');
  if (depthText !== undefined && around === undefined)
    throw new BadParameter('Parameter "depth" needs "around": the node to count relationships from.');
  const depth = Number(depthText ?? 1);
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EXPORT_DEPTH || !/^\d+$/.test(depthText ?? '1'))
    throw new BadParameter(`Parameter "depth" must be 1, 2 or 3 (got "${depthText}").`);
  if (citationsText !== undefined && citationsText !== 'true' && citationsText !== 'false')
    throw new BadParameter(`Parameter "citations" must be true or false (got "${citationsText}").`);
  return { ...(around === undefined ? {} : { around }), depth, citations: citationsText !== 'false' };
}

/** Buffers small pieces and honours backpressure; fails once the client has gone. */
function writer(res: Response): { write: Write; flush: () => Promise<void> } {
  let buffer = '';
  const flush = async () => {
    if (res.destroyed) throw new Error('The client closed the connection.');
    if (buffer === '') return;
    const ready = res.write(buffer);
    buffer = '';
    if (ready) return;
    const done = new AbortController();
    await Promise.race([
      once(res, 'drain', { signal: done.signal }),
      once(res, 'close', { signal: done.signal }),
    ]).finally(() => done.abort());
  };
  return {
    write: async (text) => {
      buffer += text;
      if (buffer.length >= CHUNK) await flush();
    },
    flush,
  };
}

export function exportRouter(db: Database): Router {
  const router = express.Router();
  router.get('/export/:file', async (req: Request<{ file: string }>, res: Response) => {
    const format = Object.hasOwn(FORMATS, req.params.file) ? FORMATS[req.params.file] : undefined;
    if (!format)
      return sendError(
        res,
        404,
        'NOT_FOUND',
        `No export "${req.params.file}"; try ${Object.keys(FORMATS).join(', ')}.`,
      );
    let scope: ExportScope;
    try {
      scope = scopeOf(req);
    } catch (error) {
      if (error instanceof BadParameter) return sendError(res, 400, 'BAD_USER_INPUT', error.message);
      throw error;
    }
    const { write, flush } = writer(res);
    try {
      const found = await streamExport(db, scope, {
        ...format.sink(async (text) => {
          if (!res.headersSent) {
            res.status(200).type(format.contentType);
            res.setHeader('content-disposition', `attachment; filename="${req.params.file}"`);
          }
          await write(text);
        }),
      });
      if (!found) return sendError(res, 404, 'NOT_FOUND', `No node has id "${scope.around}".`);
      await flush();
      res.end();
    } catch (error) {
      // Once the body has begun, the status is sent: cutting the connection is the only way
      // left to tell the client its file is incomplete.
      if (res.headersSent || res.destroyed) {
        if (!res.destroyed) console.error('Export failed part way:', error);
        res.destroy();
        return;
      }
      sendUnexpected(res, error, 'an export');
    }
  });
  return router;
}
