/**
 * `POST /cypher`: the research field for clients that would rather not write GraphQL
 * (notebooks, curl). Same checks and limits; errors as `{ error: { code, message } }`.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { RETRY_AFTER_SECONDS, type Database } from '../graph/database.ts';
import { CypherError, runResearcherCypher } from '../research/researcher-cypher.ts';
import { sendError, sendUnexpected } from './route-errors.ts';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  CYPHER_REFUSED: 400,
  CYPHER_INVALID: 400,
  CYPHER_TIMEOUT: 408,
  // The request is well formed but asks for more memory than a query may have: resending it
  // unchanged will not help, unlike 503.
  CYPHER_MEMORY_LIMIT: 422,
  CYPHER_BUSY: 503,
};

export function cypherRouter(db: Database): Router {
  const router = express.Router();
  router.post('/cypher', express.json({ limit: '256kb' }), async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      return sendError(
        res,
        400,
        'BAD_USER_INPUT',
        'The body must be a JSON object: {"query": "...", "params": {}}.',
      );
    const { query, params, limit } = body as Record<string, unknown>;
    if (limit !== undefined && typeof limit !== 'number')
      return sendError(res, 400, 'BAD_USER_INPUT', '"limit" must be a number.');
    try {
      res.json(await runResearcherCypher(db, { query: query as string, params, limit }));
    } catch (error) {
      if (error instanceof CypherError) {
        const status = STATUS[error.code] ?? 400;
        if (status === 503) res.set('Retry-After', String(RETRY_AFTER_SECONDS));
        return sendError(res, status, error.code, error.message);
      }
      sendUnexpected(res, error, 'POST /cypher');
    }
  });
  // express.json's own failures (not JSON, too large) answered in this route's shape.
  router.use('/cypher', (error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent || !error.type?.startsWith('entity.')) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    sendError(
      res,
      tooLarge ? 413 : 400,
      'BAD_REQUEST',
      tooLarge ? 'The request body is larger than 256 KB.' : 'The request body is not valid JSON.',
    );
  });
  return router;
}
