/**
 * How the plain HTTP routes (`/cypher`, `/export/*`) answer errors: `{ error: { code,
 * message } }`, with the same masking as GraphQL (see errors.ts): a database outage is
 * named, anything unexpected is logged here and answered with a fixed message.
 */
import type { Response } from 'express';
import { RETRY_AFTER_SECONDS } from '../graph/database.ts';
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from '../errors.ts';

export const sendError = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ error: { code, message } });

export function sendUnexpected(res: Response, error: unknown, where: string) {
  if (isDatabaseUnavailable(error)) {
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
    return sendError(res, 503, 'DATABASE_UNAVAILABLE', UNAVAILABLE_MESSAGE);
  }
  console.error(`Unexpected error in ${where}:`, error);
  return sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}
