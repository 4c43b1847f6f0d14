/**
 * `POST /cypher`: the research field for clients that would rather not write GraphQL
 * (notebooks, curl). Same checks and limits; errors as `{ error: { code, message } }`.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Database } from './data/database.ts';
import { CypherError, runResearcherCypher } from './data/researcher-cypher.ts';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  CYPHER_REFUSED: 400,
  CYPHER_INVALID: 400,
  CYPHER_TIMEOUT: 408,
  CYPHER_BUSY: 503,
};

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

const fail = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { code, message } });

export function cypherRouter(db: Database): Router {
  const router = express.Router();
  router.post('/cypher', express.json({ limit: '1mb' }), async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      return fail(
        res,
        400,
        'BAD_USER_INPUT',
        'The body must be a JSON object: {"query": "...", "params": {}}.',
      );
    const { query, params, limit } = body as Record<string, unknown>;
    if (limit !== undefined && typeof limit !== 'number')
      return fail(res, 400, 'BAD_USER_INPUT', '"limit" must be a number.');
    try {
      res.json(await runResearcherCypher(db, { query: query as string, params, limit }));
    } catch (error) {
      if (error instanceof CypherError)
        return fail(res, STATUS[error.code] ?? 400, error.code, error.message);
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && UNAVAILABLE.has(code))
        return fail(
          res,
          503,
          'DATABASE_UNAVAILABLE',
          'The database is not reachable right now; try again shortly.',
        );
      console.error('Unexpected error in POST /cypher:', error);
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  // express.json's own failures (not JSON, too large) answered in this route's shape.
  router.use('/cypher', (error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent || !error.type?.startsWith('entity.')) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    fail(
      res,
      tooLarge ? 413 : 400,
      'BAD_REQUEST',
      tooLarge ? 'The request body is larger than 1 MB.' : 'The request body is not valid JSON.',
    );
  });
  return router;
}
